package cn.statenforce.inspection;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;

/**
 * 统计执法证 and the inspection (SL2024 Art 38(2)): the draw assigns only inspectors whose certificate covers the
 * whole plan window; serving the notice and recording the on-site inspection need both inspectors' certificates
 * valid that day; when a certificate lapses during a started inspection, a leader replaces the inspector (page and
 * API), with the reason on record, and the open task moves to the replacement.
 * <p>
 * The demo inspectors' certificates end on one day (V). Two inspectors whose renewed certificates start shortly
 * before V are added to 雨湖区; their certificates are not valid before V - 90 days, so no other test's draw (all
 * planned years earlier) can be given them.
 */
@StatEnforceTest
class InspectionCertificateTest {

	static final String ZHOU = "yuhu.inspector.zhou";

	static final String WU = "yuhu.inspector.wu";

	@Autowired
	ProcessEngine engine;

	@Autowired
	TaskService taskService;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	InspectionService inspections;

	@Autowired
	UserService users;

	@Autowired
	ActivityLog activity;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	LocalDate lapse;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** Inspectors other test classes left in 雨湖区, kept out of this class's draws and enabled again after. */
	private final List<String> setAside = new ArrayList<>();

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		// the draws below pair from exactly the demo inspectors and the two renewed ones
		Set<String> pool = Set.of("yuhu.inspector1", "yuhu.inspector2", "yuhu.inspector3", ZHOU, WU);
		users.usersWithRole(fixture.bureauId("430302"), Role.INSPECTOR).stream()
			.filter(u -> u.enabled() && !pool.contains(u.username()))
			.forEach(u -> {
				jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", u.username());
				setAside.add(u.username());
			});
		lapse = users.summary("yuhu.inspector1").certValidTo();
		assertThat(users.summary("yuhu.inspector2").certValidTo()).isEqualTo(lapse);
		renewedInspector(ZHOU, "周建国", "430302050117");
		renewedInspector(WU, "吴晓梅", "430302050118");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		setAside.forEach(u -> jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", u));
		setAside.clear();
	}

	@Test
	void shouldDrawOnlyInspectorsWhoseCertificateCoversThePlanWindow() {
		// planned five days before the demo certificates end: they are valid on the planned date, not to the due date
		InspectionPlan p = plan(lapse.minusDays(5), 4);
		Draw d = plans.draw(fixture.user("yuhu.legal"), p.id(), 515L);
		assertThat(d.parameters()).contains(";windowEnd=" + inspections.dueDate(p.plannedDate()));
		Set<String> assigned = new HashSet<>();
		plans.drawUnits(fixture.user("yuhu.legal"), d.id()).forEach(u -> assigned.addAll(List.of(u.inspector1(), u.inspector2())));
		assertThat(assigned).containsExactlyInAnyOrder(ZHOU, WU);
		assertThat(plans.verify(fixture.user("yuhu.legal"), d.id()).identical()).isTrue();
	}

	@Test
	void shouldRequireValidCertificatesAndLetALeaderReplaceALapsedInspector() throws Exception {
		// planned a month before V: all four certificates cover the window, so the pairs mix old and renewed ones
		InspectionPlan p = plan(lapse.minusDays(30), 2);
		plans.draw(fixture.user("yuhu.legal"), p.id(), 2030L);
		List<Inspection> started = plans.start(fixture.user("yuhu.legal"), p.id());
		Set<String> lapsing = Set.of("yuhu.inspector1", "yuhu.inspector2");
		Inspection onsite = started.stream().filter(i -> lapsing.contains(i.inspector1()) || lapsing.contains(i.inspector2()))
			.findFirst().orElseThrow();
		Inspection notice = started.stream().filter(i -> !i.id().equals(onsite.id())).findFirst().orElseThrow();

		// the day before V: the notice of the first inspection is served by valid inspectors
		clock(lapse.minusDays(1));
		inspections.serveNotice(fixture.user(acting(onsite)), task(onsite), new InspectionCommands.ServeNotice(AppClock.today(), "财务部刘会计"));

		// the day after V: neither the on-site record nor a notice may be made by an inspector without a valid certificate
		clock(lapse.plusDays(1));
		LocalDate today = AppClock.today();
		assertThatThrownBy(() -> inspections.recordInspection(fixture.user(acting(onsite)), task(onsite), clean(onsite, today)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("没有有效的统计执法证");
		assertThat(inspections.checks(onsite.id())).isEmpty();
		if (lapsed(notice).isEmpty()) {
			// both renewed: the notice goes ahead
			inspections.serveNotice(fixture.user(notice.inspector1()), task(notice), new InspectionCommands.ServeNotice(today, "办公室张主任"));
		}
		else {
			assertThatThrownBy(() -> inspections.serveNotice(fixture.user(acting(notice)), task(notice),
					new InspectionCommands.ServeNotice(today, "办公室张主任")))
				.isInstanceOf(ConflictException.class).hasMessageContaining("没有有效的统计执法证");
			assertThat(inspections.getUnchecked(notice.id()).noticeNumber()).isNull();
		}

		// the replacement is a leader's decision, with a reason, and only a valid, non-recused inspector of the bureau
		String firstLapsed = lapsed(onsite).get(0);
		String free = free(onsite).get(0);
		assertThatThrownBy(() -> inspections.replaceInspector(fixture.user("yuhu.inspector1"), onsite.id(),
				new InspectionCommands.ReplaceInspector(firstLapsed, free, "执法证到期")))
			.isInstanceOf(cn.statenforce.shared.ForbiddenException.class);
		mvc.perform(post("/api/inspection/inspections/{id}/inspector-replacements", onsite.id()).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"replaced\":\"" + firstLapsed + "\",\"replacement\":\"yuhu.inspector3\",\"reason\":\"执法证到期\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("统计执法证")));
		assertThatThrownBy(() -> inspections.replaceInspector(fixture.user("yuetang.leader"), onsite.id(),
				new InspectionCommands.ReplaceInspector(firstLapsed, free, "执法证到期")))
			.isInstanceOf(NotFoundException.class);

		// on the inspection page
		String reason = "原执法人员统计执法证已于" + lapse + "到期，检查尚未完成";
		mvc.perform(post("/inspection/inspections/{id}/replace-inspector", onsite.id()).with(page(userDetails, "yuhu.leader"))
			.with(csrf()).param("replaced", firstLapsed).param("replacement", free).param("reason", reason))
			.andExpect(status().is3xxRedirection());
		// through the API for the other lapsed inspector, if any
		for (String other : lapsed(inspections.getUnchecked(onsite.id()))) {
			String replacement = free(inspections.getUnchecked(onsite.id())).get(0);
			mvc.perform(post("/api/inspection/inspections/{id}/inspector-replacements", onsite.id()).with(api("yuhu.leader"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"replaced\":\"" + other + "\",\"replacement\":\"" + replacement + "\",\"reason\":\"执法证到期，另派执法人员\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.inspector1").value(Matchers.not(other)))
				.andExpect(jsonPath("$.inspector2").value(Matchers.not(other)));
		}
		Inspection replaced = inspections.getUnchecked(onsite.id());
		assertThat(lapsed(replaced)).isEmpty();
		assertThat(inspections.inspectorChanges(onsite.id())).isNotEmpty().first()
			.satisfies(c -> {
				assertThat(c.replaced()).isEqualTo(firstLapsed);
				assertThat(c.replacement()).isEqualTo(free);
				assertThat(c.reason()).isEqualTo(reason);
				assertThat(c.changedBy()).isEqualTo("yuhu.leader");
			});
		assertThat(activity.timeline(InspectionService.SUBJECT, onsite.id())).anyMatch(a -> a.action().equals("更换执法人员"));
		// the open task has moved: the replaced inspector no longer sees it, the replacement records the inspection
		assertThatThrownBy(() -> inspections.recordInspection(fixture.user(firstLapsed), task(onsite), clean(onsite, today)))
			.isInstanceOf(NotFoundException.class);
		inspections.recordInspection(fixture.user(free), task(onsite), clean(onsite, today));
		assertThat(inspections.getUnchecked(onsite.id()).result()).isEqualTo(InspectionResult.NO_PROBLEM);
		mvc.perform(get("/inspection/inspections/{id}", onsite.id()).with(page(userDetails, "yuhu.leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(reason)))
			.andExpect(content().string(Matchers.containsString("执法人员更换记录")));

		// the other inspection: its lapsed inspectors are replaced, then the notice is served
		for (String other : lapsed(inspections.getUnchecked(notice.id()))) {
			inspections.replaceInspector(fixture.user("yuhu.leader"), notice.id(), new InspectionCommands.ReplaceInspector(other,
					free(inspections.getUnchecked(notice.id())).get(0), "执法证到期"));
		}
		Inspection n = inspections.getUnchecked(notice.id());
		if (n.noticeNumber() == null) {
			inspections.serveNotice(fixture.user(n.inspector2()), task(n), new InspectionCommands.ServeNotice(today, "办公室张主任"));
		}
		assertThat(inspections.getUnchecked(notice.id()).noticeNumber()).startsWith("雨统检通〔");
		// a closed inspection, or one without a step left for its inspectors, is not re-staffed
		assertThatThrownBy(() -> inspections.replaceInspector(fixture.user("yuhu.leader"), onsite.id(),
				new InspectionCommands.ReplaceInspector(replaced.inspector1(), "yuhu.inspector1", "再次更换")))
			.isInstanceOf(ConflictException.class);
	}

	// --- helpers

	private void renewedInspector(String username, String name, String certNumber) {
		if (users.findByUsername(username) == null) {
			UserSummary u = users.createUser(username, name, "demo123456", fixture.bureauId("430302"), EnumSet.of(Role.INSPECTOR),
					null, null);
			users.addCertificate(u.id(), certNumber, lapse.minusDays(90), lapse.plusYears(3), "湖南省统计局", "工业,贸易");
		}
	}

	private InspectionPlan plan(LocalDate planned, int units) {
		CurrentUser legal = fixture.user("yuhu.legal");
		PlanCommand c = fixture.command(legal, PlanType.RANDOM, units, null);
		InspectionPlan p = plans.create(legal, new PlanCommand(planned.getYear() + "年度统计执法双随机抽查（执法证测试）", PlanType.RANDOM,
				planned.getYear(), null, c.basis(), null, null, null, false, false, units, null, 1, null, planned, c.itemIds()));
		plans.submit(legal, p.id());
		return plans.decide(fixture.user("yuhu.leader"), p.id(), true, "同意");
	}

	/** The inspection's inspectors whose certificate has lapsed today. */
	private List<String> lapsed(Inspection i) {
		List<String> result = new ArrayList<>();
		for (String who : List.of(i.inspector1(), i.inspector2())) {
			if (!users.summary(who).hasCertificateValidOn(AppClock.today())) {
				result.add(who);
			}
		}
		return result;
	}

	/** Renewed inspectors not on the inspection. */
	private static List<String> free(Inspection i) {
		return java.util.stream.Stream.of(ZHOU, WU).filter(u -> !i.isInspector(u)).toList();
	}

	/** Whoever works the task: an inspector of the pair (the lapsed one when there is one). */
	private String acting(Inspection i) {
		List<String> lapsed = lapsed(i);
		return lapsed.isEmpty() ? i.inspector1() : lapsed.get(0);
	}

	private InspectionCommands.RecordInspection clean(Inspection i, LocalDate on) {
		List<InspectionCommands.CheckRecord> checks = plans.items(i.planId()).stream()
			.map(item -> new InspectionCommands.CheckRecord(item.id(), true, null, "现场检查笔录第1页，已出示执法证"))
			.toList();
		return new InspectionCommands.RecordInspection(on, checks, InspectionResult.NO_PROBLEM, "统计台账完整，报表数与台账一致",
				null, null);
	}

	private String task(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
	}

	private static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(AppClock.ZONE).toInstant()));
	}

}

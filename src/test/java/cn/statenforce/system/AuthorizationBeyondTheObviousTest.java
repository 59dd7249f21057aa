package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.Draw;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;

/**
 * Issue 16, "authorization beyond the obvious": bureaus are registered by the administrator of the bureau that owns
 * them (a new root by the system administrator), the nationwide calendar is kept by the root bureau's or the system
 * administrator, a read-only user's draw verification computes and shows the result but writes nothing, two draws
 * of one plan at once give one draw and a 409, and a certificate number holding a carriage return, a '|' or a
 * backslash no longer breaks the verification of the bureau's draws.
 */
@StatEnforceTest
class AuthorizationBeyondTheObviousTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UserService users;

	@Autowired
	InspectionPlanService plans;

	/** Through the API, so the calendar's cache forgets them too. */
	@AfterEach
	void removeTestDays() throws Exception {
		for (String d : List.of("2031-05-06", "2031-05-07")) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/calendar/days/" + d)
				.with(api("city.admin")));
		}
	}

	private CurrentUser user(String username) {
		UserSummary u = users.summary(username);
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), u.roles());
	}

	private long bureauId(String regionCode) {
		return jdbc.queryForObject("SELECT id FROM bureau WHERE region_code = ?", Long.class, regionCode);
	}

	private int bureauCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM bureau", Integer.class);
	}

	private MockHttpServletResponse createBureau(String user, String regionCode, String name, Long parentId) throws Exception {
		String body = """
				{"regionCode":"%s","name":"%s","docPrefix":"%s","parentId":%s}""".formatted(regionCode, name,
				name.substring(0, 2) + "统", parentId);
		return mvc.perform(post("/api/admin/bureaus").with(api(user)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
	}

	@Test
	void shouldLetOnlyTheOwningBureausAdminRegisterABureau() throws Exception {
		long city = bureauId("430300");
		long yuhu = bureauId("430302");
		int before = bureauCount();
		// 雨湖区's ADMIN: not under the city (the city owns its districts), not a new root, not under its sibling
		assertThat(createBureau("yuhu.admin", "430321", "湘潭县统计局", city).getStatus()).isEqualTo(403);
		assertThat(createBureau("yuhu.admin", "430400", "衡阳市统计局", null).getStatus()).isEqualTo(403);
		assertThat(createBureau("yuhu.admin", "430381", "湘乡市统计局", bureauId("430304")).getStatus()).isEqualTo(403);
		// the city's ADMIN does not register a new root either
		assertThat(createBureau("city.admin", "430400", "衡阳市统计局", null).getStatus()).isEqualTo(403);
		assertThat(bureauCount()).isEqualTo(before);
		// the city's ADMIN under the city; the system administrator a new root
		assertThat(createBureau("city.admin", "430321", "湘潭县统计局", city).getStatus()).isEqualTo(201);
		assertThat(createBureau("sysadmin", "430400", "衡阳市统计局", null).getStatus()).isEqualTo(201);
		assertThat(bureauCount()).isEqualTo(before + 2);
		assertThat(jdbc.queryForObject("SELECT parent_id FROM bureau WHERE region_code = '430321'", Long.class)).isEqualTo(city);
		assertThat(yuhu).isNotEqualTo(city);
	}

	@Test
	void shouldLetOnlyTheRootOrSystemAdministratorChangeTheNationwideCalendar() throws Exception {
		String day = """
				{"dayType":"HOLIDAY","holidayName":"劳动节"}""";
		assertThat(mvc.perform(put("/api/calendar/days/2031-05-06").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content(day)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/admin/calendar").param("date", "2031-05-06").param("dayType", "HOLIDAY")
			.param("holidayName", "劳动节").with(page(accounts, "yuhu.admin")).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(put("/api/calendar/years/2031/confirmation").with(api("yuetang.admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_calendar_day WHERE calendar_date BETWEEN '2031-01-01' AND '2031-12-31'",
				Integer.class)).isZero();
		// the district's ADMIN still reads the calendar, without the forms
		String view = mvc.perform(get("/admin/calendar?year=2031").with(page(accounts, "yuhu.admin"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(view).contains("id=\"calendar-read-only\"").doesNotContain("id=\"calendar-import\"");
		assertThat(mvc.perform(put("/api/calendar/days/2031-05-06").with(api("city.admin")).contentType(MediaType.APPLICATION_JSON)
			.content(day)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(put("/api/calendar/days/2031-05-07").with(api("sysadmin")).contentType(MediaType.APPLICATION_JSON)
			.content(day)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForList("SELECT updated_by FROM work_calendar_day WHERE calendar_date BETWEEN '2031-01-01' AND '2031-12-31' ORDER BY calendar_date",
				String.class)).containsExactly("city.admin", "sysadmin");
	}

	private InspectionPlan approvedPlan(String title) {
		CurrentUser legal = user("yuhu.legal");
		LocalDate planned = AppClock.today().plusDays(14);
		InspectionPlan p = plans.create(legal, new PlanCommand(title, PlanType.RANDOM, planned.getYear(), null, null, null,
				null, null, false, false, 2, null, 1, null, planned, List.of(1L), null, null));
		plans.submit(legal, p.id());
		return plans.decide(user("yuhu.leader"), p.id(), true, "同意");
	}

	private int timeline(long planId, String action) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = 'INSPECTION_PLAN' AND subject_id = ? AND action = ?",
				Integer.class, planId, action);
	}

	/**
	 * The city (the upper bureau) verifies a district's draw: same result, nothing written; the district's own legal
	 * reviewer's verification is recorded. The draw's inspectors include one whose certificate number holds a carriage
	 * return, a '|' and a backslash (stored before input was checked): the snapshot keeps them and verifies.
	 */
	@Test
	void shouldVerifyForAReadOnlyUserWithoutWritingAndSurviveAnyStoredCharacter() throws Exception {
		String original = jdbc.queryForObject(
				"SELECT c.cert_number FROM enforcement_certificate c JOIN app_user u ON u.id = c.user_id WHERE u.username = 'yuhu.inspector1'",
				String.class);
		jdbc.update("UPDATE enforcement_certificate SET cert_number = ? WHERE user_id = (SELECT id FROM app_user WHERE username = 'yuhu.inspector1')",
				original + "\r|\\x");
		try {
			InspectionPlan p = approvedPlan("2026年统计执法双随机抽查（复核）");
			Draw d = plans.draw(user("yuhu.legal"), p.id(), 20261202L);
			int entries = timeline(p.id(), "复核抽取结果");
			String answer = mvc.perform(post("/api/inspection/draws/" + d.id() + "/verification").with(api("city.leader")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(answer).contains("\"identical\":true", "\"snapshotIntact\":true");
			assertThat(jdbc.queryForObject("SELECT verified_at FROM inspection_draw WHERE id = ?", java.sql.Timestamp.class, d.id()))
				.isNull();
			assertThat(timeline(p.id(), "复核抽取结果")).isEqualTo(entries);
			mvc.perform(post("/api/inspection/draws/" + d.id() + "/verification").with(api("yuhu.legal")));
			assertThat(jdbc.queryForObject("SELECT verified_ok FROM inspection_draw WHERE id = ?", Boolean.class, d.id())).isTrue();
			assertThat(timeline(p.id(), "复核抽取结果")).isEqualTo(entries + 1);
		}
		finally {
			jdbc.update("UPDATE enforcement_certificate SET cert_number = ? WHERE user_id = (SELECT id FROM app_user WHERE username = 'yuhu.inspector1')",
					original);
		}
	}

	/** Two leaders press 抽取 at once: one draw, one 409, never a 500. */
	@Test
	void shouldAnswerTheSecondOfTwoConcurrentDrawsWithAConflict() throws Exception {
		InspectionPlan p = approvedPlan("2026年统计执法双随机抽查（并发）");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> answers = new ArrayList<>();
		for (String who : List.of("yuhu.legal", "yuhu.leader")) {
			answers.add(pool.submit(() -> {
				start.await();
				return mvc.perform(post("/api/inspection/plans/" + p.id() + "/draws").param("seed", "7").with(api(who)))
					.andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : answers) {
			statuses.add(f.get(2, TimeUnit.MINUTES));
		}
		pool.shutdown();
		Collections.sort(statuses);
		assertThat(statuses).containsExactly(201, 409);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_draw WHERE plan_id = ?", Integer.class, p.id())).isOne();
	}

}

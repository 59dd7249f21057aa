package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.ResponsibleDirectory;
import cn.statenforce.rectification.ResponsibleKind;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.handover.CorrectionOrder;

/** The pages render in Chinese for each role and their forms do the steps (CSRF, flash messages, no write on error). */
@StatEnforceTest
class RectificationPagesTest {

	@Autowired
	private ResponsibleDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	WorkingDayCalendar calendar;

	RectificationFixture fx;

	@Autowired
	CorrectionService corrections;

	@Autowired
	EnterpriseService enterprises;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private String taskPage(String businessKey, String taskKey, String username) throws Exception {
		String id = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
			.singleResult().getId();
		return page("/tasks/" + id, username);
	}

	@Test
	void shouldRenderEveryTaskFormAndPlanStage() throws Exception {
		Plan draft = fx.draft(calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE, Category.LONG_TERM);
		Plan plan = plans.publish(fx.user("yuhu.leader"), draft.id());
		Measure m = plans.measures(fx.user("yuhu.leader"), plan.id()).get(0);
		Measure longTerm = plans.measures(fx.user("yuhu.leader"), plan.id()).get(1);
		org.assertj.core.api.Assertions.assertThat(longTerm.deadline()).as("a long-term measure has no deadline").isNull();

		var change = measures.requestDeadlineChange(fx.user("yuhu.owner"), m.id(), m.deadline().plusDays(10), "等待上级文件");
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.director")).contains("deadline-decision-form", "等待上级文件");
		assertThat(taskPage(plan.planNumber(), RectificationProcess.TASK_APPROVE_DEADLINE_CHANGE, "yuhu.director"))
			.contains("deadline-decision-form");
		measures.decideDeadlineChange(fx.user("yuhu.director"), change.id(), true, null);

		measures.submitCompletion(fx.user("yuhu.owner"), m.id(), "已培训", RectificationFixture.evidence("签到表.txt"), null, null);
		measures.signOff(fx.user("yuhu.leader"), m.id(), true, null);
		measures.submitCompletion(fx.user("yuhu.owner"), longTerm.id(), "已建立制度", RectificationFixture.evidence("制度.txt"), "执法培训制度", "每年两次");
		measures.signOff(fx.user("yuhu.leader"), longTerm.id(), true, null);
		assertThat(page("/rectification/plans/" + plan.id(), "yuhu.director")).contains("report-form", "执法培训制度");
		assertThat(taskPage(plan.planNumber(), RectificationProcess.TASK_SUBMIT_REPORT, "yuhu.director")).contains("report-form");
		plans.submitReport(fx.user("yuhu.director"), plan.id(), "整改报告");

		String pi = plans.planUnchecked(plan.id()).processInstanceId();
		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusMonths(6).plusDays(1).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		fx.runDueJobs(pi);
		assertThat(page("/rectification/plans/" + plan.id(), "yuhu.director")).contains("look-back-form");
		assertThat(taskPage(plan.planNumber(), RectificationProcess.TASK_LOOK_BACK, "yuhu.director")).contains("look-back-form");
		plans.lookBack(fx.user("yuhu.director"), plan.id(), "未反弹", null, null);

		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusMonths(6).plusDays(1).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		fx.runDueJobs(pi);
		assertThat(page("/rectification/plans/" + plan.id(), "yuhu.director")).contains("mechanism-review-form");
		assertThat(taskPage(plan.planNumber(), RectificationProcess.TASK_REVIEW_MECHANISMS, "yuhu.director"))
			.contains("mechanism-review-form", "执法培训制度");
	}

	@Test
	void shouldRenderCorrectionRecheck() throws Exception {
		var leader = fx.user("yuhu.leader");
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		var ref = corrections.openCorrection(new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 7L, "430302-XX-2026-007",
				enterpriseId, "迟报统计资料", "限期报送", AppClock.today().plusDays(15), List.of("yuhu.inspector1", "yuhu.inspector2")));
		assertThat(page("/rectification/plans/" + ref.id(), "yuhu.inspector1")).contains("recheck-form", "430302-XX-2026-007");
		String taskId = taskService.createTaskQuery().processInstanceBusinessKey(ref.businessKey()).singleResult().getId();
		taskService.claim(taskId, "yuhu.inspector1");
		assertThat(page("/tasks/" + taskId, "yuhu.inspector1")).contains("recheck-form");
		mvc.perform(post("/rectification/corrections/{id}/recheck", ref.id()).with(as("yuhu.inspector1")).with(csrf().asHeader())
			.param("corrected", "true").param("opinion", "已报送"))
			.andExpect(flash().attribute("message", "复查结论已记录"));
		assertThat(page("/rectification/plans/" + ref.id(), "yuhu.leader")).contains("已改正").doesNotContain("recheck-form");
	}

	private RequestPostProcessor as(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	private String page(String url, String username) throws Exception {
		return mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void shouldRegisterFeedbackThroughTheForm() throws Exception {
		assertThat(page("/rectification/feedback/new", "yuhu.leader")).contains("反馈登记", "区委第五巡察组");
		mvc.perform(post("/rectification/feedback").with(as("yuhu.leader")).with(csrf().asHeader())
			.param("source", "PATROL").param("sourceBody", "区委第三巡察组").param("receivedOn", AppClock.today().toString())
			.param("title", "巡察反馈整改").param("planLeader", "yuhu.director"))
			.andExpect(redirectedUrlPattern("/rectification/plans/*"))
			.andExpect(flash().attribute("message", "反馈已登记，请制定问题清单和任务清单"));
		mvc.perform(post("/rectification/feedback").with(as("yuhu.leader")).with(csrf().asHeader())
			.param("source", "ENFORCEMENT").param("sourceBody", "x").param("receivedOn", AppClock.today().toString())
			.param("title", "t"))
			.andExpect(redirectedUrl("/rectification/feedback/new"))
			.andExpect(flash().attributeExists("errorMessage"));
	}

	@Test
	void shouldWorkMeasureThroughThePages() throws Exception {
		Plan draft = fx.draft(calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE);
		assertThat(page("/rectification/plans/" + draft.id(), "yuhu.leader")).contains("制定问题清单和任务清单", "发布整改方案");
		mvc.perform(post("/rectification/plans/{id}/publish", draft.id()).with(as("yuhu.leader")).with(csrf().asHeader()))
			.andExpect(flash().attributeExists("message"));
		Measure m = plans.measures(fx.user("yuhu.leader"), draft.id()).get(0);

		assertThat(page("/rectification/mine", "yuhu.owner")).contains("我的整改任务", m.content());
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.owner")).contains("申请销号", "报告进展");
		String taskId = taskService.createTaskQuery().processInstanceBusinessKey(draft.planNumber())
			.taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE).singleResult().getId();
		assertThat(page("/tasks/" + taskId, "yuhu.owner")).contains("completion-form", m.content());
		String tasks = mvc.perform(get("/tasks").param("q", "区委第五巡察组").with(as("yuhu.owner"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tasks)
			.contains(draft.planNumber(), "区委常规巡察反馈问题整改");

		mvc.perform(multipart("/rectification/measures/{id}/completion", m.id()).with(as("yuhu.owner")).with(csrf().asHeader())
			.param("content", "没有附件"))
			.andExpect(flash().attribute("errorMessage", "申请销号须上传佐证材料"));
		mvc.perform(multipart("/rectification/measures/{id}/completion", m.id())
			.file(new MockMultipartFile("files", "培训签到表.pdf", "application/pdf", "签到".getBytes(StandardCharsets.UTF_8)))
			.with(as("yuhu.owner")).with(csrf().asHeader()).param("content", "已组织培训"))
			.andExpect(flash().attribute("message", "已申请销号，等待责任领导对账销号"));

		assertThat(page("/rectification/sign-off", "yuhu.leader")).contains(m.content());
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.leader")).contains("对账销号", "培训签到表.pdf");
		String signOffTask = taskService.createTaskQuery().processInstanceBusinessKey(draft.planNumber())
			.taskDefinitionKey(RectificationProcess.TASK_SIGN_OFF).singleResult().getId();
		// the sign-off task page shows the measure's progress with its evidence file, which opens in the browser
		assertThat(page("/tasks/" + signOffTask, "yuhu.leader")).contains("sign-off-form", "task-progress", "培训签到表.pdf",
				"/rectification/measures/" + m.id() + "/evidence/");
		// who uploaded the evidence, by 姓名 (the seeded name of the office's account), on the task and the measure page
		assertThat(page("/tasks/" + signOffTask, "yuhu.leader"))
			.contains("<span class=\"text-muted evidence-uploader\">雨湖区统计局办公室 上传</span>").doesNotContain("yuhu.owner");
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.leader"))
			.containsPattern("<span class=\"text-muted evidence-uploader\">雨湖区统计局办公室 上传于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</span>")
			.doesNotContain("yuhu.owner");
		var evidence = measures.evidence(fx.user("yuhu.leader"), m.id()).get(0);
		mvc.perform(get("/rectification/measures/{m}/evidence/{e}", m.id(), evidence.id()).with(as("yuhu.leader")))
			.andExpect(status().isOk()).andExpect(content().bytes("签到".getBytes(StandardCharsets.UTF_8)));

		mvc.perform(post("/rectification/measures/{id}/sign-off", m.id()).with(as("yuhu.leader")).with(csrf().asHeader())
			.param("approve", "true").param("opinion", "同意"))
			.andExpect(flash().attribute("message", "已对账销号"));
		String board = page("/rectification?planId=" + draft.id(), "yuhu.leader");
		assertThat(board).contains("整改台账", "已销号", "plan-board", draft.planNumber()).containsPattern("id=\"sum-measures\"[^>]*>1/1<");
		assertThat(page("/rectification/plans/" + draft.id(), "yuhu.director")).contains("报送整改报告");
		mvc.perform(get("/rectification/ledger/export").param("planId", String.valueOf(draft.id())).with(as("city.leader")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/rectification/plans/{id}", draft.id()).with(as("yuetang.leader"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldOfferTheAmendmentDecisionToTheApproverOnThePlanAndTaskPages() throws Exception {
		Plan plan = plans.publish(fx.user("yuhu.leader"), fx.draft(calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE).id());
		Measure m = plans.measures(fx.user("yuhu.leader"), plan.id()).get(0);
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.leader")).contains("amendment-form");
		mvc.perform(post("/rectification/measures/{id}/amendments", m.id()).with(as("yuhu.leader")).with(csrf().asHeader())
			.param("owner", "yuhu.owner2").param("reason", "职能调整"))
			.andExpect(flash().attribute("message", "变更申请已提交审批，批准后生效"));
		assertThat(page("/rectification/plans/" + plan.id(), "yuhu.director")).contains("amendment-decision-form", "职能调整");
		assertThat(page("/rectification/plans/" + plan.id(), "yuhu.leader")).contains("变更记录").doesNotContain("amendment-decision-form");
		assertThat(taskPage(plan.planNumber(), RectificationProcess.TASK_APPROVE_AMENDMENT, "yuhu.director"))
			.contains("amendment-decision-form", "责任单位");
		long amendmentId = plans.amendments(fx.user("yuhu.leader"), plan.id()).get(0).id();
		mvc.perform(post("/rectification/amendments/{id}/decision", amendmentId).with(as("yuhu.director")).with(csrf().asHeader())
			.param("planId", String.valueOf(plan.id())).param("approve", "true"))
			.andExpect(flash().attribute("message", "已批准变更"));
		// a unit registered by name only, as a problem list names it: its work is done by the coordinator (whether earlier
		// tests of this context left such an entry must not matter)
		String unlinked = "雨湖区发展和改革局";
		if (directory.entries(fx.user("yuhu.leader"), ResponsibleKind.UNIT).stream()
			.noneMatch(e -> e.responsible().name().equals(unlinked))) {
			directory.create(fx.user("yuhu.leader"), ResponsibleKind.UNIT, unlinked, List.of());
		}
		assertThat(page("/rectification/directory", "yuhu.leader")).contains("责任单位与责任领导")
			.containsPattern("data-entry=\"" + unlinked + "\"(?s:(?!</tr>).)*无（由整改联络人代办）");
	}

}

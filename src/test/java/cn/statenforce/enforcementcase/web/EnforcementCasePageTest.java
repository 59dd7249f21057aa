package cn.statenforce.enforcementcase.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The pages render (ledger, lead form, export). */
@StatEnforceTest
class EnforcementCasePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService details;

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	@Test
	void shouldRenderLedgerLeadFormAndExport() throws Exception {
		mvc.perform(get("/cases").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("案件台账")));
		mvc.perform(get("/cases/new").with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("线索登记")));
		mvc.perform(get("/cases/export").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Autowired
	cn.statenforce.enforcementcase.CaseFixture fixture;

	@Autowired
	org.camunda.bpm.engine.TaskService tasks;

	@Test
	void shouldShowAReporterWhoLeftNoContactByNameAlone() throws Exception {
		// found on the demo walk: 举报人 read "张三 null" when the contact was left empty
		var c = fixture.intake.registerLead(fixture.as("yuhu.inspector1"), new cn.statenforce.enforcementcase.CaseCommands.RegisterLead(
				cn.statenforce.enforcementcase.CaseSource.REPORT, fixture.organization("yuhu").id(), "涉嫌虚报统计数据",
				"群众举报该单位营业收入虚报", cn.statenforce.shared.AppClock.today().minusDays(3), "张三", null));
		String page = mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<dd class=\"col-8\">张三</dd>").doesNotContain("张三 null");
		var d = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		mvc.perform(get("/cases/" + d.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("李四（13800000000）")));
	}

	@Test
	void shouldRenderCasePageAndTaskFormAndCompleteStepFromTheForm() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(c.getLeadNumber())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("举报人")));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector2"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13800000000"))));
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).singleResult().getId();
		tasks.claim(taskId, "yuhu.inspector1");
		mvc.perform(get("/tasks/" + taskId).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("step-form")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + c.getId() + "/steps/Task_AssessLead")
			.with(as("yuhu.inspector1")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("proposal", "SUMMARY").param("opinion", "事实清楚").param("taskId", taskId))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(fixture.reload(c).getStatus()).isEqualTo(cn.statenforce.enforcementcase.CaseStatus.SUMMARY);
	}

	@Test
	void shouldServeTheCaseDiagramWithTheCurrentStepToTheBureauOnly() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"case-diagram\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bpmn-navigated-viewer.production.min.js")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"steps\"")));
		mvc.perform(get("/cases/" + c.getId() + "/diagram.bpmn").with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bpmn:process id=\"enforcement-case\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("BPMNShape")));
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ended").value(false))
			.andExpect(jsonPath("$.active").value(org.hamcrest.Matchers.contains("Task_AssessLead")))
			.andExpect(jsonPath("$.completed").value(org.hamcrest.Matchers.hasItem("StartEvent_LeadRegistered")))
			.andExpect(jsonPath("$.processDefinitionId").value(org.hamcrest.Matchers.startsWith("enforcement-case:")));
		// a sibling bureau does not see the case at all; the city bureau above reads it
		mvc.perform(get("/cases/" + c.getId() + "/diagram.bpmn").with(as("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("city.leader"))).andExpect(status().isOk());
		mvc.perform(get("/cases/999999999/diagram.bpmn").with(as("yuhu.leader"))).andExpect(status().isNotFound());
		// the viewer and the page script are served without a JavaScript build
		mvc.perform(get("/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/process-diagram.js")).andExpect(status().isOk());
	}

	@Test
	void shouldMoveTheHighlightWhenTheStepIsDoneAndKeepTheDiagramAfterTheEnd() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		fixture.intake.assess(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Assess(
				cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal.NOT_FILE, "情节显著轻微"));
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(org.hamcrest.Matchers.contains("Task_ApproveNotFiling")))
			.andExpect(jsonPath("$.completed").value(org.hamcrest.Matchers.hasItem("Task_AssessLead")));
		fixture.intake.approveNotFiling(fixture.as("yuhu.leader"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Approval(true, "同意"));
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ended").value(true)).andExpect(jsonPath("$.active").isEmpty())
			.andExpect(jsonPath("$.completed").value(org.hamcrest.Matchers.hasItem("EndEvent_NotFiled")));
		mvc.perform(get("/cases/" + c.getId() + "/diagram.bpmn").with(as("yuhu.leader"))).andExpect(status().isOk());
	}

	@Autowired
	cn.statenforce.rectification.CorrectionService corrections;

	@Test
	void shouldShowWhereTheOrderToCorrectIsRecheckedAndItsState() throws Exception {
		var c = fixture.filed();
		var pi = fixture.pi(c);
		fixture.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		fixture.proposeFine(c, 20_000, "建立健全统计台账");
		fixture.noticeAndStatement(c, false);
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("Task_DetermineGates", pi));
		fixture.decisions.approveDecision(fixture.as("yuhu.leader"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Approval(true, "同意"));
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("Task_IssueDecision", pi));
		var today = cn.statenforce.shared.AppClock.today();
		fixture.execution.serve(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Service(today,
				cn.statenforce.enforcementcase.CaseEnums.ServiceMethod.DIRECT, null));
		fixture.execution.publish(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Publication(today, null));
		fixture.execution.recordPayment(fixture.as("yuhu.inspector1"), c.getId(),
				new cn.statenforce.enforcementcase.CaseCommands.Payment(today, java.math.BigDecimal.valueOf(20_000)));
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("Task_OpenCorrection", pi));
		long correctionId = fixture.reload(c).getCorrectionId();
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/rectification/plans/" + correctionId + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("待复查")));
		// the case itself offers no re-check step any more
		action("yuhu.inspector2", c.getId(), "Task_RecheckCorrection", "approved", "true", "opinion", "已改正")
			.andExpect(error("未知的办理环节"));
		org.assertj.core.api.Assertions.assertThat(fixture.reload(c).getCorrectionResult()).isNull();
		corrections.recheck(fixture.as("yuhu.inspector2"), correctionId, true, "已建立台账");
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("复查结论：已改正")));
	}

	@org.junit.jupiter.api.BeforeEach
	void bindEngine() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
	}

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	private org.springframework.test.web.servlet.ResultActions action(String user, long id, String action, String... params)
			throws Exception {
		var req = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + id + "/steps/" + action)
			.with(as(user)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			req.param(params[i], params[i + 1]);
		}
		return mvc.perform(req);
	}

	private static org.springframework.test.web.servlet.ResultMatcher error(String text) {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errorMessage",
				org.hamcrest.Matchers.containsString(text));
	}

	private static org.springframework.test.web.servlet.ResultMatcher done() {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message", "已办理");
	}

	@Test
	void shouldDeclareAndDecideRecusalFromTheCasePage() throws Exception {
		var c = fixture.filed();
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("recusal-request-form")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"recusal-form\""))));
		// an inspector declares only for himself; the reason is required
		action("yuhu.inspector1", c.getId(), "recusal-request", "username", "yuhu.inspector2", "byParty", "false", "reason", "亲属关系")
			.andExpect(status().is3xxRedirection()).andExpect(error("执法人员只能为本人申请回避"));
		action("yuhu.inspector1", c.getId(), "recusal-request", "username", "yuhu.inspector1", "byParty", "false", "reason", "")
			.andExpect(error("请填写申请回避的理由"));
		action("yuhu.inspector1", c.getId(), "recusal-request", "username", "yuhu.inspector2", "byParty", "true",
				"reason", "当事人称其与本单位负责人系近亲属").andExpect(status().is3xxRedirection()).andExpect(done());
		action("yuhu.inspector1", c.getId(), "recusal-request", "username", "yuhu.inspector2", "byParty", "true", "reason", "再次申请")
			.andExpect(error("已有待决定的回避申请"));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("当事人申请")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("recusal-decision-form")));
		// an inspector may not decide (403 page); the leader refuses first, then a new request is approved
		action("yuhu.inspector1", c.getId(), "recusal-decision", "username", "yuhu.inspector2", "approved", "true", "reason", "同意")
			.andExpect(status().isForbidden()).andExpect(content().string(org.hamcrest.Matchers.containsString("回避由局长或分管领导决定")));
		action("yuhu.leader", c.getId(), "recusal-decision", "username", "yuhu.inspector2", "approved", "false", "reason", "经核实不存在亲属关系")
			.andExpect(done());
		assertThat(fixture.queries.inspectors(c.getId())).filteredOn(i -> i.username().equals("yuhu.inspector2"))
			.singleElement().satisfies(i -> {
				assertThat(i.recused()).isFalse();
				assertThat(i.recusalPending()).isFalse();
			});
		action("yuhu.leader", c.getId(), "recusal-decision", "username", "yuhu.inspector2", "approved", "true", "reason", "同意")
			.andExpect(error("没有待决定的回避申请"));
		action("yuhu.inspector2", c.getId(), "recusal-request", "username", "yuhu.inspector2", "byParty", "false", "reason", "曾在该单位任职")
			.andExpect(done());
		action("yuhu.leader", c.getId(), "recusal-decision", "username", "yuhu.inspector2", "approved", "true", "reason", "同意回避")
			.andExpect(done());
		assertThat(fixture.queries.inspectors(c.getId())).filteredOn(i -> i.username().equals("yuhu.inspector2"))
			.singleElement().satisfies(i -> assertThat(i.recused()).isTrue());
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已回避")));
	}

	@Test
	void shouldSuspendResumeAndExtendFromTheCasePage() throws Exception {
		var c = fixture.filed();
		action("yuhu.inspector1", c.getId(), "suspension", "reason", "当事人下落不明").andExpect(status().isForbidden());
		action("yuhu.leader", c.getId(), "suspension", "reason", "").andExpect(error("请填写中止理由"));
		action("yuhu.leader", c.getId(), "suspension", "reason", "当事人下落不明，无法调查").andExpect(done());
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("resumption-form")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("suspension-form"))));
		action("yuhu.leader", c.getId(), "resumption").andExpect(done());
		action("yuhu.leader", c.getId(), "resumption").andExpect(error("没有进行中的"));
		org.assertj.core.api.Assertions.assertThat(fixture.queries.details(fixture.as("yuhu.leader"), c.getId()).pauses())
			.singleElement().satisfies(p -> assertThat(p.endedOn()).isNotNull());
		// extension: requested on the page with a reason, approved by the director on the task page with a reason
		action("yuhu.inspector1", c.getId(), "extension", "months", "4", "reason", "案情复杂").andExpect(error("累计延长不得超过3个月"));
		action("yuhu.inspector1", c.getId(), "extension", "months", "2", "reason", "").andExpect(error("请填写延期理由"));
		action("yuhu.inspector1", c.getId(), "extension", "months", "2", "reason", "涉及多个年度台账，需调取银行流水").andExpect(done());
		action("yuhu.inspector1", c.getId(), "extension", "months", "1", "reason", "再申请").andExpect(error("已有待审批的延期申请"));
		var before = fixture.reload(c).getCaseDeadline();
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_ApproveExtension").singleResult().getId();
		action("yuhu.leader", c.getId(), "Task_ApproveExtension", "approved", "true", "opinion", "同意", "taskId", taskId)
			.andExpect(error("无权办理"));
		tasks.claim(taskId, "yuhu.director");
		mvc.perform(get("/tasks/" + taskId).with(as("yuhu.director"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("step-form")));
		assertThat(fixture.reload(c).getExtensionMonths()).isZero();
		action("yuhu.director", c.getId(), "Task_ApproveExtension", "approved", "true", "opinion", "", "taskId", taskId)
			.andExpect(error("请填写审批意见"));
		action("yuhu.director", c.getId(), "Task_ApproveExtension", "approved", "true", "opinion", "同意延长2个月", "taskId", taskId)
			.andExpect(done());
		assertThat(fixture.reload(c).getExtensionMonths()).isEqualTo(2);
		assertThat(fixture.reload(c).getCaseDeadline()).isEqualTo(before.plusMonths(2));
	}

	@Test
	void shouldRecordAppealsFromTheCasePageOnceDecided() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		String today = cn.statenforce.shared.AppClock.today().toString();
		action("yuhu.inspector1", c.getId(), "appeal", "kind", "REVIEW", "filedOn", today, "body", "湘潭市统计局")
			.andExpect(error("尚未作出决定"));
		fixture.intake.assess(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Assess(
				cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal.SUMMARY, "事实清楚，当场处罚"));
		fixture.summary.summaryDecision(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.SummaryDecision(
				java.util.List.of("yuhu.inspector1", "yuhu.inspector2"), "LATE_REPORTING", "WARNING", null, "按时报送统计报表",
				cn.statenforce.shared.AppClock.today().plusDays(15), "迟报，当场警告"));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("appeal-form")));
		action("yuhu.inspector1", c.getId(), "appeal", "kind", "REVIEW", "filedOn", "", "body", "湘潭市统计局")
			.andExpect(error("请填写提起日期"));
		action("yuhu.inspector1", c.getId(), "appeal", "kind", "APPEAL", "filedOn", today, "body", "湘潭市统计局")
			.andExpect(error("选项无效"));
		action("yuhu.inspector1", c.getId(), "appeal", "kind", "REVIEW", "filedOn", today, "body", "湘潭市统计局").andExpect(done());
		action("yuhu.inspector1", c.getId(), "appeal", "kind", "LITIGATION", "filedOn", today, "body", "雨湖区人民法院",
				"result", "驳回诉讼请求").andExpect(done());
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("行政复议：" + today + " 提起，湘潭市统计局，尚无结果")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("行政诉讼：" + today + " 提起，雨湖区人民法院，结果：驳回诉讼请求")));
		// a sibling bureau cannot record anything on the case
		action("yuetang.leader", c.getId(), "appeal", "kind", "REVIEW", "filedOn", today, "body", "x").andExpect(status().isNotFound());
	}

	@Test
	void shouldShowEveryViolationsRecommendationOnTheDecisionApprovalPage() throws Exception {
		var c = fixture.filed();
		String investigate = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_Investigate").singleResult().getId();
		action("yuhu.inspector2", c.getId(), "Task_Investigate", "taskId", investigate, "violationType", "OBSTRUCT_INSPECTION",
				"description", "拒绝提供台账", "violationType2", "LATE_REPORTING", "description2", "", "circumstance", "GENERAL",
				"opinion", "调查终结").andExpect(error("请填写违法事实"));
		action("yuhu.inspector2", c.getId(), "Task_Investigate", "taskId", investigate, "violationType", "OBSTRUCT_INSPECTION",
				"description", "拒绝提供台账", "violationType2", "LATE_REPORTING", "description2", "迟报月报", "violationType3", "",
				"circumstance", "GENERAL", "opinion", "调查终结").andExpect(done());
		assertThat(fixture.queries.violations(c.getId())).hasSize(2);
		runJobs(c);
		fixture.proposeFine(c, 8000, "按时报送统计报表");
		fixture.noticeAndStatement(c, false);
		runJobs(c);
		String approve = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_ApproveDecision").singleResult().getId();
		tasks.claim(approve, "yuhu.leader");
		mvc.perform(get("/tasks/" + approve).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("各项违法行为分别裁量")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("合并处罚：罚款幅度为各项幅度之和")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("拒绝提供台账")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("迟报月报")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(fixture.queries.violations(c.getId()).get(1).recRuleId())));
	}

	@Test
	void shouldRecordThePartysWaiversFromTheStatementForm() throws Exception {
		var c = fixture.filed();
		fixture.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		fixture.proposeFine(c, 60_000, "建立健全统计台账");
		String today = cn.statenforce.shared.AppClock.today().toString();
		fixture.hearings.priorNotice(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.PriorNotice(
				cn.statenforce.shared.AppClock.today(), cn.statenforce.enforcementcase.CaseEnums.ServiceMethod.DIRECT, null));
		String statement = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_RecordStatement").singleResult().getId();
		tasks.claim(statement, "yuhu.inspector1");
		mvc.perform(get("/tasks/" + statement).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"rights-windows\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("听证申请期限至 " + fixture.reload(c).getHearingRequestDue())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"hearingWaiverMethod\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("口头表示并记入笔录")));
		// only the statement waived: the hearing-request window is still open
		action("yuhu.inspector1", c.getId(), "Task_RecordStatement", "taskId", statement, "statementMade", "on", "statement", "无异议",
				"statementWaivedOn", today, "statementWaiverMethod", "WRITTEN", "opinion", "当事人放弃陈述申辩")
			.andExpect(error("听证申请期限至"));
		// a waiver day without its form is refused, naming the field
		action("yuhu.inspector1", c.getId(), "Task_RecordStatement", "taskId", statement, "statementMade", "on",
				"statementWaivedOn", today, "statementWaiverMethod", "WRITTEN", "hearingWaivedOn", today, "opinion", "当事人放弃")
			.andExpect(error("放弃听证的方式"));
		action("yuhu.inspector1", c.getId(), "Task_RecordStatement", "taskId", statement, "statementMade", "on",
				"statementWaivedOn", today, "statementWaiverMethod", "WRITTEN", "hearingWaivedOn", today,
				"hearingWaiverMethod", "RECEIPT_NOTE", "opinion", "当事人书面放弃陈述申辩，并在送达回证上签注放弃听证").andExpect(done());
		var w = fixture.reload(c);
		assertThat(w.getStatementWaiverMethod()).isEqualTo(cn.statenforce.enforcementcase.CaseEnums.WaiverMethod.WRITTEN);
		assertThat(w.getHearingWaivedOn()).isEqualTo(cn.statenforce.shared.AppClock.today());
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("在送达回证上签注放弃")));
	}

	@Autowired
	org.camunda.bpm.engine.ManagementService management;

	private void runJobs(cn.statenforce.enforcementcase.EnforcementCase c) {
		management.createJobQuery().processInstanceId(c.getProcessInstanceId()).messages().list()
			.forEach(j -> management.executeJob(j.getId()));
	}

}

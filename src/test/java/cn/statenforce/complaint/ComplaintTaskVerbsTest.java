package cn.statenforce.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * The approval verbs on complaint.bpmn: 审批举报分办 returns (退回) to 举报分办 and the inspector may withdraw (撤回) the
 * triage while no leader has taken the approval up (409 after); the status follows (分办待审批 → 待分办). 举报分办 is the
 * first step and 核查办理举报 lies after the reporter was told, so neither offers a return. 转办 keeps the step's role and
 * bureau and, for the inspector's step, a 统计执法证 valid today (yuhu.inspector3's expired); 委派 comes back to the
 * owner; 抄送; 催办 once a day.
 */
@StatEnforceTest
class ComplaintTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService history;

	@Autowired
	ComplaintService complaints;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	TaskVerbCalls verbs;

	@BeforeEach
	void setUp() {
		verbs = new TaskVerbCalls(mvc);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private ComplaintView report() {
		Enterprise unit = enterprises.search(f.as("yuhu.inspector1"), null, 1, 100).items().stream()
			.filter(e -> "ORGANIZATION".equals(e.partyType())).skip(5).findFirst().orElseThrow();
		return complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("PHONE", AppClock.now().minusHours(2),
				unit.name(), "湘潭市雨湖区", "来电反映该公司2025年统计年报从业人员数虚报，实际用工约为报表数的一半。", false, "司马春燕",
				"13807321234", null, "湘潭市雨湖区建设北路18号"), List.of());
	}

	private ComplaintView triaged() {
		ComplaintView c = report();
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "反映内容具体，属统计违法举报",
				null, "您的举报已受理，我局将依法核查。", "PHONE"));
		return c;
	}

	private Task task(ComplaintView c, String key) {
		return taskService.createTaskQuery().processInstanceId(pid(c))
			.taskDefinitionKey(key).active().singleResult();
	}

	private String pid(ComplaintView c) {
		return jdbc.queryForObject("SELECT process_instance_id FROM complaint WHERE id = ?", String.class, c.id());
	}

	private String statusOf(ComplaintView c) {
		return jdbc.queryForObject("SELECT status FROM complaint WHERE id = ?", String.class, c.id());
	}

	@Test
	void shouldReturnTheApprovalToTheTriageWithTheOpinionAndReopenItForTheInspector() throws Exception {
		ComplaintView c = triaged();
		assertThat(statusOf(c)).isEqualTo("PROPOSED");
		Task approve = task(c, ComplaintService.TASK_APPROVE_TRIAGE);
		verbs.targets("yuhu.leader", approve.getId()).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(ComplaintService.TASK_TRIAGE)).andExpect(jsonPath("$[0].name").value("举报分办"))
			.andExpect(jsonPath("$.length()").value(1));
		verbs.returnTo("yuhu.leader", approve.getId(), ComplaintService.TASK_TRIAGE, "").andExpect(status().isBadRequest());
		verbs.returnTo("yuhu.leader", approve.getId(), ComplaintService.TASK_TRIAGE, "举报人反映的是2024年数据，请核实后重新提出分办意见")
			.andExpect(status().isOk());
		Task reopened = task(c, ComplaintService.TASK_TRIAGE);
		assertThat(reopened.getAssignee()).isEqualTo("yuhu.inspector1");
		assertThat(task(c, ComplaintService.TASK_APPROVE_TRIAGE)).isNull();
		assertThat(statusOf(c)).isEqualTo("RECEIVED");
		// the first step has nothing to return to
		verbs.targets("yuhu.inspector1", reopened.getId()).andExpect(jsonPath("$.length()").value(0));
		// the triage is done again and goes forward as usual
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "已核实为2025年数据", null,
				"您的举报已受理，我局将依法核查。", "PHONE"));
		assertThat(statusOf(c)).isEqualTo("PROPOSED");
		assertThat(task(c, ComplaintService.TASK_APPROVE_TRIAGE)).isNotNull();
	}

	@Test
	void shouldLetTheInspectorWithdrawTheTriageUntilALeaderTakesTheApprovalUp() throws Exception {
		ComplaintView c = triaged();
		String done = history.createHistoricTaskInstanceQuery().taskDefinitionKey(ComplaintService.TASK_TRIAGE).finished()
			.processInstanceId(pid(c)).singleResult().getId();
		verbs.withdraw("yuhu.inspector1", done, "告知内容有误，需修改").andExpect(status().isOk());
		assertThat(statusOf(c)).isEqualTo("RECEIVED");
		assertThat(task(c, ComplaintService.TASK_TRIAGE).getAssignee()).isEqualTo("yuhu.inspector1");
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "反映内容具体", null,
				"您的举报已受理，我局将依法核查。", "PHONE"));
		String second = history.createHistoricTaskInstanceQuery().taskDefinitionKey(ComplaintService.TASK_TRIAGE).finished()
			.processInstanceId(pid(c)).orderByHistoricTaskInstanceEndTime()
			.desc().list().get(0).getId();
		verbs.claim("yuhu.leader", task(c, ComplaintService.TASK_APPROVE_TRIAGE).getId()).andExpect(status().isOk());
		verbs.withdraw("yuhu.inspector1", second, null).andExpect(status().isConflict());
		assertThat(statusOf(c)).isEqualTo("PROPOSED");
	}

	@Test
	void shouldNotOfferAReturnFromTheHandlingAfterTheReporterWasTold() throws Exception {
		ComplaintView c = triaged();
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, "同意受理"));
		Task handle = task(c, ComplaintService.TASK_HANDLE);
		verbs.targets("yuhu.inspector1", handle.getId()).andExpect(jsonPath("$.length()").value(0));
		verbs.returnTo("yuhu.inspector1", handle.getId(), ComplaintService.TASK_APPROVE_TRIAGE, "退回重新审批")
			.andExpect(status().isConflict());
		assertThat(statusOf(c)).isEqualTo("ACCEPTED");
	}

	@Test
	void shouldTransferTheTriageOnlyToACertifiedInspectorOfTheBureauAndTheComplaintFollows() throws Exception {
		ComplaintView c = report();
		Task triage = task(c, ComplaintService.TASK_TRIAGE);
		verbs.transfer("yuhu.inspector1", triage.getId(), "yuhu.leader", "外出培训").andExpect(status().isConflict());
		verbs.transfer("yuhu.inspector1", triage.getId(), "yuetang.inspector1", "外出培训").andExpect(status().isConflict());
		verbs.transfer("yuhu.inspector1", triage.getId(), "yuhu.inspector3", "外出培训").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("统计执法证")));
		verbs.transfer("yuhu.inspector1", triage.getId(), "yuhu.inspector2", "外出培训一周，请代为分办").andExpect(status().isNoContent());
		assertThat(task(c, ComplaintService.TASK_TRIAGE).getAssignee()).isEqualTo("yuhu.inspector2");
		// whoever holds the triage handles the complaint
		assertThat(jdbc.queryForObject("SELECT handler FROM complaint WHERE id = ?", String.class, c.id())).isEqualTo("yuhu.inspector2");
	}

	@Test
	void shouldDelegateTheApprovalAndBringItBackToTheLeader() throws Exception {
		ComplaintView c = triaged();
		Task approve = task(c, ComplaintService.TASK_APPROVE_TRIAGE);
		verbs.delegate("yuhu.leader", approve.getId(), "yuhu.inspector2", "请核实").andExpect(status().isConflict());
		verbs.delegate("yuhu.leader", approve.getId(), "yuhu.director", "请局长把关告知内容").andExpect(status().isNoContent());
		assertThat(task(c, ComplaintService.TASK_APPROVE_TRIAGE).getAssignee()).isEqualTo("yuhu.director");
		verbs.resolve("yuhu.director", approve.getId(), "告知内容妥当").andExpect(status().isNoContent());
		Task back = task(c, ComplaintService.TASK_APPROVE_TRIAGE);
		assertThat(back.getAssignee()).isEqualTo("yuhu.leader");
		assertThat(back.getDelegationState()).isEqualTo(org.camunda.bpm.engine.task.DelegationState.RESOLVED);
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, "同意受理"));
		assertThat(statusOf(c)).isEqualTo("ACCEPTED");
	}

	@Test
	void shouldCopyTheComplaintAndUrgeTheApproverOnceADay() throws Exception {
		ComplaintView c = triaged();
		Task approve = task(c, ComplaintService.TASK_APPROVE_TRIAGE);
		verbs.copy("yuhu.leader", approve.getId(), "yuhu.legal", "供参阅").andExpect(status().isCreated());
		verbs.copies("yuhu.legal").andExpect(jsonPath("$.items[0].readLabel").value("未阅"))
			.andExpect(jsonPath("$.items[0].taskName").value("审批举报分办"));
		verbs.urge("yuhu.inspector1", approve.getId(), "受理告知期限临近，请尽快审批").andExpect(status().isNoContent());
		verbs.urge("yuhu.inspector2", approve.getId(), "受理告知期限临近，请尽快审批").andExpect(status().isConflict());
		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusDays(1).atTime(9, 30).atZone(AppClock.ZONE).toInstant()));
		verbs.urge("yuhu.inspector2", approve.getId(), "受理告知期限临近，请尽快审批").andExpect(status().isNoContent());
	}

}

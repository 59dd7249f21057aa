package cn.statenforce.complaint;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.BatchApprovals;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * 批量审批 in 待办, on the complaint's 审批举报分办 (an approval with no per-record input, marked in complaint.bpmn): the
 * leader agrees to several triages with one opinion; each is done on its own through the same step as a single
 * approval, so a triage a colleague has already claimed and a step that is not an approval (举报分办) fail with their
 * reason while the others pass and stay passed. The penalty decision approval is never marked.
 */
@StatEnforceTest
class ComplaintBatchApprovalTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	RepositoryService repository;

	@Autowired
	ComplaintService complaints;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	BatchApprovals batch;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	TaskVerbCalls verbs;

	@BeforeEach
	void setUp() {
		verbs = new TaskVerbCalls(mvc);
	}

	private ComplaintView report(int skip, String content) {
		Enterprise unit = enterprises.search(f.as("yuhu.inspector1"), null, 1, 100).items().stream()
			.filter(e -> "ORGANIZATION".equals(e.partyType())).skip(skip).findFirst().orElseThrow();
		return complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("MAIL", AppClock.now().minusHours(3),
				unit.name(), "湘潭市雨湖区", content, false, "上官云飞", "13607315566", null, "湘潭市雨湖区人民路99号"), List.of());
	}

	private ComplaintView triaged(int skip, String content) {
		ComplaintView c = report(skip, content);
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "反映问题具体，属统计违法举报", null,
				"您的举报已受理，我局将依法核查。", "PHONE"));
		return c;
	}

	private Task open(ComplaintView c, String key) {
		String pid = jdbc.queryForObject("SELECT process_instance_id FROM complaint WHERE id = ?", String.class, c.id());
		return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).active().singleResult();
	}

	private String statusOf(ComplaintView c) {
		return jdbc.queryForObject("SELECT status FROM complaint WHERE id = ?", String.class, c.id());
	}

	@Test
	void shouldApproveEachTriageOnItsOwnAndReportTheOneThatFails() throws Exception {
		ComplaintView a = triaged(7, "来信反映该公司2025年营业收入统计数据虚报。");
		ComplaintView b = triaged(8, "来信反映该公司拒报2025年劳动工资统计报表。");
		ComplaintView taken = triaged(9, "来信反映该公司篡改2025年能源统计原始记录。");
		ComplaintView untriaged = report(10, "来信反映该公司统计台账与财务账不符。");
		Task takenTask = open(taken, ComplaintService.TASK_APPROVE_TRIAGE);
		verbs.claim("yuhu.director", takenTask.getId()).andExpect(status().isOk());
		List<String> ids = List.of(open(a, ComplaintService.TASK_APPROVE_TRIAGE).getId(), takenTask.getId(),
				open(untriaged, ComplaintService.TASK_TRIAGE).getId(), open(b, ComplaintService.TASK_APPROVE_TRIAGE).getId());

		verbs.approveBatch("yuhu.leader", ids, "同意分办意见").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[0].ok").value(true)).andExpect(jsonPath("$[0].label").value("成功"))
			.andExpect(jsonPath("$[1].ok").value(false)).andExpect(jsonPath("$[1].label").value("失败"))
			.andExpect(jsonPath("$[1].reason").value(containsString("已由其他人签收")))
			.andExpect(jsonPath("$[2].ok").value(false))
			.andExpect(jsonPath("$[3].ok").value(true));
		assertThat(statusOf(a)).isEqualTo("ACCEPTED");
		assertThat(statusOf(b)).isEqualTo("ACCEPTED");
		assertThat(statusOf(taken)).isEqualTo("PROPOSED");
		assertThat(open(taken, ComplaintService.TASK_APPROVE_TRIAGE).getAssignee()).isEqualTo("yuhu.director");
		assertThat(statusOf(untriaged)).isEqualTo("RECEIVED");
		assertThat(open(untriaged, ComplaintService.TASK_TRIAGE)).isNotNull();
		// the opinion is on each record's timeline, as a single approval puts it
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = 'COMPLAINT' AND subject_id IN (?, ?) "
				+ "AND action = 'TRIAGE_APPROVED' AND opinion = '同意分办意见'", Long.class, a.id(), b.id())).isEqualTo(2);
	}

	@Test
	void shouldOfferTheBatchCheckboxOnlyForMarkedStepsAndShowTheResultsOnThePage() throws Exception {
		ComplaintView c = triaged(11, "来信反映该公司2025年统计年报从业人员数虚报。");
		Task approve = open(c, ComplaintService.TASK_APPROVE_TRIAGE);
		mvc.perform(get("/tasks").with(page(userDetails, "yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("批量审批所选")))
			.andExpect(content().string(containsString("value=\"" + approve.getId() + "\" form=\"batch-approve\"")));
		mvc.perform(post("/tasks/approve-batch").with(page(userDetails, "yuhu.leader")).with(csrf())
			.param("taskIds", approve.getId()).param("opinion", "同意"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "批量审批：成功 1 件"));
		assertThat(statusOf(c)).isEqualTo("ACCEPTED");
	}

	@Test
	void shouldMarkPlanApprovalsButNeverThePenaltyDecisionApproval() {
		assertThat(batch.marked(latest("complaint"), ComplaintService.TASK_APPROVE_TRIAGE)).isTrue();
		assertThat(batch.marked(latest("complaint"), ComplaintService.TASK_TRIAGE)).isFalse();
		assertThat(batch.marked(latest("inspection-plan"), "Task_ApprovePlan")).isTrue();
		assertThat(batch.marked(latest("inspection-plan"), "Task_DrawPlan")).isFalse();
		assertThat(batch.marked(latest("enforcement-case"), "Task_ApproveDecision")).isFalse();
		assertThat(batch.marked(latest("enforcement-case"), "Task_LegalReview")).isFalse();
		assertThat(batch.marked(latest("credit-identification"), "Task_ApproveIdentification")).isFalse();
	}

	private String latest(String key) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
	}

}

package cn.statenforce.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * The message centre follows the complaint's tasks: the leaders' to-do messages about a complaint (收到举报, 举报分办待审批)
 * stay unread while the approval waits and are cleared once it is approved or returned; the inspector's own messages
 * are cleared when they transfer the triage away, not the receiver's.
 */
@StatEnforceTest
class ComplaintTaskMessagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

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

	private ComplaintView report() {
		Enterprise unit = enterprises.search(f.as("yuhu.inspector1"), null, 1, 100).items().stream()
			.filter(e -> "ORGANIZATION".equals(e.partyType())).skip(6).findFirst().orElseThrow();
		return complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("PHONE", AppClock.now().minusHours(1),
				unit.name(), "湘潭市雨湖区", "来电反映该公司2025年能源消费量统计数据与实际不符。", false, "诸葛晓雯", "13907325678", null,
				"湘潭市雨湖区车站路6号"), List.of());
	}

	private void triage(ComplaintView c) {
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "属统计违法举报", null,
				"您的举报已受理，我局将依法核查。", "PHONE"));
	}

	private long unread(ComplaintView c, String who) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE subject_type = 'COMPLAINT' AND subject_id = ? "
				+ "AND category = 'TASK' AND recipient = ? AND read_at IS NULL", Long.class, c.id(), who);
	}

	private long all(ComplaintView c, String who) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE subject_type = 'COMPLAINT' AND subject_id = ? "
				+ "AND category = 'TASK' AND recipient = ?", Long.class, c.id(), who);
	}

	private Task open(ComplaintView c, String key) {
		String pid = jdbc.queryForObject("SELECT process_instance_id FROM complaint WHERE id = ?", String.class, c.id());
		return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).active().singleResult();
	}

	@Test
	void shouldClearTheLeadersMessagesWhenTheApprovalIsDone() {
		ComplaintView c = report();
		triage(c);
		// 收到举报 and 举报分办待审批
		assertThat(unread(c, "yuhu.leader")).isEqualTo(2);
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, "同意受理"));
		assertThat(unread(c, "yuhu.leader")).isZero();
		assertThat(all(c, "yuhu.leader")).isEqualTo(2);
	}

	@Test
	void shouldClearTheLeadersMessagesWhenTheApprovalIsReturned() throws Exception {
		ComplaintView c = report();
		triage(c);
		assertThat(unread(c, "yuhu.leader")).isEqualTo(2);
		verbs.returnTo("yuhu.leader", open(c, ComplaintService.TASK_APPROVE_TRIAGE).getId(), ComplaintService.TASK_TRIAGE,
				"请补充核实举报人反映的年度").andExpect(status().isOk());
		assertThat(unread(c, "yuhu.leader")).isZero();
	}

	@Test
	void shouldClearOnlyTheSendersMessagesWhenTheTaskIsTransferredAway() throws Exception {
		ComplaintView c = report();
		Task t = open(c, ComplaintService.TASK_TRIAGE);
		jdbc.update("INSERT INTO notification (bureau_id, recipient, category, title, body, link, subject_type, subject_id, created_at) "
				+ "VALUES (?, 'yuhu.inspector1', 'TASK', '举报待分办', '请签收分办', ?, 'COMPLAINT', ?, ?)", c.bureauId(),
				"/complaints/" + c.id(), c.id(), AppClock.now());
		verbs.transfer("yuhu.inspector1", t.getId(), "yuhu.inspector2", "外出培训，请代为分办").andExpect(status().isNoContent());
		assertThat(unread(c, "yuhu.inspector1")).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE link = ? AND recipient = 'yuhu.inspector2' "
				+ "AND read_at IS NULL", Long.class, "/tasks/" + t.getId())).isEqualTo(1);
	}

}

package cn.statenforce.leadtransfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * The approval verbs on lead-transfer.bpmn. 局长审批移送 is the first user step; once the director approves, the letter
 * number is issued and the letter sent to the receiving authority, so 登记接收机关回复 never returns to the approval and
 * the director cannot withdraw it: lead-transfer offers no return at all. 转办 of the approval only to a director of the
 * bureau (a leader is refused); 委派 of the reply to another inspector comes back to the handler; 抄送; 催办 once a day.
 */
@StatEnforceTest
class LeadTransferTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService history;

	@Autowired
	TransferService transfers;

	@Autowired
	CaseFixture f;

	TaskVerbCalls verbs;

	@BeforeEach
	void setUp() {
		verbs = new TaskVerbCalls(mvc);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private LeadTransfer registered() {
		return transfers.register(f.as("yuhu.inspector1"), LeadTransferProcessTest.standalone("DISCIPLINE_SUPERVISION",
				"询问笔录（镇统计站站长）\n企业原始台账复印件"), List.of());
	}

	private Task open(LeadTransfer t, String key) {
		return taskService.createTaskQuery().processInstanceId(t.processInstanceId()).taskDefinitionKey(key).active().singleResult();
	}

	@Test
	void shouldOfferNoReturnOrWithdrawalOnceTheLetterIsSent() throws Exception {
		LeadTransfer t = registered();
		Task approve = open(t, TransferService.TASK_APPROVE);
		verbs.claim("yuhu.director", approve.getId()).andExpect(status().isOk());
		verbs.targets("yuhu.director", approve.getId()).andExpect(jsonPath("$.length()").value(0));
		transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(true, "同意移送"));
		Task reply = open(t, TransferService.TASK_AWAIT_REPLY);
		assertThat(reply.getAssignee()).isEqualTo("yuhu.inspector1");
		verbs.targets("yuhu.inspector1", reply.getId()).andExpect(jsonPath("$.length()").value(0));
		verbs.returnTo("yuhu.inspector1", reply.getId(), TransferService.TASK_APPROVE, "请局长重新审批").andExpect(status().isConflict());
		String done = history.createHistoricTaskInstanceQuery().processInstanceId(t.processInstanceId())
			.taskDefinitionKey(TransferService.TASK_APPROVE).finished().singleResult().getId();
		verbs.withdraw("yuhu.director", done, "移送函需修改").andExpect(status().isConflict());
		assertThat(open(t, TransferService.TASK_AWAIT_REPLY).getId()).isEqualTo(reply.getId());
		assertThat(transfers.transfer(f.as("yuhu.director"), t.id()).status()).isEqualTo("SENT");
	}

	@Test
	void shouldTransferTheApprovalOnlyToADirectorOfTheBureau() throws Exception {
		LeadTransfer t = registered();
		Task approve = open(t, TransferService.TASK_APPROVE);
		verbs.claim("yuhu.director", approve.getId()).andExpect(status().isOk());
		verbs.transfer("yuhu.director", approve.getId(), "yuhu.leader", "本人回避").andExpect(status().isConflict());
		verbs.transfer("yuhu.director", approve.getId(), "yuetang.director", "本人回避").andExpect(status().isConflict());
		verbs.delegate("yuhu.director", approve.getId(), "yuhu.leader", "请把关").andExpect(status().isConflict());
		assertThat(open(t, TransferService.TASK_APPROVE).getAssignee()).isEqualTo("yuhu.director");
	}

	@Test
	void shouldTransferAndDelegateTheReplyCopyItAndUrgeOnceADay() throws Exception {
		LeadTransfer t = registered();
		transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(true, "同意移送"));
		Task reply = open(t, TransferService.TASK_AWAIT_REPLY);
		verbs.transfer("yuhu.inspector1", reply.getId(), "yuhu.inspector3", "调岗").andExpect(status().isConflict());
		verbs.delegate("yuhu.inspector1", reply.getId(), "yuhu.inspector2", "请跟踪纪委回复").andExpect(status().isNoContent());
		assertThat(open(t, TransferService.TASK_AWAIT_REPLY).getAssignee()).isEqualTo("yuhu.inspector2");
		verbs.resolve("yuhu.inspector2", reply.getId(), "已电话联系，回复函下周寄出").andExpect(status().isNoContent());
		assertThat(open(t, TransferService.TASK_AWAIT_REPLY).getAssignee()).isEqualTo("yuhu.inspector1");
		verbs.transfer("yuhu.inspector1", reply.getId(), "yuhu.inspector2", "承办人调整").andExpect(status().isNoContent());
		assertThat(open(t, TransferService.TASK_AWAIT_REPLY).getAssignee()).isEqualTo("yuhu.inspector2");
		verbs.copy("yuhu.inspector2", reply.getId(), "yuhu.leader", "供参阅").andExpect(status().isCreated());
		verbs.copies("yuhu.leader").andExpect(jsonPath("$.items[0].taskName").value("登记接收机关回复"));
		verbs.urge("yuhu.director", reply.getId(), "请尽快跟踪回复").andExpect(status().isNoContent());
		verbs.urge("yuhu.leader", reply.getId(), "请尽快跟踪回复").andExpect(status().isConflict());
		LeadTransferProcessTest.clock(AppClock.today().plusDays(1));
		verbs.urge("yuhu.leader", reply.getId(), "请尽快跟踪回复").andExpect(status().isNoContent());
	}

}

package cn.statenforce.enforcementcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.TaskReturns;

/**
 * 退回 and 撤回 on the enforcement case's process (issue 12). Expected statuses from the law as domain.md gives it: a
 * filing proposal returned by the approver goes back to the inspector's assessment of the lead (线索待核查); a decision
 * returned by the approver goes back to the investigation (补充调查, 调查取证) and a report made again follows it.
 */
@StatEnforceTest
class CaseReturnTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	TaskReturns returns;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	NotificationService notifications;

	@Autowired
	ActivityLog activity;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private EnforcementCase atFilingApproval() {
		EnforcementCase c = f.lead(AppClock.today().minusMonths(1));
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", f.pi(c)));
		return f.reload(c);
	}

	private Task open(EnforcementCase c) {
		List<Task> open = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).active().list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	@Test
	@DisplayName("立案审批退回核查线索：须写审批意见，状态回到线索待核查，承办人收到消息，办理记录与引擎历史完整")
	void shouldReturnAFilingProposalToTheAssessmentWithTheOpinion() {
		EnforcementCase c = atFilingApproval();
		Task approval = open(c);
		assertThat(approval.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.TASK_APPROVE_FILING);
		var leader = f.as("yuhu.leader");
		assertThat(returns.targets(leader, approval.getId())).extracting(TaskReturns.Target::name).containsExactly("核查线索");

		assertThatThrownBy(() -> returns.returnTo(leader, approval.getId(), EnforcementCaseProcess.TASK_ASSESS_LEAD, "  ", false))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("审批意见")
			.satisfies(e -> assertThat(((BadRequestException) e).field()).isEqualTo("opinion"));
		assertThatThrownBy(() -> returns.returnTo(leader, approval.getId(), EnforcementCaseProcess.TASK_INVESTIGATE, "补充", false))
			.isInstanceOf(ConflictException.class).hasMessageContaining("不是「立案审批」可以退回的环节");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt(EnforcementCaseProcess.TASK_APPROVE_FILING);

		String opinion = "请补充证据材料。当事人2026年第三季度报表与台账核对记录未附。";
		Task reopened = returns.returnTo(leader, approval.getId(), EnforcementCaseProcess.TASK_ASSESS_LEAD, opinion, false);

		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.LEAD);
		assertThat(reopened.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.TASK_ASSESS_LEAD);
		assertThat(reopened.getAssignee()).isEqualTo("yuhu.inspector1");
		assertThat(open(c).getId()).isEqualTo(reopened.getId());
		assertThat(returns.notes(reopened.getId())).singleElement().satisfies(n -> {
			assertThat(n.opinion()).isEqualTo(opinion);
			assertThat(n.fromName()).isEqualTo("立案审批");
			assertThat(n.toName()).isEqualTo("核查线索");
		});
		assertThat(notifications.inbox("yuhu.inspector1", true, 1, 50).items())
			.anyMatch(m -> m.body() != null && m.body().contains(opinion) && ("/tasks/" + reopened.getId()).equals(m.link()));
		assertThat(activity.timeline(EnforcementCaseProcess.SUBJECT_TYPE, c.getId()))
			.anyMatch(a -> "退回".equals(a.action()) && opinion.equals(a.opinion())
					&& a.detail().contains("从「立案审批」退回至「核查线索」"));
		// engine history: the first assessment completed, the approval cancelled (not completed), a second assessment open
		List<HistoricTaskInstance> hist = history.createHistoricTaskInstanceQuery()
			.processInstanceId(c.getProcessInstanceId()).orderByHistoricActivityInstanceStartTime().asc().list();
		assertThat(hist).extracting(HistoricTaskInstance::getTaskDefinitionKey).containsExactly(
				EnforcementCaseProcess.TASK_ASSESS_LEAD, EnforcementCaseProcess.TASK_APPROVE_FILING,
				EnforcementCaseProcess.TASK_ASSESS_LEAD);
		assertThat(hist.get(0).getDeleteReason()).isEqualTo("completed");
		assertThat(hist.get(1).getDeleteReason()).isNotEqualTo("completed");
		assertThat(hist.get(1).getEndTime()).isNotNull();

		// the process goes on from there as usual
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "已补充核对记录，建议立案"));
		execute(job("Task_CheckLimitation", f.pi(c)));
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt(EnforcementCaseProcess.TASK_APPROVE_FILING);
	}

	@Test
	@DisplayName("处罚决定审批退回调查取证（补充调查）：状态回到调查取证，不得退回至事先告知等对当事人作出的环节")
	void shouldReturnTheDecisionApprovalToTheInvestigation() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 60_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", f.pi(c)));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "程序合法"));
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局务会成员", "同意处罚"));
		Task approval = open(c);
		assertThat(approval.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.TASK_APPROVE_DECISION);
		var director = f.as("yuhu.director");
		assertThat(returns.targets(director, approval.getId())).extracting(TaskReturns.Target::name)
			.containsExactly("调查取证");
		assertThatThrownBy(() -> returns.returnTo(director, approval.getId(), EnforcementCaseProcess.TASK_PRIOR_NOTICE,
				"重新告知", false))
			.isInstanceOf(ConflictException.class);

		returns.returnTo(director, approval.getId(), EnforcementCaseProcess.TASK_INVESTIGATE, "事实不清，请补充调查。", false);

		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
		Task investigate = open(c);
		assertThat(investigate.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.TASK_INVESTIGATE);
		assertThat(investigate.getAssignee()).isEqualTo("yuhu.inspector2");
		// a report made again opens the party's windows afresh
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.PROPOSING);
		assertThat(f.reload(c).getNoticeServedOn()).isNull();
	}

	@Test
	@DisplayName("撤回：立案建议提交后领导未签收前承办人可撤回；领导签收或审批后撤回返回409")
	void shouldLetTheInspectorWithdrawUntilTheLeaderActs() {
		EnforcementCase c = atFilingApproval();
		var inspector = f.as("yuhu.inspector1");
		HistoricTaskInstance assessed = history.createHistoricTaskInstanceQuery()
			.processInstanceId(c.getProcessInstanceId()).taskDefinitionKey(EnforcementCaseProcess.TASK_ASSESS_LEAD)
			.finished().singleResult();
		assertThat(returns.withdrawable(inspector, assessed.getId())).isTrue();
		assertThat(returns.withdrawable(f.as("yuhu.inspector2"), assessed.getId())).isFalse();

		Task reopened = returns.withdraw(inspector, assessed.getId(), "核查意见有误，需修改");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.LEAD);
		assertThat(reopened.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.TASK_ASSESS_LEAD);
		assertThat(reopened.getAssignee()).isEqualTo("yuhu.inspector1");
		assertThat(open(c).getId()).isEqualTo(reopened.getId());

		// again, and this time the leader claims the approval first: 409
		f.intake.assess(inspector, c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", f.pi(c)));
		HistoricTaskInstance again = history.createHistoricTaskInstanceQuery().taskId(reopened.getId()).singleResult();
		tasks.claim(open(c).getId(), "yuhu.leader");
		assertThat(returns.withdrawable(inspector, again.getId())).isFalse();
		assertThatThrownBy(() -> returns.withdraw(inspector, again.getId(), null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("不能撤回");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);

		// once approved, the case is filed: 409 as well
		f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		assertThatThrownBy(() -> returns.withdraw(inspector, again.getId(), null)).isInstanceOf(ConflictException.class);
	}

}

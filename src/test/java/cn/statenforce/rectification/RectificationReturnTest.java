package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.TaskReturns;

/**
 * 退回 and 撤回 inside the measures' multi-instance part of a rectification plan (issue 12). domain.md: a measure goes
 * 整改中 → 申请销号 → 已销号, and the sign-off (对账销号) may send it back to the unit; a return therefore makes it
 * 已退回 and the unit works on it again, and the other measures of the plan are not touched — no task is lost or
 * duplicated. The plan's report comes after all measures: it cannot be returned into the measures' part.
 */
@StatEnforceTest
class RectificationReturnTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskReturns returns;

	RectificationFixture fx;

	CurrentUser leader;

	CurrentUser owner;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		fx = new RectificationFixture(users, plans, managementService);
		leader = fx.user(RectificationFixture.LEADER);
		owner = fx.user(RectificationFixture.OWNER);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private List<Task> open(Plan plan, String key) {
		return tasks.createTaskQuery().processInstanceId(plan.processInstanceId()).taskDefinitionKey(key).active().list();
	}

	private Task measureTask(Plan plan, String key, long measureId) {
		return open(plan, key).stream()
			.filter(t -> Long.valueOf(measureId).equals(((Number) tasks.getVariable(t.getId(), "measureId")).longValue()))
			.findFirst().orElseThrow();
	}

	@Test
	@DisplayName("对账销号退回落实整改措施：只退回本措施（已退回），另一措施的任务不变，无丢失或重复任务，整改报告不能退回进措施")
	void shouldReturnOneMeasureWithinTheMultiInstancePart() {
		Plan plan = plans.publish(leader, fx.draft(AppClock.today().plusDays(30), Category.DEADLINE, Category.DEADLINE).id());
		List<Measure> ms = plans.measures(leader, plan.id());
		Measure a = ms.get(0);
		Measure b = ms.get(1);
		assertThat(open(plan, RectificationProcess.TASK_WORK_MEASURE)).hasSize(2);
		measures.submitCompletion(owner, a.id(), "已完成执法人员培训", RectificationFixture.evidence("签到表.txt"), null, null);
		Task signOff = measureTask(plan, RectificationProcess.TASK_SIGN_OFF, a.id());
		assertThat(returns.targets(leader, signOff.getId())).extracting(TaskReturns.Target::name).containsExactly("落实整改措施");
		Task workB = measureTask(plan, RectificationProcess.TASK_WORK_MEASURE, b.id());

		String opinion = "请补充证据材料。签到表未加盖单位公章。";
		Task reopened = returns.returnTo(leader, signOff.getId(), RectificationProcess.TASK_WORK_MEASURE, opinion, false);

		assertThat(measures.measureUnchecked(a.id()).measureStatus()).isEqualTo(MeasureStatus.RETURNED);
		assertThat(measures.measureUnchecked(b.id()).measureStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(open(plan, RectificationProcess.TASK_SIGN_OFF)).isEmpty();
		assertThat(open(plan, RectificationProcess.TASK_WORK_MEASURE)).hasSize(2)
			.extracting(t -> ((Number) tasks.getVariable(t.getId(), "measureId")).longValue())
			.containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(measureTask(plan, RectificationProcess.TASK_WORK_MEASURE, b.id()).getId()).isEqualTo(workB.getId());
		assertThat(reopened.getAssignee()).isEqualTo(RectificationFixture.OWNER);
		assertThat(measures.progress(owner, a.id())).anyMatch(p -> opinion.equals(p.content()));
		// the measures' part still counts two instances: one per measure
		assertThat(runtime.getActivityInstance(plan.processInstanceId())
			.getActivityInstances(RectificationProcess.SUBPROCESS_MEASURE)).hasSize(2);

		// both measures complete and are signed off: the plan goes on to its report
		measures.submitCompletion(owner, a.id(), "已补盖公章", List.of(), null, null, "签到表已补盖公章");
		measures.signOff(leader, a.id(), true, "同意销号");
		measures.submitCompletion(owner, b.id(), "已完成", RectificationFixture.evidence("记录.txt"), null, null);
		measures.signOff(leader, b.id(), true, "同意销号");
		List<Task> report = open(plan, RectificationProcess.TASK_SUBMIT_REPORT);
		assertThat(report).hasSize(1);
		CurrentUser planLeader = fx.user(RectificationFixture.PLAN_LEADER);
		String reportId = report.get(0).getId();
		assertThatThrownBy(() -> returns.returnTo(planLeader, reportId, RectificationProcess.TASK_WORK_MEASURE, "重新整改", false))
			.isInstanceOf(ConflictException.class);
		assertThat(open(plan, RectificationProcess.TASK_WORK_MEASURE)).isEmpty();
		assertThat(open(plan, RectificationProcess.TASK_SUBMIT_REPORT)).hasSize(1);
		// history: measure a has two work steps (the first completed), one cancelled and one completed sign-off
		List<HistoricTaskInstance> signOffs = history.createHistoricTaskInstanceQuery()
			.processInstanceId(plan.processInstanceId()).taskDefinitionKey(RectificationProcess.TASK_SIGN_OFF).list();
		assertThat(signOffs).hasSize(3);
		assertThat(signOffs).filteredOn(h -> "completed".equals(h.getDeleteReason())).hasSize(2);
	}

	@Test
	@DisplayName("撤回销号申请：责任领导未办理前单位可撤回（整改中）；领导已填写意见或已销号后撤回返回409")
	void shouldLetTheUnitWithdrawItsRequestUntilTheLeaderActs() {
		Plan plan = plans.publish(leader, fx.draft(AppClock.today().plusDays(30), Category.DEADLINE, Category.DEADLINE).id());
		List<Measure> ms = plans.measures(leader, plan.id());
		Measure a = ms.get(0);
		measures.submitCompletion(owner, a.id(), "已完成", RectificationFixture.evidence("签到表.txt"), null, null);
		HistoricTaskInstance worked = history.createHistoricTaskInstanceQuery()
			.processInstanceId(plan.processInstanceId()).taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE)
			.finished().singleResult();
		assertThat(worked.getAssignee()).isEqualTo(RectificationFixture.OWNER);
		assertThat(returns.withdrawable(owner, worked.getId())).isTrue();

		Task reopened = returns.withdraw(owner, worked.getId(), "附件上传错误");
		assertThat(measures.measureUnchecked(a.id()).measureStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(open(plan, RectificationProcess.TASK_SIGN_OFF)).isEmpty();
		assertThat(open(plan, RectificationProcess.TASK_WORK_MEASURE)).hasSize(2);
		assertThat(reopened.getAssignee()).isEqualTo(RectificationFixture.OWNER);

		measures.submitCompletion(owner, a.id(), "已完成（更正附件）", RectificationFixture.evidence("签到表（盖章）.txt"), null, null);
		// the sign-off is the responsible leader's by the model: acting on it is saving an opinion on it
		Task signOff = measureTask(plan, RectificationProcess.TASK_SIGN_OFF, a.id());
		assertThat(signOff.getAssignee()).isEqualTo(RectificationFixture.LEADER);
		assertThat(returns.withdrawable(owner, reopened.getId())).isTrue();
		tasks.createComment(signOff.getId(), plan.processInstanceId(), "拟同意销号");
		assertThat(returns.withdrawable(owner, reopened.getId())).isFalse();
		assertThatThrownBy(() -> returns.withdraw(owner, reopened.getId(), null)).isInstanceOf(ConflictException.class);
		assertThat(measures.measureUnchecked(a.id()).measureStatus()).isEqualTo(MeasureStatus.SUBMITTED);
		measures.signOff(leader, a.id(), true, "同意销号");
		assertThatThrownBy(() -> returns.withdraw(owner, reopened.getId(), null)).isInstanceOf(ConflictException.class);
		assertThat(measures.measureUnchecked(a.id()).measureStatus()).isEqualTo(MeasureStatus.SIGNED_OFF);
	}

}

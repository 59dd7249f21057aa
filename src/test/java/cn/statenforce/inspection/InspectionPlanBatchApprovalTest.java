package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.process.InspectionPlanProcess;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.workbench.BatchApprovals;

/**
 * 批量审批 of inspection plans (审批检查计划 is marked in inspection-plan.bpmn): the leader approves two submitted plans
 * with one opinion, each through the plan's own approval; a 随机抽取 task ticked with them is refused (the draw needs
 * per-plan input and is not marked) and stays open; a legal reviewer, not offered the approvals, gets 失败 for each.
 */
@StatEnforceTest
class InspectionPlanBatchApprovalTest {

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	BatchApprovals batch;

	@Autowired
	TaskService taskService;

	private String task(InspectionPlan p, String key) {
		return taskService.createTaskQuery().processInstanceId(plans.get(fixture.user("yuhu.leader"), p.id()).processInstanceId())
			.taskDefinitionKey(key).active().singleResult().getId();
	}

	private InspectionPlan submitted(CurrentUser legal) {
		InspectionPlan p = plans.create(legal, fixture.command(legal, PlanType.JOINT, 2, null));
		plans.submit(legal, p.id());
		return p;
	}

	@Test
	void shouldApproveEachSubmittedPlanAndRefuseTheDrawTickedWithThem() {
		CurrentUser legal = fixture.user("yuhu.legal");
		CurrentUser leader = fixture.user("yuhu.leader");
		InspectionPlan a = submitted(legal);
		InspectionPlan b = submitted(legal);
		InspectionPlan approved = submitted(legal);
		plans.decide(leader, approved.id(), true, "同意");
		String draw = task(approved, InspectionPlanProcess.TASK_DRAW);
		List<String> ids = List.of(task(a, InspectionPlanProcess.TASK_APPROVE), draw, task(b, InspectionPlanProcess.TASK_APPROVE));

		assertThat(batch.approve(legal, ids, "同意")).extracting(BatchApprovals.Result::label).containsExactly("失败", "失败", "失败");
		assertThat(plans.get(leader, a.id()).status()).isEqualTo(PlanStatus.SUBMITTED);

		List<BatchApprovals.Result> results = batch.approve(leader, ids, "同意按计划实施");
		assertThat(results).extracting(BatchApprovals.Result::label).containsExactly("成功", "失败", "成功");
		assertThat(results.get(1).reason()).contains("随机抽取").contains("不能批量审批");
		assertThat(plans.get(leader, a.id()).status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plans.get(leader, b.id()).status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(taskService.createTaskQuery().taskId(draw).active().count()).isEqualTo(1);
	}

}

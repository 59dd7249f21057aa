package cn.statenforce.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.inspection.process.InspectionPlanProcess;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.BatchApprover;

/**
 * 批量审批 of inspection plans: 审批检查计划 (批准, as {@link InspectionPlanService#decide}) and 公开计划和结果
 * ({@link InspectionPlanService#publish}) take no per-record input; the draw and the start of inspections do (who is
 * drawn, the team) and are not marked in the model.
 */
@Component
class InspectionPlanBatchApprover implements BatchApprover {

	private final InspectionPlanService plans;

	InspectionPlanBatchApprover(InspectionPlanService plans) {
		this.plans = plans;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(InspectionPlanProcess.KEY);
	}

	@Override
	public void approve(CurrentUser user, String taskKey, Map<String, Object> variables, String opinion) {
		long planId = BatchApprover.id(variables, InspectionPlanProcess.VAR_PLAN_ID);
		switch (taskKey) {
			case InspectionPlanProcess.TASK_APPROVE -> plans.decide(user, planId, true, opinion);
			case InspectionPlanProcess.TASK_PUBLISH -> plans.publish(user, planId);
			default -> throw new ConflictException("该环节需逐件办理，不能批量审批");
		}
	}

}

package cn.statenforce.inspection.web;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.process.InspectionPlanProcess;
import cn.statenforce.inspection.process.InspectionPlanWorkflow;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.TaskForm;

/**
 * The forms of the plan's user tasks on the generic task page (审批 with an opinion, 重新提交, 抽取, 启动检查, 公开);
 * they post to the plan's own endpoints ({@code /inspection/plans/{id}/…}), which complete the task.
 */
@Component
class InspectionPlanTaskForm implements TaskForm {

	private final InspectionPlanService plans;

	private final InspectionPlanWorkflow workflow;

	InspectionPlanTaskForm(InspectionPlanService plans, InspectionPlanWorkflow workflow) {
		this.plans = plans;
		this.workflow = workflow;
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return InspectionPlanProcess.KEY.equals(processDefinitionKey);
	}

	/** A whole template, as {@code InspectionTaskForm}'s: the task page inserts a template name. */
	@Override
	public String fragment() {
		return "inspection/plan-task-form";
	}

	@Override
	public void populate(Task task, Model model) {
		var plan = plans.get(CurrentUsers.get(), workflow.planId(task));
		model.addAttribute("plan", plan);
		model.addAttribute("planTaskKey", task.getTaskDefinitionKey());
		model.addAttribute("planTopicLabel", plans.topicLabel(plan.topic()));
		model.addAttribute("planItems", plans.items(plan.id()));
		model.addAttribute("planTargets", plans.targets(plan.id()));
	}

}

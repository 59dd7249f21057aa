package cn.statenforce.inspection.web;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.document.RecordDocuments;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionResult;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.inspection.process.InspectionWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskForm;

/** The forms of the inspection's user tasks on the generic task page; they post to {@code /inspection/tasks}. */
@Component
class InspectionTaskForm implements TaskForm {

	private static final Set<String> TASKS = Set.of(InspectionProcess.TASK_SERVE_NOTICE, InspectionProcess.TASK_ONSITE,
			InspectionProcess.TASK_SUMMARY_DECISION);

	private final InspectionService inspections;

	private final InspectionPlanService plans;

	private final InspectionWorkflow workflow;

	private final RecordDocuments documents;

	InspectionTaskForm(InspectionService inspections, InspectionPlanService plans, InspectionWorkflow workflow,
			RecordDocuments documents) {
		this.documents = documents;
		this.inspections = inspections;
		this.plans = plans;
		this.workflow = workflow;
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return InspectionProcess.KEY.equals(processDefinitionKey) && TASKS.contains(taskDefinitionKey);
	}

	/**
	 * A whole template (its root is the form's div) rather than "template :: selector": the task page
	 * inserts {@code ~{${formFragment}}}, which resolves a template name only.
	 */
	@Override
	public String fragment() {
		return "inspection/task-form";
	}

	@Override
	public void populate(Task task, Model model) {
		long id = workflow.inspectionId(task);
		var inspection = inspections.getUnchecked(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("inspectionTaskKey", task.getTaskDefinitionKey());
		model.addAttribute("inspectionTaskId", task.getId());
		model.addAttribute("planItems", plans.items(inspection.planId()));
		model.addAttribute("results", InspectionResult.values());
		model.addAttribute("today", AppClock.today());
		model.addAttribute("pdfAvailable", documents.pdfAvailable());
	}

}

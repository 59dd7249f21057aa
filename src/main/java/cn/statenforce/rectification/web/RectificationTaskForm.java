package cn.statenforce.rectification.web;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.AmendmentService;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskForm;

/**
 * The forms of the rectification user tasks on the generic task page; they post to this capability's page
 * controller, which completes the task in the same transaction as the domain step.
 */
@Component
class RectificationTaskForm implements TaskForm {

	private static final Set<String> TASKS = Set.of(RectificationProcess.TASK_WORK_MEASURE, RectificationProcess.TASK_SIGN_OFF,
			RectificationProcess.TASK_APPROVE_DEADLINE_CHANGE, RectificationProcess.TASK_SUBMIT_REPORT,
			RectificationProcess.TASK_LOOK_BACK, RectificationProcess.TASK_REVIEW_MECHANISMS, RectificationProcess.TASK_RECHECK,
			RectificationProcess.TASK_APPROVE_AMENDMENT);

	private final RectificationService plans;

	private final MeasureService measures;

	private final AmendmentService amendments;

	private final RectificationWorkflow workflow;

	private final CorrectionService corrections;

	RectificationTaskForm(RectificationService plans, MeasureService measures, AmendmentService amendments,
			RectificationWorkflow workflow, CorrectionService corrections) {
		this.plans = plans;
		this.corrections = corrections;
		this.measures = measures;
		this.amendments = amendments;
		this.workflow = workflow;
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return (RectificationProcess.KEY.equals(processDefinitionKey)
				|| RectificationProcess.CORRECTION_KEY.equals(processDefinitionKey)) && TASKS.contains(taskDefinitionKey);
	}

	/**
	 * A whole (one-element) template rather than a {@code "template :: fragment"} selector: the task page inserts
	 * it with {@code ~{${formFragment}}}, which resolves a template name.
	 */
	@Override
	public String fragment() {
		return "rectification/task-form";
	}

	@Override
	public String recordFragment() {
		return "rectification/task-record";
	}

	@Override
	public void populate(Task task, Model model) {
		CurrentUser user = CurrentUsers.get();
		String businessKey = workflow.businessKey(task);
		Plan plan = plans.plan(user, plans.planByNumber(businessKey).id());
		model.addAttribute("rectTaskKey", task.getTaskDefinitionKey());
		model.addAttribute("rectPlan", plan);
		Long measureId = workflow.recordId(task, RectificationProcess.VAR_MEASURE_ID);
		Measure m = measureId != null ? measures.measure(user, measureId) : null;
		model.addAttribute("rectMeasure", m);
		if (m != null) {
			model.addAttribute("rectProblem", measures.problemOf(m));
			model.addAttribute("rectProgress", measures.progress(user, m.id()));
			model.addAttribute("rectEvidence", measures.evidence(user, m.id()));
			model.addAttribute("needsNewEvidence", measures.needsNewEvidence(m));
			model.addAttribute("evidenceRule", measures.evidenceRule());
			model.addAttribute("rectChange", measures.deadlineChanges(user, m.id()).stream()
				.filter(c -> "PENDING".equals(c.status())).findFirst().orElse(null));
		}
		if (RectificationProcess.TASK_REVIEW_MECHANISMS.equals(task.getTaskDefinitionKey())) {
			model.addAttribute("rectMechanisms", plans.mechanisms(user, plan.id()));
		}
		if (RectificationProcess.TASK_RECHECK.equals(task.getTaskDefinitionKey())) {
			model.addAttribute("rectRecheckCompanions", corrections.recheckCompanions(user, plan.id()));
			model.addAttribute("today", AppClock.today());
		}
		if (RectificationProcess.TASK_APPROVE_AMENDMENT.equals(task.getTaskDefinitionKey())) {
			Long amendmentId = workflow.recordId(task, RectificationProcess.VAR_AMENDMENT_ID);
			if (amendmentId != null) {
				var a = amendments.amendment(user, amendmentId);
				model.addAttribute("rectAmendment", a);
				model.addAttribute("rectAmendmentText", amendments.describe(a));
			}
		}
		if (RectificationProcess.TASK_LOOK_BACK.equals(task.getTaskDefinitionKey())) {
			model.addAttribute("rectProblems", plans.problems(user, plan.id()));
		}
	}

}

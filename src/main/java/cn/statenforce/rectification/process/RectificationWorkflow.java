package cn.statenforce.rectification.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The capability's workflow gateway, its only engine calls: starting the processes, the shared task step for its
 * user tasks (a measure's task among the parallel measure instances, each holding its {@code measureId}; the
 * capability checks the user's right on the plan itself, {@link TaskSteps.Acting#CHECKED_BY_CAPABILITY}), and the
 * amendment and deadline-change messages. Runs in the caller's transaction.
 */
@Component
public class RectificationWorkflow extends ProcessGateway {

	private final TaskService taskService;

	RectificationWorkflow(RuntimeService runtimeService, TaskService taskService, TaskSteps steps) {
		super(runtimeService, steps);
		this.taskService = taskService;
	}

	public String startPlan(String planNumber, long planId) {
		return start(RectificationProcess.KEY, planNumber, Map.of(RectificationProcess.VAR_PLAN_ID, planId));
	}

	public String startCorrection(String planNumber, long planId) {
		return start(RectificationProcess.CORRECTION_KEY, planNumber, Map.of(RectificationProcess.VAR_PLAN_ID, planId));
	}

	/** The active task of the given definition key for one measure of the plan's process. */
	public Optional<Task> measureTask(String processInstanceId, String taskKey, long measureId) {
		return steps.find(processInstanceId, taskKey, RectificationProcess.VAR_MEASURE_ID, measureId);
	}

	/** The active plan-level task (report, look-back, re-check). */
	public Optional<Task> planTask(String processInstanceId, String taskKey) {
		return steps.find(processInstanceId, taskKey);
	}

	/** The measure's task {@code taskKey}; 409 (naming the step as the model does) when the measure is not there. */
	public Task requireMeasureTask(String processInstanceId, String taskKey, long measureId) {
		return steps.at(processInstanceId, taskKey, RectificationProcess.VAR_MEASURE_ID, measureId);
	}

	/** The plan's task {@code taskKey}; 409 (naming the step as the model does) when the plan is not there. */
	public Task requirePlanTask(String processInstanceId, String taskKey) {
		return steps.at(processInstanceId, taskKey);
	}

	/** The task is assigned to the user or offered to them or to one of their groups. */
	public boolean isCandidate(Task task, String username) {
		return steps.isOffered(task, username);
	}

	/** A record id a task carries ({@code measureId}, {@code amendmentId}); {@code null} when it carries none. */
	public Long recordId(Task task, String variable) {
		return steps.id(task, variable);
	}

	/** The business key (plan number) of the process a task belongs to. */
	public String businessKey(Task task) {
		return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
			.getBusinessKey();
	}

	public void complete(Task task, Map<String, Object> variables) {
		taskService.complete(task.getId(), variables);
	}

	/**
	 * Completes the task as the acting user: an offered (candidate) task or one assigned to someone else (a
	 * coordinator acting for a unit) is first assigned to the actor, so it shows in the actor's 已办.
	 */
	public void complete(Task task, String actor, Map<String, Object> variables) {
		steps.complete(actor, task, variables);
	}

	/** Offers an open task to other people: one person is assigned, several are candidates. */
	public void offer(Task task, List<String> users) {
		taskService.getIdentityLinksForTask(task.getId()).stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
			.forEach(l -> taskService.deleteCandidateUser(task.getId(), l.getUserId()));
		if (users.size() == 1) {
			taskService.setAssignee(task.getId(), users.get(0));
		}
		else {
			taskService.setAssignee(task.getId(), null);
			users.forEach(u -> taskService.addCandidateUser(task.getId(), u));
		}
	}

	/** Raises an amendment request on the plan's process (event subprocess: one approval task per amendment). */
	public void requestAmendment(String processInstanceId, long amendmentId) {
		if (processInstanceId == null || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
			throw new ConflictException("整改方案当前不能变更");
		}
		runtime.createMessageCorrelation(RectificationProcess.MSG_AMENDMENT_REQUESTED)
			.processInstanceId(processInstanceId)
			.setVariable(RectificationProcess.VAR_AMENDMENT_ID, amendmentId)
			.correlate();
	}

	/** The approval task of one amendment (each task holds its amendment id as a local variable). */
	public Optional<Task> amendmentTask(String processInstanceId, long amendmentId) {
		return steps.find(processInstanceId, RectificationProcess.TASK_APPROVE_AMENDMENT,
				RectificationProcess.VAR_AMENDMENT_ID, amendmentId);
	}

	/** Raises the deadline-change message on the measure's work task (non-interrupting); 409 when it is not being worked. */
	public void requestDeadlineChange(String processInstanceId, long measureId) {
		Execution subscriber = runtime.createExecutionQuery()
			.processInstanceId(processInstanceId)
			.messageEventSubscriptionName(RectificationProcess.MSG_DEADLINE_CHANGE_REQUESTED)
			.list()
			.stream()
			.filter(e -> Objects.equals(toLong(runtime.getVariable(e.getId(), RectificationProcess.VAR_MEASURE_ID)), measureId))
			.findFirst()
			.orElseThrow(() -> new ConflictException("当前不能申请调整完成时限"));
		runtime.messageEventReceived(RectificationProcess.MSG_DEADLINE_CHANGE_REQUESTED, subscriber.getId());
	}

	/** Moves the due date shown in task lists after an approved deadline change. */
	public void setDue(Task task, Date due) {
		task.setDueDate(due);
		taskService.saveTask(task);
	}

	private static Long toLong(Object v) {
		return v instanceof Number n ? n.longValue() : null;
	}

}

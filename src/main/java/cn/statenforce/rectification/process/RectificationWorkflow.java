package cn.statenforce.rectification.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.shared.ConflictException;

/**
 * The capability's engine calls: starting the processes, finding a measure's task among the parallel
 * measure instances (each instance holds its {@code measureId}), completing tasks and correlating the
 * deadline-change message. Runs in the caller's transaction.
 */
@Component
public class RectificationWorkflow {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	RectificationWorkflow(RuntimeService runtimeService, TaskService taskService) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	public String startPlan(String planNumber, long planId) {
		ProcessInstance pi = runtimeService.startProcessInstanceByKey(RectificationProcess.KEY, planNumber,
				Map.of(RectificationProcess.VAR_PLAN_ID, planId));
		return pi.getId();
	}

	public String startCorrection(String planNumber, long planId) {
		ProcessInstance pi = runtimeService.startProcessInstanceByKey(RectificationProcess.CORRECTION_KEY, planNumber,
				Map.of(RectificationProcess.VAR_PLAN_ID, planId));
		return pi.getId();
	}

	/** The active task of the given definition key for one measure of the plan's process. */
	public Optional<Task> measureTask(String processInstanceId, String taskKey, long measureId) {
		return taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.filter(t -> Objects.equals(toLong(taskService.getVariable(t.getId(), RectificationProcess.VAR_MEASURE_ID)), measureId))
			.findFirst();
	}

	/** The active plan-level task (report, look-back, re-check). */
	public Optional<Task> planTask(String processInstanceId, String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.findFirst();
	}

	public Task requireMeasureTask(String processInstanceId, String taskKey, long measureId, String stateText) {
		return measureTask(processInstanceId, taskKey, measureId)
			.orElseThrow(() -> new ConflictException("当前不在“" + stateText + "”环节"));
	}

	public Task requirePlanTask(String processInstanceId, String taskKey, String stateText) {
		return planTask(processInstanceId, taskKey)
			.orElseThrow(() -> new ConflictException("当前不在“" + stateText + "”环节"));
	}

	/** The task is assigned to the user or offered to them or to one of their groups. */
	public boolean isCandidate(Task task, String username) {
		return username.equals(task.getAssignee())
				|| taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser(username).count() > 0;
	}

	public void complete(Task task, Map<String, Object> variables) {
		taskService.complete(task.getId(), variables);
	}

	/**
	 * Completes the task as the acting user: an offered (candidate) task or one assigned to someone else (a
	 * coordinator acting for a unit) is first assigned to the actor, so it shows in the actor's 已办.
	 */
	public void complete(Task task, String actor, Map<String, Object> variables) {
		if (actor != null && !actor.equals(task.getAssignee())) {
			taskService.setAssignee(task.getId(), actor);
		}
		taskService.complete(task.getId(), variables);
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
		if (processInstanceId == null || runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
			throw new ConflictException("整改方案当前不能变更");
		}
		runtimeService.createMessageCorrelation(RectificationProcess.MSG_AMENDMENT_REQUESTED)
			.processInstanceId(processInstanceId)
			.setVariable(RectificationProcess.VAR_AMENDMENT_ID, amendmentId)
			.correlate();
	}

	/** The approval task of one amendment (each task holds its amendment id as a local variable). */
	public Optional<Task> amendmentTask(String processInstanceId, long amendmentId) {
		return taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(RectificationProcess.TASK_APPROVE_AMENDMENT)
			.list()
			.stream()
			.filter(t -> Objects.equals(toLong(taskService.getVariable(t.getId(), RectificationProcess.VAR_AMENDMENT_ID)), amendmentId))
			.findFirst();
	}

	/** Raises the deadline-change message on the measure's work task (non-interrupting); 409 when it is not being worked. */
	public void requestDeadlineChange(String processInstanceId, long measureId) {
		Execution subscriber = runtimeService.createExecutionQuery()
			.processInstanceId(processInstanceId)
			.messageEventSubscriptionName(RectificationProcess.MSG_DEADLINE_CHANGE_REQUESTED)
			.list()
			.stream()
			.filter(e -> Objects.equals(toLong(runtimeService.getVariable(e.getId(), RectificationProcess.VAR_MEASURE_ID)), measureId))
			.findFirst()
			.orElseThrow(() -> new ConflictException("当前不能申请调整完成时限"));
		runtimeService.messageEventReceived(RectificationProcess.MSG_DEADLINE_CHANGE_REQUESTED, subscriber.getId());
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

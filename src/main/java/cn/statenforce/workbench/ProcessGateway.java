package cn.statenforce.workbench;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

import cn.statenforce.organization.CurrentUser;

/**
 * What every capability's workflow gateway ({@code <capability>.process.<Name>Workflow}) can do, so that the
 * capability's services and task forms make no engine call themselves: start a process, find and complete a user
 * step through the shared {@link TaskSteps}, read the record id a task carries, raise a message. A gateway adds
 * only what its own process needs (parallel instances, candidate changes, its messages with their variables).
 * Runs in the caller's transaction.
 */
public abstract class ProcessGateway {

	protected final RuntimeService runtime;

	protected final TaskSteps steps;

	protected ProcessGateway(RuntimeService runtime, TaskSteps steps) {
		this.runtime = runtime;
		this.steps = steps;
	}

	/** Starts {@code processKey} for a record (business key: the record's number) and returns the instance id. */
	public String start(String processKey, String businessKey, Map<String, Object> vars) {
		return runtime.startProcessInstanceByKey(processKey, businessKey, vars).getId();
	}

	/** The user task {@code taskKey} the process waits in, offered to the user (409 otherwise). */
	public Task current(CurrentUser user, String processInstanceId, String taskKey) {
		return steps.current(user, processInstanceId, taskKey);
	}

	/** Completes the step as the user with the routing variables. */
	public void complete(CurrentUser user, Task task, Map<String, Object> vars) {
		steps.complete(user, task, vars);
	}

	/** Whether the process waits in {@code taskKey}. */
	public boolean isAt(String processInstanceId, String taskKey) {
		return steps.isAt(processInstanceId, taskKey);
	}

	/** The open user tasks of the process instance. */
	public List<Task> open(String processInstanceId) {
		return steps.open(processInstanceId);
	}

	/** The record id the task's process carries in {@code variable}; {@code null} when it carries none. */
	public Long recordId(Task task, String variable) {
		return steps.id(task, variable);
	}

	/** Raises {@code message} on the process instance. */
	protected void correlate(String message, String processInstanceId, Map<String, Object> vars) {
		runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).setVariables(vars)
			.correlateWithResult();
	}

}

package cn.statenforce.workbench;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.ConflictException;

/**
 * The engine side of a user step, for capabilities whose record is not driven through the workbench's task id:
 * the step must be the process's current task (409 when it is done or not reached yet), not held by a colleague
 * (409) and offered to or held by the user (409); completing claims it first if need be. Runs in the caller's
 * transaction, so a step refused after this changes nothing.
 */
@Component
public class TaskSteps {

	private final TaskService tasks;

	TaskSteps(TaskService tasks) {
		this.tasks = tasks;
	}

	/**
	 * The active task {@code taskKey} of the process instance that the user may complete.
	 *
	 * @param stepName the step's Chinese name for the message
	 */
	public Task current(CurrentUser user, String processInstanceId, String taskKey, String stepName) {
		Task t = processInstanceId == null ? null
				: tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active()
					.singleResult();
		if (t == null) {
			throw new ConflictException("当前不在「" + stepName + "」环节（可能已办理或尚未到达）");
		}
		if (t.getAssignee() != null && !t.getAssignee().equals(user.username())) {
			throw new ConflictException("「" + stepName + "」已由其他人签收办理");
		}
		long offered = tasks.createTaskQuery().taskId(t.getId()).or().taskAssignee(user.username())
			.taskCandidateUser(user.username()).endOr().count();
		if (offered == 0) {
			throw new ConflictException("您无权办理「" + stepName + "」");
		}
		return t;
	}

	/** Whether the process is waiting in {@code taskKey}. */
	public boolean isAt(String processInstanceId, String taskKey) {
		return processInstanceId != null && tasks.createTaskQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey).active().count() > 0;
	}

	/** Claims the task for the user if it is a group task, then completes it with the routing variables. */
	public void complete(CurrentUser user, Task task, Map<String, Object> vars) {
		if (task.getAssignee() == null) {
			tasks.claim(task.getId(), user.username());
		}
		tasks.complete(task.getId(), vars);
	}

}

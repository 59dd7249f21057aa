package cn.statenforce.workbench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;

/**
 * The shared task step: the engine side of a user step of any capability's process, used by every capability
 * through its own {@code process/} gateway (which adds the capability's process key and variables). A step is
 * always the same sequence, inside the caller's transaction so that a step refused after this changes nothing:
 * <ol>
 * <li>find the open task: the process's current task {@code taskKey} ({@link #current}, 409 when it is done or
 * not reached yet), or the task the user opened by id from the workbench ({@link #byId}, 404/409);</li>
 * <li>check who may act ({@link Acting}): the engine's assignee and candidates, or the capability's own access
 * rule for the record (then the step is taken over by the actor);</li>
 * <li>the capability does its work on its record (lock, guarded update, opinion, timeline);</li>
 * <li>{@link #complete}: the task is claimed for (or handed to) the actor and completed with the routing
 * variables.</li>
 * </ol>
 * Step names in messages come from the deployed model ({@link ProcessModels}), never from a copy in Java.
 * <p>
 * Approval verbs other than completing (退回, 转办, 委派, 抄送, 催办, 撤回) belong here as further operations on an
 * open {@link Task} found by step 1 and checked by step 2, so that every capability gets them at once: 转办, 委派,
 * 催办 in {@link TaskVerbs}, 抄送 in {@link TaskCopies}, 委托代理 in {@link TaskProxies} (who may receive a task:
 * {@code TaskReceivers} and each capability's {@link TaskReceiverRule}); a task held or copied lets its holder read
 * the record ({@link TaskAccess}).
 */
@Component
public class TaskSteps {

	/** Who may act on an open step. */
	public enum Acting {

		/** The task must be assigned to the user or offered to them (as a candidate user or through a group). */
		OFFERED_TO_USER,

		/**
		 * The capability has checked the user's right on the record itself (e.g. a coordinator who acts for a
		 * unit); the engine's assignment is not consulted and the actor takes the task over on completion.
		 */
		CHECKED_BY_CAPABILITY

	}

	private final TaskService tasks;

	private final ProcessModels models;

	private final UserService users;

	TaskSteps(TaskService tasks, ProcessModels models, UserService users) {
		this.tasks = tasks;
		this.models = models;
		this.users = users;
	}

	/**
	 * The active task {@code taskKey} of the process instance that the user may complete: 409 when the process is
	 * not there, when a colleague holds the task or when it is not offered to the user.
	 */
	public Task current(CurrentUser user, String processInstanceId, String taskKey) {
		return current(user, processInstanceId, taskKey, Acting.OFFERED_TO_USER);
	}

	/** The active task {@code taskKey} of the process instance, checked as {@code acting} says (409). */
	public Task current(CurrentUser user, String processInstanceId, String taskKey, Acting acting) {
		return checked(user, at(processInstanceId, taskKey), acting);
	}

	/**
	 * The active task {@code taskKey} of the process instance whoever may act on it (409 when the process is not
	 * there): for {@link Acting#CHECKED_BY_CAPABILITY}, the caller has checked the user's right on the record.
	 */
	public Task at(String processInstanceId, String taskKey) {
		return find(processInstanceId, taskKey).orElseThrow(() -> notThere(processInstanceId, taskKey));
	}

	/** {@link #at(String, String)} among parallel instances: the one carrying {@code variable} = {@code value}. */
	public Task at(String processInstanceId, String taskKey, String variable, long value) {
		return find(processInstanceId, taskKey, variable, value).orElseThrow(() -> notThere(processInstanceId, taskKey));
	}

	/**
	 * The active task {@code taskKey} among parallel instances of the process that carries {@code variable} =
	 * {@code value} (one task per measure, per amendment, …), checked as {@code acting} says (409).
	 */
	public Task current(CurrentUser user, String processInstanceId, String taskKey, String variable, long value,
			Acting acting) {
		return checked(user, at(processInstanceId, taskKey, variable, value), acting);
	}

	/**
	 * The task the user opened from the workbench by id: 404 when it was never the user's to see, 409 when a
	 * colleague holds it or when it is not the step {@code taskKey} of a process carrying {@code variable}.
	 */
	public Task byId(CurrentUser user, String taskId, String taskKey, String variable) {
		Task t = assignedTask(user, taskId);
		if (!taskKey.equals(t.getTaskDefinitionKey()) || tasks.getVariable(taskId, variable) == null) {
			throw new ConflictException("该任务不是当前要办理的环节");
		}
		return t;
	}

	/**
	 * The task the user must have claimed (or been assigned) before completing it: 409 when it was offered
	 * to the user's groups but a colleague has claimed it, 404 when it was never the user's to see.
	 */
	public Task assignedTask(CurrentUser user, String taskId) {
		Task t = offeredTask(user, taskId);
		if (t.getAssignee() != null && !t.getAssignee().equals(user.username())) {
			throw new ConflictException("该任务已由其他人签收办理");
		}
		return t;
	}

	/** Assigned to the user, or offered to the user or their groups (claimed by anyone or not); 404 otherwise. */
	Task offeredTask(CurrentUser user, String taskId) {
		Task t = tasks.createTaskQuery().taskId(taskId).active().singleResult();
		if (t == null || !(user.username().equals(t.getAssignee()) || offeredTo(user, taskId))) {
			throw new NotFoundException("任务不存在、已办结或无权办理");
		}
		return t;
	}

	private boolean offeredTo(CurrentUser user, String taskId) {
		var account = users.findByUsername(user.username());
		Set<String> groups = account == null ? Set.of() : new HashSet<>(users.groupIds(account));
		return tasks.getIdentityLinksForTask(taskId).stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
			.anyMatch(l -> user.username().equals(l.getUserId()) || groups.contains(l.getGroupId()));
	}

	/** The active task {@code taskKey} of the process instance, if the process waits there. */
	public Optional<Task> find(String processInstanceId, String taskKey) {
		if (processInstanceId == null) {
			return Optional.empty();
		}
		return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active().list()
			.stream()
			.findFirst();
	}

	/** The active task {@code taskKey} of the instance whose scope carries {@code variable} = {@code value}. */
	public Optional<Task> find(String processInstanceId, String taskKey, String variable, long value) {
		if (processInstanceId == null) {
			return Optional.empty();
		}
		return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active().list()
			.stream()
			.filter(t -> Objects.equals(longValue(tasks.getVariable(t.getId(), variable)), value))
			.findFirst();
	}

	/** The active tasks of the process instance. */
	public List<Task> open(String processInstanceId) {
		return processInstanceId == null ? List.of()
				: tasks.createTaskQuery().processInstanceId(processInstanceId).active().list();
	}

	/** Whether the process is waiting in {@code taskKey}. */
	public boolean isAt(String processInstanceId, String taskKey) {
		return processInstanceId != null && tasks.createTaskQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey).active().count() > 0;
	}

	/** The task is assigned to the user or offered to them or to one of their groups. */
	public boolean isOffered(Task task, String username) {
		return username.equals(task.getAssignee()) || tasks.createTaskQuery().taskId(task.getId()).or()
			.taskAssignee(username).taskCandidateUser(username).endOr().count() > 0;
	}

	/**
	 * Completes the step as the user: a group task is claimed first, a task held by someone else (reachable only
	 * for {@link Acting#CHECKED_BY_CAPABILITY}) is handed to the user, so that it shows in the actor's 已办.
	 */
	public void complete(CurrentUser user, Task task, Map<String, Object> vars) {
		complete(user.username(), task, vars);
	}

	/** {@link #complete(CurrentUser, Task, Map)} for the actor's username. */
	public void complete(String username, Task task, Map<String, Object> vars) {
		if (task.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING) {
			throw new ConflictException("「" + task.getName() + "」是委派办理的任务：被委派人办理完毕后交回，由委派人办结");
		}
		if (task.getAssignee() == null) {
			tasks.claim(task.getId(), username);
		}
		else if (!task.getAssignee().equals(username)) {
			tasks.setAssignee(task.getId(), username);
		}
		tasks.complete(task.getId(), vars);
	}

	/** The Chinese name of a step as the model the process runs names it. */
	public String stepName(String processInstanceId, String taskKey) {
		return models.elementName(processInstanceId, taskKey);
	}

	/** A variable visible from the task (its own or its scope's). */
	public Object variable(Task task, String name) {
		return tasks.getVariable(task.getId(), name);
	}

	/** A record id the process carries, as seen from the task; {@code null} when the task does not carry it. */
	public Long id(Task task, String name) {
		return longValue(variable(task, name));
	}

	private Task checked(CurrentUser user, Task t, Acting acting) {
		if (acting == Acting.CHECKED_BY_CAPABILITY) {
			return t;
		}
		if (t.getAssignee() != null && !t.getAssignee().equals(user.username())) {
			throw new ConflictException("「" + t.getName() + "」已由其他人签收办理");
		}
		if (!isOffered(t, user.username())) {
			throw new ConflictException("您无权办理「" + t.getName() + "」");
		}
		return t;
	}

	private ConflictException notThere(String processInstanceId, String taskKey) {
		return new ConflictException("当前不在「" + stepName(processInstanceId, taskKey) + "」环节（可能已办理或尚未到达）");
	}

	private static Long longValue(Object v) {
		return v instanceof Number n ? n.longValue() : null;
	}

}

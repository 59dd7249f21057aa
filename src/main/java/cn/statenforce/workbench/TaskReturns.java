package cn.statenforce.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.workbench.ReturnHandler.Kind;
import cn.statenforce.workbench.ReturnHandler.StepReturn;

/**
 * 退回 and 撤回, the approval verbs that move a process back, for every capability's process at once (issue 12). Both
 * are a process instance modification of the shared task step: start before the earlier step in the scope of the
 * open task, then cancel the open task's activity instance — one token moves back within one scope, the engine's
 * history keeps the cancelled task and the completed steps. Before the engine moves, the capability's
 * {@link ReturnHandler} sets the record's status (same transaction; its refusal changes nothing).
 * <ul>
 * <li>退回: the user who may act on the open step sends it back to one of its lawful targets ({@link ReturnTargets},
 * narrowed by the handler, and completed before in the same scope), with an opinion (审批意见, required). The reopened
 * step goes to the one who did it last; they get a message with the opinion, and the task page and 待办 show it.</li>
 * <li>撤回: the user who completed a step takes it back while the next step has not been acted on (not claimed by
 * someone else, not completed, no comment saved on it); the reopened step is theirs again. 409 afterwards.</li>
 * </ul>
 * Each move is on the record's timeline (退回 / 撤回 with both step names and the opinion) and in {@code wb_task_note}.
 */
@Service
public class TaskReturns {

	/** Longest opinion kept (the note's column). */
	public static final int MAX_OPINION = 1000;

	/** A step one can go back to: element id and the model's Chinese name. */
	public record Target(String id, String name) {
	}

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final RepositoryService repository;

	private final TaskSteps steps;

	private final ProcessModels models;

	private final ReturnTargets targets;

	private final List<ReturnHandler> handlers;

	private final List<TaskSubjects> subjects;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final TaskNoteMapper notes;

	private final OpinionPhrases phrases;

	TaskReturns(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository,
			TaskSteps steps, ProcessModels models, ReturnTargets targets, List<ReturnHandler> handlers,
			List<TaskSubjects> subjects, ActivityLog activity, NotificationService notifications, TaskNoteMapper notes,
			OpinionPhrases phrases) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
		this.steps = steps;
		this.models = models;
		this.targets = targets;
		this.handlers = handlers;
		this.subjects = subjects;
		this.activity = activity;
		this.notifications = notifications;
		this.notes = notes;
		this.phrases = phrases;
	}

	/** The steps the user may return the open task to (404 when not theirs to see, 409 when a colleague holds it). */
	@Transactional(readOnly = true)
	public List<Target> targets(CurrentUser user, String taskId) {
		Task t = steps.assignedTask(user, taskId);
		return lawfulTargets(t).stream().map(id -> new Target(id, name(t, id))).toList();
	}

	/**
	 * 退回: the open task goes back to {@code targetStep} with the opinion (400 naming 审批意见 when blank, 400 naming
	 * 退回环节 when absent, 409 when the step is not a lawful target of this one). Returns the reopened task.
	 */
	@Transactional
	public Task returnTo(CurrentUser user, String taskId, String targetStep, String opinion, boolean savePhrase) {
		String text = Inputs.required("opinion", "审批意见", opinion, MAX_OPINION);
		String target = Inputs.required("targetStep", "退回环节", targetStep, 100);
		Task t = steps.assignedTask(user, taskId);
		String from = t.getTaskDefinitionKey();
		if (!lawfulTargets(t).contains(target)) {
			throw new ConflictException("「" + name(t, target) + "」不是「" + t.getName() + "」可以退回的环节");
		}
		ActivityInstance current = activityInstance(t);
		String receiver = lastDoneBy(t.getProcessInstanceId(), target, current.getParentActivityInstanceId())
			.map(HistoricTaskInstance::getAssignee).orElse(null);
		handle(Kind.RETURN, t, target, text, user);
		Task reopened = move(t, current, target, receiver);
		note(Kind.RETURN, reopened, from, target, text, user);
		if (savePhrase) {
			phrases.add(user, text);
		}
		TaskSubject s = subject(t);
		String fromName = name(t, from);
		String toName = name(t, target);
		timeline(AuditActor.user(user), s, "退回", text, "从「" + fromName + "」退回至「" + toName + "」");
		if (receiver != null && s != null && s.bureauId() != null) {
			notifications.send(s.bureauId(), List.of(receiver), new NotificationService.Message("TASK",
					"「" + toName + "」被退回：" + (s.title() == null ? businessKey(t) : s.title()),
					user.displayName() + "将「" + fromName + "」退回至「" + toName + "」。审批意见：" + text,
					"/tasks/" + reopened.getId(), s.subjectType(), s.subjectId()));
		}
		return reopened;
	}

	/**
	 * 撤回: the user takes back the step they completed ({@code doneTaskId}, from their 已办) while the next step has not
	 * been acted on (409 otherwise; 404 when the step was not theirs). Returns the reopened task, assigned to them.
	 */
	@Transactional
	public Task withdraw(CurrentUser user, String doneTaskId, String opinion) {
		String text = Inputs.optional("opinion", "撤回理由", opinion, MAX_OPINION);
		HistoricTaskInstance done = doneTask(user, doneTaskId);
		Task next = nextOf(user, done).orElseThrow(() -> new ConflictException(
				"「" + done.getName() + "」的下一环节已办理或已被签收，不能撤回"));
		ActivityInstance current = activityInstance(next);
		String from = next.getTaskDefinitionKey();
		handle(Kind.WITHDRAW, next, done.getTaskDefinitionKey(), text, user);
		Task reopened = move(next, current, done.getTaskDefinitionKey(), null);
		if (!user.username().equals(reopened.getAssignee())) {
			tasks.setAssignee(reopened.getId(), user.username());
			reopened = tasks.createTaskQuery().taskId(reopened.getId()).singleResult();
		}
		note(Kind.WITHDRAW, reopened, from, done.getTaskDefinitionKey(), text, user);
		timeline(AuditActor.user(user), subject(next), "撤回", text,
				"从「" + name(next, from) + "」撤回至「" + name(next, done.getTaskDefinitionKey()) + "」");
		return reopened;
	}

	/** Whether the user may still withdraw the step they completed ({@code doneTaskId}). */
	@Transactional(readOnly = true)
	public boolean withdrawable(CurrentUser user, String doneTaskId) {
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(doneTaskId).finished().singleResult();
		return done != null && user.username().equals(done.getAssignee()) && "completed".equals(done.getDeleteReason())
				&& nextOf(user, done).isPresent();
	}

	/** The notes on the open task (latest first): why it was returned or withdrawn. */
	@Transactional(readOnly = true)
	public List<TaskNote> notes(String taskId) {
		return named(notes.selectByTask(taskId));
	}

	/** The latest note of each of these tasks. */
	@Transactional(readOnly = true)
	public Map<String, TaskNote> latestNotes(Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return Map.of();
		}
		Map<String, TaskNote> result = new java.util.HashMap<>();
		for (TaskNote n : named(notes.selectByTasks(List.copyOf(taskIds)))) {
			result.putIfAbsent(n.taskId(), n);
		}
		return result;
	}

	/** Every return and withdrawal of a process instance, oldest first. */
	@Transactional(readOnly = true)
	public List<TaskNote> notesOfProcess(String processInstanceId) {
		return named(notes.selectByProcess(processInstanceId));
	}

	// --- the rules

	/** Model targets, narrowed by the capability's handler and to steps completed before in the same scope. */
	List<String> lawfulTargets(Task t) {
		ReturnHandler handler = handler(t).orElse(null);
		if (handler == null) {
			return List.of();
		}
		String from = t.getTaskDefinitionKey();
		List<String> model = targets.of(t.getProcessDefinitionId(), from);
		if (model.isEmpty()) {
			return List.of();
		}
		String scope = activityInstance(t).getParentActivityInstanceId();
		return model.stream().filter(to -> handler.allows(from, to))
			.filter(to -> lastDoneBy(t.getProcessInstanceId(), to, scope).isPresent())
			.toList();
	}

	/**
	 * The open task that came next after {@code done} and that the user may still take back: created since, in the
	 * same scope, with {@code done}'s step as a lawful target, nothing completed in the process since, not claimed by
	 * someone else and without a comment. Empty when there is none or more than one (parallel next steps).
	 */
	private Optional<Task> nextOf(CurrentUser user, HistoricTaskInstance done) {
		if (done.getEndTime() == null) {
			return Optional.empty();
		}
		String pid = done.getProcessInstanceId();
		boolean completedSince = history.createHistoricTaskInstanceQuery().processInstanceId(pid).finished().list()
			.stream()
			.anyMatch(h -> !h.getId().equals(done.getId()) && "completed".equals(h.getDeleteReason())
					&& h.getEndTime() != null && h.getEndTime().after(done.getEndTime()));
		if (completedSince) {
			return Optional.empty();
		}
		HistoricActivityInstance doneActivity = history.createHistoricActivityInstanceQuery().processInstanceId(pid)
			.activityId(done.getTaskDefinitionKey()).finished().list().stream()
			.filter(a -> done.getId().equals(a.getTaskId())).findFirst().orElse(null);
		if (doneActivity == null) {
			return Optional.empty();
		}
		List<Task> candidates = new ArrayList<>();
		for (Task t : steps.open(pid)) {
			if (t.getCreateTime().before(done.getEndTime())) {
				continue;
			}
			ActivityInstance ai = activityInstance(t);
			if (ai == null || !doneActivity.getParentActivityInstanceId().equals(ai.getParentActivityInstanceId())) {
				continue;
			}
			if (targets.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey()).contains(done.getTaskDefinitionKey())
					&& handler(t).map(h -> h.allows(t.getTaskDefinitionKey(), done.getTaskDefinitionKey())).orElse(false)) {
				candidates.add(t);
			}
		}
		if (candidates.size() != 1) {
			return Optional.empty();
		}
		Task next = candidates.get(0);
		return actedOn(user, next) ? Optional.empty() : Optional.of(next);
	}

	/** Claimed (or handed) to someone other than the user, or a comment saved on it. */
	private boolean actedOn(CurrentUser user, Task next) {
		if (!tasks.getTaskComments(next.getId()).isEmpty()) {
			return true;
		}
		if (next.getAssignee() == null || next.getAssignee().equals(user.username())) {
			return false;
		}
		boolean modelAssigns = models.model(next.getProcessDefinitionId())
			.getModelElementById(next.getTaskDefinitionKey()) instanceof UserTask u && u.getCamundaAssignee() != null;
		long assignments = history.createHistoricIdentityLinkLogQuery().taskId(next.getId())
			.type(IdentityLinkType.ASSIGNEE).operationType("add").count();
		return !modelAssigns || assignments > 1;
	}

	private HistoricTaskInstance doneTask(CurrentUser user, String doneTaskId) {
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(doneTaskId).singleResult();
		if (done == null || !user.username().equals(done.getAssignee())) {
			throw new NotFoundException("任务不存在或不是您办理的");
		}
		if (done.getEndTime() == null || !"completed".equals(done.getDeleteReason())) {
			throw new ConflictException("「" + done.getName() + "」尚未办理完毕，不能撤回");
		}
		return done;
	}

	/** The completed task of {@code step} in scope {@code parentActivityInstanceId}, latest first. */
	private Optional<HistoricTaskInstance> lastDoneBy(String pid, String step, String parentActivityInstanceId) {
		return history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(step).finished().list()
			.stream()
			.filter(a -> parentActivityInstanceId.equals(a.getParentActivityInstanceId()) && a.getTaskId() != null)
			.filter(a -> !a.isCanceled())
			.max(Comparator.comparing(HistoricActivityInstance::getEndTime))
			.map(a -> history.createHistoricTaskInstanceQuery().taskId(a.getTaskId()).singleResult());
	}

	// --- the engine move

	private Task move(Task from, ActivityInstance current, String toStep, String assignee) {
		String pid = from.getProcessInstanceId();
		Set<String> before = new HashSet<>();
		steps.open(pid).forEach(t -> before.add(t.getId()));
		runtime.createProcessInstanceModification(pid)
			.startBeforeActivity(toStep, current.getParentActivityInstanceId())
			.cancelActivityInstance(current.getId())
			.execute();
		List<Task> created = steps.open(pid).stream()
			.filter(t -> !before.contains(t.getId()) && toStep.equals(t.getTaskDefinitionKey())).toList();
		if (created.size() != 1) {
			throw new IllegalStateException("return to " + toStep + " opened " + created.size() + " tasks in " + pid);
		}
		Task reopened = created.get(0);
		if (reopened.getAssignee() == null && assignee != null) {
			tasks.setAssignee(reopened.getId(), assignee);
			reopened = tasks.createTaskQuery().taskId(reopened.getId()).singleResult();
		}
		return reopened;
	}

	/** The activity instance of the open task in the instance's tree. */
	private ActivityInstance activityInstance(Task t) {
		ActivityInstance found = find(runtime.getActivityInstance(t.getProcessInstanceId()), t.getTaskDefinitionKey(),
				t.getExecutionId());
		if (found == null) {
			throw new ConflictException("「" + t.getName() + "」已不在办理中");
		}
		return found;
	}

	private static ActivityInstance find(ActivityInstance node, String activityId, String executionId) {
		if (node == null) {
			return null;
		}
		if (activityId.equals(node.getActivityId()) && List.of(node.getExecutionIds()).contains(executionId)) {
			return node;
		}
		for (ActivityInstance child : node.getChildActivityInstances()) {
			ActivityInstance f = find(child, activityId, executionId);
			if (f != null) {
				return f;
			}
		}
		return null;
	}

	// --- record, timeline, notes

	private void handle(Kind kind, Task t, String toStep, String opinion, CurrentUser user) {
		ReturnHandler handler = handler(t).orElseThrow(() -> new ConflictException("该流程不支持退回或撤回"));
		handler.returned(new StepReturn(kind, processKey(t), t.getProcessInstanceId(), businessKey(t),
				t.getTaskDefinitionKey(), toStep, opinion, user.username(), tasks.getVariables(t.getId()), AuditActor.user(user)));
	}

	private Optional<ReturnHandler> handler(Task t) {
		String key = processKey(t);
		return handlers.stream().filter(h -> h.processKeys().contains(key)).findFirst();
	}

	private String processKey(Task t) {
		return repository.getProcessDefinition(t.getProcessDefinitionId()).getKey();
	}

	private String businessKey(Task t) {
		ProcessInstance p = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
		return p == null ? null : p.getBusinessKey();
	}

	private TaskSubject subject(Task t) {
		String key = processKey(t);
		String businessKey = businessKey(t);
		if (businessKey == null) {
			return null;
		}
		return subjects.stream().filter(s -> s.processKeys().contains(key)).findFirst()
			.map(s -> s.describe(List.of(businessKey)).get(businessKey)).orElse(null);
	}

	private void timeline(AuditActor actor, TaskSubject s, String action, String opinion, String detail) {
		if (s != null && s.bureauId() != null && s.subjectType() != null && s.subjectId() != null) {
			activity.record(actor, s.bureauId(), s.subjectType(), s.subjectId(), action, opinion, detail);
		}
	}

	private void note(Kind kind, Task reopened, String from, String to, String opinion, CurrentUser user) {
		notes.insert(new TaskNote(null, reopened.getProcessInstanceId(), reopened.getId(), kind.name(), from, to, opinion,
				user.username(), user.displayName(), AppClock.now(), null, null));
	}

	private List<TaskNote> named(List<TaskNote> list) {
		return list.stream().map(n -> n.named(models.elementName(n.processInstanceId(), n.fromStep()),
				models.elementName(n.processInstanceId(), n.toStep()))).toList();
	}

	private String name(Task t, String step) {
		return models.elementName(t.getProcessInstanceId(), step);
	}


}

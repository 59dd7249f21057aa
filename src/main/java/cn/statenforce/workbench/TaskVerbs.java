package cn.statenforce.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.DisplayFormats;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.workbench.TaskReceiverRule.Handover;

/**
 * The approval verbs on an open task besides completing it, the same for every capability's process (the shared
 * task step's steps 1 and 2 — find the open task, check who acts — then the verb): 转办 (the task changes hands),
 * 委派 (a colleague works it and hands it back, {@link TaskService#delegateTask}/{@link TaskService#resolveTask}; the
 * owner completes it) and 催办 (a nudge to whoever holds it, at most once a day). The receiver of a task must be
 * able to do the step ({@link TaskReceivers}); each verb is on the record's timeline and tells the receiver.
 */
@Service
public class TaskVerbs {

	static final String SUBJECT_FIELD = "receiver";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DisplayFormats.DATE_TIME_PATTERN);

	private final TaskService tasks;

	private final TaskSteps steps;

	private final TaskReceivers receivers;

	private final TaskRecords records;

	private final UserService users;

	private final BureauService bureaus;

	private final NotificationService notifications;

	private final ActivityLog activity;

	private final TaskVerbMapper mapper;

	private final TaskMessages messages;

	TaskVerbs(TaskService tasks, TaskSteps steps, TaskReceivers receivers, TaskRecords records, UserService users,
			BureauService bureaus, NotificationService notifications, ActivityLog activity, TaskVerbMapper mapper,
			TaskMessages messages) {
		this.messages = messages;
		this.tasks = tasks;
		this.steps = steps;
		this.receivers = receivers;
		this.records = records;
		this.users = users;
		this.bureaus = bureaus;
		this.notifications = notifications;
		this.activity = activity;
		this.mapper = mapper;
	}

	/** 转办: the user's open task goes to {@code receiver}, who must be able to do the step (400/409). */
	@Transactional
	public void transfer(CurrentUser user, String taskId, String receiver, String reason) {
		Task t = held(user, taskId);
		if (t.getDelegationState() == DelegationState.PENDING) {
			throw new ConflictException("「" + t.getName() + "」正在委派办理中，请待被委派人办理完毕交回后再转办");
		}
		String why = Inputs.required("reason", "转办理由", reason, 500);
		UserSummary to = receiverOf(user, receiver);
		var r = receivers.check(t, to, Handover.TRANSFER);
		tasks.setAssignee(taskId, to.username());
		messages.handedAway(t, user.username());
		timeline(AuditActor.user(user), r.subject(), "转办", why, "「" + t.getName() + "」由 " + user.displayName() + " 转给 " + to.displayName());
		tell(r.subject(), List.of(to.username()), "TASK", "转办给您的待办：" + t.getName(), user.displayName() + "：" + why, taskId);
	}

	/** 委派: a colleague works the task and hands it back ({@link #resolve}); the user stays its owner. */
	@Transactional
	public void delegate(CurrentUser user, String taskId, String receiver, String note) {
		Task t = held(user, taskId);
		if (t.getDelegationState() == DelegationState.PENDING) {
			throw new ConflictException("「" + t.getName() + "」已委派他人办理，请待其交回");
		}
		String what = Inputs.optional("note", "委派说明", note, 500);
		UserSummary to = receiverOf(user, receiver);
		var r = receivers.check(t, to, Handover.DELEGATE);
		if (t.getAssignee() == null) {
			tasks.claim(taskId, user.username());
		}
		tasks.delegateTask(taskId, to.username());
		timeline(AuditActor.user(user), r.subject(), "委派", what, "「" + t.getName() + "」由 " + user.displayName() + " 委派 " + to.displayName() + " 办理");
		tell(r.subject(), List.of(to.username()), "TASK", "委派给您办理：" + t.getName(),
				user.displayName() + (what == null ? "" : "：" + what), taskId);
	}

	/** 办理完毕交回: the delegate hands the task back to its owner, who completes it. */
	@Transactional
	public void resolve(CurrentUser user, String taskId, String note) {
		Task t = tasks.createTaskQuery().taskId(taskId).active().singleResult();
		if (t == null || !user.username().equals(t.getAssignee()) && !user.username().equals(t.getOwner())) {
			throw new NotFoundException("任务不存在、已办结或无权办理");
		}
		if (t.getDelegationState() != DelegationState.PENDING || !user.username().equals(t.getAssignee())) {
			throw new ConflictException("「" + t.getName() + "」不是委派给您办理的任务");
		}
		String what = Inputs.optional("note", "办理情况", note, 500);
		String owner = t.getOwner();
		tasks.resolveTask(taskId);
		TaskSubject s = records.subject(t);
		UserSummary o = owner == null ? null : users.byUsernames(List.of(owner)).get(owner);
		timeline(AuditActor.user(user), s, "委派办理完毕", what, "「" + t.getName() + "」由 " + user.displayName() + " 办理完毕，交回 "
				+ (o == null ? owner : o.displayName()));
		if (owner != null) {
			tell(s, List.of(owner), "TASK", "委派的任务已交回：" + t.getName(), user.displayName() + (what == null ? "" : "：" + what),
					taskId);
		}
	}

	/**
	 * 催办: a message to whoever holds (or is offered) the task, by a user who may read its record, at most once a
	 * day per task (409 naming the next time allowed).
	 */
	@Transactional
	public void urge(CurrentUser user, String taskId, String message) {
		Task t = tasks.createTaskQuery().taskId(taskId).active().singleResult();
		TaskSubject s = t == null ? null : records.subject(t);
		if (t == null || s == null || s.bureauId() == null || !bureaus.canRead(user, s.bureauId())) {
			throw new NotFoundException("任务不存在、已办结或无权催办");
		}
		String text = Inputs.required("message", "催办内容", message, 500);
		LocalDate today = AppClock.today();
		if (mapper.countUrgesOn(taskId, today) > 0) {
			throw new ConflictException("「" + t.getName() + "」今天已催办过，每个任务每天只能催办一次；下次可催办时间："
					+ today.plusDays(1).atStartOfDay().format(DAY));
		}
		List<String> to = holders(t);
		to.remove(user.username());
		if (to.isEmpty()) {
			throw new ConflictException("「" + t.getName() + "」没有可催办的办理人");
		}
		try {
			mapper.insertUrge(taskId, user.username(), today, AppClock.now(), text);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("「" + t.getName() + "」今天已催办过，下次可催办时间：" + today.plusDays(1).atStartOfDay().format(DAY));
		}
		timeline(AuditActor.user(user), s, "催办", text, "「" + t.getName() + "」由 " + user.displayName() + " 催办");
		tell(s, to, "URGE", "催办：" + t.getName(), user.displayName() + "：" + text, taskId);
	}

	/**
	 * The receiver picker of 转办 and 委派 (search as you type, by name): the enabled users of the record's bureau who may
	 * receive the open task the user holds — the step's role and bureau, the certificate for an inspector step and no
	 * veto of the capability ({@link TaskReceivers}) — at most 20. The server checks the chosen one again on submit.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> receiverOptions(CurrentUser user, String taskId, TaskReceiverRule.Handover handover, String q) {
		Task t = held(user, taskId);
		TaskSubject s = records.subject(t);
		long bureauId = s != null && s.bureauId() != null ? s.bureauId() : user.bureauId();
		Set<cn.statenforce.organization.Role> roles = receivers.stepRoles(t);
		cn.statenforce.organization.Role role = roles.size() == 1 ? roles.iterator().next() : null;
		return users.search(List.of(bureauId), role, q, 1, 100).items().stream()
			.filter(UserSummary::enabled)
			.filter(u -> !u.username().equals(user.username()))
			.filter(u -> receivers.veto(receivers.receiving(t, u, handover)).isEmpty())
			.limit(20)
			.toList();
	}

	/** Who holds an open task and whether it is delegated (for the task page); null when it is done. */
	public record State(String assignee, String owner, boolean pending, String processInstanceId) {
	}

	public State state(String taskId) {
		Task t = tasks.createTaskQuery().taskId(taskId).active().singleResult();
		return t == null ? null : new State(t.getAssignee(), t.getOwner(), t.getDelegationState() == DelegationState.PENDING,
				t.getProcessInstanceId());
	}

	/** The assignee, else every candidate user and every member of a candidate group. */
	List<String> holders(Task t) {
		Set<String> to = new LinkedHashSet<>();
		if (t.getAssignee() != null) {
			to.add(t.getAssignee());
			return new ArrayList<>(to);
		}
		for (IdentityLink l : tasks.getIdentityLinksForTask(t.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(l.getType())) {
				continue;
			}
			if (l.getUserId() != null) {
				to.add(l.getUserId());
			}
			else if (l.getGroupId() != null && l.getGroupId().matches(".+_\\d{6}")) {
				String region = l.getGroupId().substring(l.getGroupId().lastIndexOf('_') + 1);
				Bureau b = bureaus.bureauByRegionCode(region);
				TaskReceivers.role(l.getGroupId()).ifPresent(role -> {
					if (b != null) {
						users.usersWithRole(b.id(), role).stream().filter(UserSummary::enabled)
							.forEach(u -> to.add(u.username()));
					}
				});
			}
		}
		return new ArrayList<>(to);
	}

	/** The open task the user holds (assigned, or offered and not claimed by a colleague): 404/409. */
	private Task held(CurrentUser user, String taskId) {
		return steps.assignedTask(user, taskId);
	}

	private UserSummary receiverOf(CurrentUser user, String receiver) {
		String name = Inputs.required(SUBJECT_FIELD, "接收人", receiver, 64);
		UserSummary to = users.byUsernames(List.of(name)).get(name);
		if (to == null || !to.enabled()) {
			throw new BadRequestException(SUBJECT_FIELD, "接收人不存在或已停用");
		}
		if (to.username().equals(user.username())) {
			throw new BadRequestException(SUBJECT_FIELD, "接收人不能是您本人");
		}
		return to;
	}

	void timeline(AuditActor actor, TaskSubject s, String action, String opinion, String detail) {
		if (s != null && s.bureauId() != null && s.subjectType() != null && s.subjectId() != null) {
			activity.record(actor, s.bureauId(), s.subjectType(), s.subjectId(), action, opinion, detail);
		}
	}

	void tell(TaskSubject s, List<String> to, String category, String title, String body, String taskId) {
		if (s == null || s.bureauId() == null) {
			return;
		}
		notifications.send(s.bureauId(), to, new Message(category, title, body, "/tasks/" + taskId, s.subjectType(),
				s.subjectId()));
	}

}

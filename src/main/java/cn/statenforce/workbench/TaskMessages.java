package cn.statenforce.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;

/**
 * The message centre follows the tasks: the to-do messages ({@code TASK}) a capability sent about a record to the users
 * who could act on a task are cleared (marked read) when that task is done — completed, returned (退回), withdrawn
 * (撤回) — and, for the one who handed it on, when it is transferred away (转办). The rule for who is cleared: everyone
 * the task was assigned or offered to (candidate users, the members of its candidate groups, the owner of a delegated
 * task), except a user who still holds or is offered another open task of the same process (the messages are about
 * the record, and that user still has to act on it). Messages linking to the task page itself are cleared for
 * everyone when the task ends.
 */
@Component
class TaskMessages {

	private final TaskService tasks;

	private final TaskRecords records;

	private final ObjectProvider<TaskSubjects> subjects;

	private final NotificationService notifications;

	private final UserService users;

	private final BureauService bureaus;

	TaskMessages(TaskService tasks, TaskRecords records, ObjectProvider<TaskSubjects> subjects,
			NotificationService notifications, UserService users, BureauService bureaus) {
		this.tasks = tasks;
		this.records = records;
		this.subjects = subjects;
		this.notifications = notifications;
		this.users = users;
		this.bureaus = bureaus;
	}

	/** The task ended (engine listener, complete or delete): its messages are done with. */
	void taskEnded(DelegateTask task) {
		notifications.markReadByLink("/tasks/" + task.getId());
		Set<String> cleared = holders(task.getAssignee(), task.getOwner(), List.copyOf(task.getCandidates()));
		if (cleared.isEmpty()) {
			return;
		}
		for (Task other : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).active().list()) {
			if (!other.getId().equals(task.getId())) {
				cleared.removeAll(holders(other.getAssignee(), other.getOwner(), tasks.getIdentityLinksForTask(other.getId())));
			}
		}
		if (task instanceof Task t) {
			clear(t, task.getTaskDefinitionKey(), task.getVariables(), cleared);
		}
	}

	/** 转办: the user handed the task to someone else; their own messages about it are done with. */
	void handedAway(Task task, String username) {
		notifications.markReadByLink("/tasks/" + task.getId(), username);
		for (Task other : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).active().list()) {
			if (!other.getId().equals(task.getId()) && holders(other.getAssignee(), other.getOwner(),
					tasks.getIdentityLinksForTask(other.getId())).contains(username)) {
				return;
			}
		}
		clear(task, task.getTaskDefinitionKey(), tasks.getVariables(task.getId()), Set.of(username));
	}

	private void clear(Task task, String taskKey, Map<String, Object> variables, Collection<String> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		Map<String, Long> about = new LinkedHashMap<>();
		TaskSubject s = records.subject(task);
		if (s != null && s.subjectType() != null && s.subjectId() != null) {
			about.put(s.subjectType(), s.subjectId());
		}
		String key = records.processKey(task);
		for (TaskSubjects owner : subjects.orderedStream().toList()) {
			if (owner.processKeys().contains(key)) {
				about.putAll(owner.messageSubjects(taskKey, variables));
			}
		}
		about.forEach((type, id) -> notifications.markTaskMessagesRead(type, id, recipients));
	}

	/** Assignee, owner, candidate users and the enabled members of candidate groups ({@code LEADER_430302}). */
	private Set<String> holders(String assignee, String owner, Collection<? extends IdentityLink> links) {
		Set<String> to = new LinkedHashSet<>();
		if (assignee != null) {
			to.add(assignee);
		}
		if (owner != null) {
			to.add(owner);
		}
		List<String> groups = new ArrayList<>();
		for (IdentityLink l : links) {
			if (!IdentityLinkType.CANDIDATE.equals(l.getType())) {
				continue;
			}
			if (l.getUserId() != null) {
				to.add(l.getUserId());
			}
			else if (l.getGroupId() != null) {
				groups.add(l.getGroupId());
			}
		}
		for (String g : new HashSet<>(groups)) {
			if (!g.matches(".+_\\d{6}")) {
				continue;
			}
			Bureau b = bureaus.bureauByRegionCode(g.substring(g.lastIndexOf('_') + 1));
			TaskReceivers.role(g).ifPresent(role -> {
				if (b != null) {
					users.usersWithRole(b.id(), role).stream().filter(UserSummary::enabled).forEach(u -> to.add(u.username()));
				}
			});
		}
		return to;
	}

}

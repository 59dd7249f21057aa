package cn.statenforce.workbench.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.TaskCopies;
import cn.statenforce.workbench.TaskCopy;
import cn.statenforce.workbench.StartedProcesses;
import cn.statenforce.workbench.TaskFilter;
import cn.statenforce.workbench.TaskInbox;
import cn.statenforce.workbench.TaskProxies;
import cn.statenforce.workbench.TaskVerbs;

/**
 * What the fragment {@code workbench/task-verbs-hand} shows on a task page ({@code ${@taskVerbViews.of(taskId)}}),
 * so that the task page's controller needs no change: delegation state, whom a proxy acts for, the copies made in
 * the process with their read status.
 */
@Component("taskVerbViews")
public class TaskVerbViews {

	private final TaskVerbs verbs;

	private final TaskCopies copies;

	private final TaskProxies proxies;

	private final TaskInbox inbox;

	private final StartedProcesses started;

	TaskVerbViews(TaskVerbs verbs, TaskCopies copies, TaskProxies proxies, TaskInbox inbox, StartedProcesses started) {
		this.inbox = inbox;
		this.started = started;
		this.verbs = verbs;
		this.copies = copies;
		this.proxies = proxies;
	}

	public record View(boolean delegatedToMe, boolean delegatedByMe, String actingFor, List<TaskCopy> copies) {
	}

	/** The counts on the tabs 待办 / 已办 / 我发起 / 抄送我 (unread copies). */
	public record Tabs(long todo, long done, long started, long copiesUnread) {
	}

	public Tabs tabs() {
		CurrentUser user = CurrentUsers.get();
		return new Tabs(inbox.todo(user, new TaskFilter(null, null, 1, 1)).total(),
				inbox.done(user, new TaskFilter(null, null, 1, 1)).total(), started.count(user),
				copies.unreadCount(user));
	}

	/** Task id → whom a proxy acts for, for the rows of 待办. */
	public java.util.Map<String, String> actingFor(List<cn.statenforce.workbench.TaskRow> rows) {
		return proxies.actingFor(rows.stream().map(cn.statenforce.workbench.TaskRow::taskId).toList());
	}

	public View of(String taskId) {
		CurrentUser user = CurrentUsers.get();
		TaskVerbs.State s = verbs.state(taskId);
		if (s == null) {
			return new View(false, false, null, List.of());
		}
		return new View(s.pending() && user.username().equals(s.assignee()), s.pending() && user.username().equals(s.owner()),
				proxies.actingFor(List.of(taskId)).get(taskId), copies.ofProcess(s.processInstanceId()));
	}

}

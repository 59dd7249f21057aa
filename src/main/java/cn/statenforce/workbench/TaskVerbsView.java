package cn.statenforce.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUsers;

/**
 * What the 退回 / 撤回 fragment ({@code workbench/task-verbs-return.html}) shows, read by the template as
 * {@code @taskVerbsView}: so the task page and the lists need no change of their controllers.
 */
@Component("taskVerbsView")
public class TaskVerbsView {

	private final TaskReturns returns;

	private final OpinionPhrases phrases;

	TaskVerbsView(TaskReturns returns, OpinionPhrases phrases) {
		this.returns = returns;
		this.phrases = phrases;
	}

	/** Lawful return targets of the open task for the signed-in user (empty when none or not theirs). */
	public List<TaskReturns.Target> targets(String taskId) {
		try {
			return returns.targets(CurrentUsers.get(), taskId);
		}
		catch (RuntimeException e) {
			return List.of();
		}
	}

	/** The notes (退回 / 撤回 with opinions) on the open task, latest first. */
	public List<TaskNote> notes(String taskId) {
		return returns.notes(taskId);
	}

	/** The latest note of each listed task, for 待办. */
	public Map<String, TaskNote> latestNotes(Collection<String> taskIds) {
		return returns.latestNotes(taskIds);
	}

	/** Whether the signed-in user may still withdraw this completed task of theirs. */
	public boolean withdrawable(String doneTaskId) {
		return returns.withdrawable(CurrentUsers.get(), doneTaskId);
	}

	/** 常用意见 of the signed-in user. */
	public List<OpinionPhrase> phrases() {
		return phrases.of(CurrentUsers.get());
	}

}

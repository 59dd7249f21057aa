package cn.statenforce.workbench;

import java.time.LocalDateTime;

/**
 * One line of a task list. {@code workingDaysLeft} is null without a due date, negative when overdue;
 * {@code provisional} when the due date lies in (or beyond) a year whose holiday arrangement is not confirmed yet.
 */
public record TaskRow(String taskId, String name, String processKey, String processName, String businessKey,
		String processInstanceId, TaskSubject subject, String assignee, String assigneeName, LocalDateTime created,
		LocalDateTime due, LocalDateTime ended, Integer workingDaysLeft, boolean provisional) {

	public boolean isOverdue() {
		return workingDaysLeft != null && due != null && ended == null && due.isBefore(cn.statenforce.shared.AppClock.now());
	}

	/** The number a person uses: the record's own number (a case's 案号) when its capability gives one, else the business key. */
	public String displayNumber() {
		return subject != null && subject.number() != null ? subject.number() : businessKey;
	}

	public boolean isClaimable() {
		return assignee == null && ended == null;
	}

}

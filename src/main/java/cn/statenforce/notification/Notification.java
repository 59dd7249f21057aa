package cn.statenforce.notification;

import java.time.LocalDateTime;

/** One in-app message to one user. */
public record Notification(Long id, Long bureauId, String recipient, String category, String title, String body,
		String link, String subjectType, Long subjectId, LocalDateTime createdAt, LocalDateTime readAt) {

	public boolean isRead() {
		return readAt != null;
	}

	/** Chinese label of the category for the UI. */
	public String categoryLabel() {
		return switch (category) {
			case "TASK" -> "待办";
			case "REMINDER" -> "提醒";
			case "OVERDUE" -> "逾期";
			case "ESCALATION" -> "督办";
			case "COPY" -> "抄送";
			case "URGE" -> "催办";
			default -> "通知";
		};
	}

}

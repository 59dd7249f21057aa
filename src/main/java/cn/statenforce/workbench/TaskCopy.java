package cn.statenforce.workbench;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 抄送/传阅: a read-only copy of a task's record to a user, with its read status. While it is not removed the
 * recipient may read the record whatever the bureau scoping says ({@link TaskAccess}).
 */
public record TaskCopy(Long id, Long bureauId, String taskId, String processInstanceId, String processKey,
		String businessKey, String taskName, String subjectType, Long subjectId, String link, String sender,
		String senderName, String recipient, String recipientName, String note, LocalDateTime createdAt,
		LocalDateTime readAt, LocalDateTime removedAt) {

	public boolean isRead() {
		return readAt != null;
	}

	/** 已阅 / 未阅 for the lists. */
	@JsonProperty("readLabel")
	public String readLabel() {
		return readAt != null ? "已阅" : "未阅";
	}

}

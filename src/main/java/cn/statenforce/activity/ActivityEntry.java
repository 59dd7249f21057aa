package cn.statenforce.activity;

import java.time.LocalDateTime;

/** One step in a record's timeline. {@code action} is a code; {@code actionLabel} its Chinese text. */
public record ActivityEntry(Long id, Long bureauId, String subjectType, Long subjectId, String action, String actor,
		String actorName, String opinion, String detail, LocalDateTime occurredAt) {
}

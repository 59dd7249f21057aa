package cn.statenforce.operations;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A background step that failed and stopped (异常流程), as the bureau's ADMIN sees it: the record it belongs to, the
 * step (its Chinese name in the model), when, the cause in Chinese and, for the ADMIN only behind a toggle, the
 * technical lines (exception class and message, never the stack trace).
 */
public record FailedStep(String id, String recordNumber, String recordTitle, String partyName, String link,
		String processName, String stepName, LocalDateTime occurredAt, String cause, List<String> technical) {
}

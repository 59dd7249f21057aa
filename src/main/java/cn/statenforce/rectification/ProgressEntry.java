package cn.statenforce.rectification;

import java.time.LocalDateTime;

/**
 * One entry of a measure's progress history: a report, the completion, a sign-off, a return, a reopening, a deadline
 * change or an amendment. {@code onBehalfOf} names the unit when the plan's coordinator entered it for a unit (代录).
 */
public record ProgressEntry(Long id, Long measureId, String kind, String content, String actor, String actorName,
		LocalDateTime occurredAt, String onBehalfOf) {

	public String kindLabel() {
		return switch (kind) {
			case "PROGRESS" -> "进展报告";
			case "COMPLETION" -> "申请销号";
			case "SIGN_OFF" -> "对账销号";
			case "RETURN" -> "退回";
			case "REOPEN" -> "回头看重新整改";
			case "DEADLINE" -> "调整完成时限";
			case "AMENDMENT" -> "变更";
			default -> kind;
		};
	}

}

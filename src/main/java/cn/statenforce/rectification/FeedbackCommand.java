package cn.statenforce.rectification;

import java.time.LocalDate;

/**
 * A feedback as received: source, source body (反馈单位), date received, document number; the plan leader
 * (default: the registering leader) and optional due dates overriding the configured periods.
 */
public record FeedbackCommand(String source, String sourceBody, LocalDate receivedOn, String documentNumber,
		String title, String planLeader, LocalDate planDue, LocalDate reportDue) {
}

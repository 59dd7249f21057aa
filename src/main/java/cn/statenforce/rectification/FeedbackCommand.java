package cn.statenforce.rectification;

import java.time.LocalDate;

/**
 * A feedback as received: source, source body (反馈单位), date received, document number; the plan leader
 * (default: the registering leader), optional due dates overriding the configured periods and the coordinator
 * (整改联络人, default: the registering user) who enters progress for units without a login.
 */
public record FeedbackCommand(String source, String sourceBody, LocalDate receivedOn, String documentNumber,
		String title, String planLeader, LocalDate planDue, LocalDate reportDue, String coordinator) {

	public FeedbackCommand(String source, String sourceBody, LocalDate receivedOn, String documentNumber, String title,
			String planLeader, LocalDate planDue, LocalDate reportDue) {
		this(source, sourceBody, receivedOn, documentNumber, title, planLeader, planDue, reportDue, null);
	}

}

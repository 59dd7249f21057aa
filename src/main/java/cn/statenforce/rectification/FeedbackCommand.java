package cn.statenforce.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A feedback as received: source, source body (反馈单位), date received, document number; the plan leader
 * (default: the registering leader), optional due dates overriding the configured periods and the coordinator
 * (整改联络人, default: the registering user) who enters progress for units without a login.
 */
public record FeedbackCommand(String source,
		@NotBlank(message = "请填写反馈单位") @Size(max = 200, message = RectificationCommands.TOO_LONG) String sourceBody,
		LocalDate receivedOn, @Size(max = 100, message = RectificationCommands.TOO_LONG) String documentNumber,
		@NotBlank(message = "请填写整改事项名称") @Size(max = 300, message = RectificationCommands.TOO_LONG) String title,
		String planLeader, LocalDate planDue, LocalDate reportDue, String coordinator) {

	public FeedbackCommand(String source, String sourceBody, LocalDate receivedOn, String documentNumber, String title,
			String planLeader, LocalDate planDue, LocalDate reportDue) {
		this(source, sourceBody, receivedOn, documentNumber, title, planLeader, planDue, reportDue, null);
	}

}

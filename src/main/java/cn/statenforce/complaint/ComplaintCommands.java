package cn.statenforce.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What reporters and staff type. */
public final class ComplaintCommands {

	private ComplaintCommands() {
	}

	/** A report from the public page. */
	public record PublicSubmission(Long bureauId, String reportedUnit, String reportedPlace, String content,
			boolean anonymous, String reporterName, String reporterPhone, String reporterEmail) {
	}

	/** What the reporter keeps: the number and the one-time query code for the status page. */
	public record PublicReceipt(String complaintNumber, String queryCode, LocalDate acknowledgementDue, String bureauName) {
	}

	/** What the status page shows a reporter: no content, no other party. */
	public record PublicStatus(String complaintNumber, String statusLabel, LocalDate acknowledgementDue,
			String reply, String feedback) {
	}

	/** Staff entry of a report received by phone, mail, e-mail, visit or referral. */
	public record StaffEntry(String channel, LocalDateTime receivedAt, String reportedUnit, String reportedPlace,
			String content, boolean anonymous, String reporterName, String reporterPhone, String reporterEmail,
			String reporterAddress) {
	}

	/** 分办意见 and what the reporter is told. */
	public record Triage(String decision, String opinion, String passTo, String replyToReporter, String toldMethod) {
	}

	public record Approval(boolean approved, String opinion) {
	}

	/** 核查办理: for a lead, the directory unit and the conduct date are needed. */
	public record Handling(String result, String summary, Long enterpriseId, LocalDate conductDate, String feedback,
			String feedbackMethod) {
	}

}

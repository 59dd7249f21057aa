package cn.statenforce.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.complaint.ComplaintEnums.Channel;
import cn.statenforce.complaint.ComplaintEnums.ComplaintStatus;
import cn.statenforce.complaint.ComplaintEnums.HandlingResult;
import cn.statenforce.complaint.ComplaintEnums.ToldMethod;
import cn.statenforce.complaint.ComplaintEnums.TriageDecision;
import cn.statenforce.shared.AppClock;

/**
 * A complaint as users see it. Unless {@code reporterVisible}, the reporter fields hold no identity:
 * {@code reporterName} is 匿名 or （保密） and the contact fields are null.
 */
public record ComplaintView(Long id, Long bureauId, String complaintNumber, String channel, LocalDateTime receivedAt,
		String reportedUnit, String reportedPlace, String content, boolean anonymous, boolean reporterVisible,
		String reporterName, String reporterPhone, String reporterEmail, String reporterAddress, String status,
		String handler, String handlerName, LocalDate ackDue, String triageDecision, String triageOpinion, String passTo,
		String replyToReporter, String toldMethod, LocalDateTime triageApprovedAt, LocalDate handlingDue,
		String handlingResult, String handlingSummary, Long leadCaseId, String leadNumber, String feedback,
		String feedbackMethod, LocalDateTime closedAt, int rowVersion) {

	public static final String MASK = "（保密）";

	static ComplaintView of(Complaint c, boolean reporterVisible) {
		return new ComplaintView(c.id(), c.bureauId(), c.complaintNumber(), c.channel(), c.receivedAt(), c.reportedUnit(),
				c.reportedPlace(), c.content(), c.anonymous(), reporterVisible,
				c.anonymous() ? "匿名" : reporterVisible ? c.reporterName() : MASK, reporterVisible ? c.reporterPhone() : null,
				reporterVisible ? c.reporterEmail() : null, reporterVisible ? c.reporterAddress() : null, c.status(),
				c.handler(), c.handlerName(), c.ackDue(), c.triageDecision(), c.triageOpinion(), c.passTo(),
				c.replyToReporter(), c.toldMethod(), c.triageApprovedAt(), c.handlingDue(), c.handlingResult(),
				c.handlingSummary(), c.leadCaseId(), c.leadNumber(), c.feedback(), c.feedbackMethod(), c.closedAt(), c.rowVersion());
	}

	public String channelLabel() {
		return Channel.valueOf(channel).label();
	}

	public String statusLabel() {
		return ComplaintStatus.valueOf(status).label();
	}

	public String triageDecisionLabel() {
		return triageDecision == null ? null : TriageDecision.valueOf(triageDecision).label();
	}

	public String handlingResultLabel() {
		return handlingResult == null ? null : HandlingResult.valueOf(handlingResult).label();
	}

	public String toldMethodLabel() {
		return toldMethod == null ? null : ToldMethod.valueOf(toldMethod).label();
	}

	public String feedbackMethodLabel() {
		return feedbackMethod == null ? null : ToldMethod.valueOf(feedbackMethod).label();
	}

	public boolean isClosed() {
		return ComplaintStatus.valueOf(status).closed();
	}

	/** Past the acknowledgement deadline without an approved triage, or past the handling deadline while handled. */
	public boolean isOverdue() {
		LocalDate today = AppClock.today();
		ComplaintStatus s = ComplaintStatus.valueOf(status);
		return (s == ComplaintStatus.RECEIVED || s == ComplaintStatus.PROPOSED) && ackDue.isBefore(today)
				|| s == ComplaintStatus.ACCEPTED && handlingDue != null && handlingDue.isBefore(today);
	}

}

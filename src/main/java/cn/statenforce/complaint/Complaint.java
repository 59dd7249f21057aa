package cn.statenforce.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A complaint as stored, reporter included: it never leaves this package. Pages, the API, lists and exports get a
 * {@link ComplaintView}, whose reporter fields are filled only for those allowed to see them.
 */
record Complaint(Long id, Long bureauId, String complaintNumber, String channel, LocalDateTime receivedAt,
		String reportedUnit, String reportedPlace, String content, boolean anonymous, String reporterName,
		String reporterPhone, String reporterEmail, String reporterAddress, String registeredBy, String status,
		String handler, String handlerName, LocalDate ackDue, String triageDecision, String triageOpinion, String passTo,
		String replyToReporter, String toldMethod, String triageApprovedBy, LocalDateTime triageApprovedAt,
		LocalDate handlingDue, String handlingResult, String handlingSummary, Long enterpriseId, Long leadCaseId,
		String leadNumber, String feedback, String feedbackMethod, LocalDate remindedOn, LocalDate escalatedOn,
		LocalDateTime closedAt, String processInstanceId, int rowVersion) {
}

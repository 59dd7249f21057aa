package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One inspection of one drawn unit by its two inspectors, from the notice (统计执法检查通知书) to the
 * result. The business key of its process instance is {@code inspectionNumber}.
 */
public record Inspection(Long id, Long bureauId, Long planId, Long enterpriseId, String inspectionNumber,
		String inspector1, String inspector2, LocalDate plannedDate, LocalDate dueDate, InspectionStatus status,
		String noticeNumber, LocalDate noticeServedOn, String noticeRecipient, LocalDate inspectedOn,
		InspectionResult result, String resultSummary, String correctionMeasure, LocalDate correctionDeadline,
		Long correctionRefId, String correctionRefNumber, Boolean corrected, String recheckOpinion,
		String summaryDecisionNumber, String summaryPenalty, BigDecimal summaryFine, Long leadId, String leadNumber,
		LocalDate closedOn, LocalDateTime createdAt, LocalDateTime updatedAt, int rowVersion, String enterpriseName,
		String creditCode, String planTitle, PlanType planType) {

	public boolean isInspector(String username) {
		return username.equals(inspector1) || username.equals(inspector2);
	}

}

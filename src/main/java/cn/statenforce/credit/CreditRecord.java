package cn.statenforce.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.credit.CreditEnums.RecordStatus;

/** A serious-dishonesty record (统计严重失信记录) identified from a closed case. */
public record CreditRecord(Long id, Long bureauId, String recordNumber, Long enterpriseId, String enterpriseName,
		String creditCode, String partyType, Long caseId, String caseNumber, String decisionNumber, String basis,
		String proposedBy, String proposedByName, LocalDateTime proposedAt, String status, String approvedBy,
		String approvedByName, String approvalOpinion, LocalDate identifiedOn, LocalDate publishedFrom,
		LocalDate publishedUntil, LocalDate removedOn, String removalReason, String processInstanceId, int rowVersion) {

	public String statusLabel() {
		return RecordStatus.valueOf(status).label();
	}

	public boolean published() {
		return RecordStatus.PUBLISHED.name().equals(status);
	}

	/** The credit code as published: an organisation's in full, an individual business's masked in the middle. */
	public String publicCreditCode() {
		if ("ORGANIZATION".equals(partyType) || creditCode == null || creditCode.length() < 9) {
			return creditCode;
		}
		return creditCode.substring(0, 4) + "*".repeat(creditCode.length() - 8) + creditCode.substring(creditCode.length() - 4);
	}

}

package cn.statenforce.document;

import java.time.LocalDateTime;

/** A 文号 in the register: issued to one record, or voided (作废) with the reason; never issued twice. */
public record IssuedNumber(Long id, Long bureauId, String kind, int docYear, int seq, String docNumber,
		String subjectType, Long subjectId, String status, String voidReason, String voidedBy, LocalDateTime voidedAt,
		String issuedBy, LocalDateTime issuedAt) {

	public boolean voided() {
		return "VOIDED".equals(status);
	}

}

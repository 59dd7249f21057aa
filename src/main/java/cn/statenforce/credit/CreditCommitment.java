package cn.statenforce.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.credit.CreditEnums.CommitmentKind;

/** A credit commitment letter (信用承诺书) of an enterprise. */
public record CreditCommitment(Long id, Long bureauId, Long enterpriseId, String kind, LocalDate signedOn,
		String signatory, String content, String registeredBy, LocalDateTime registeredAt) {

	public String kindLabel() {
		return CommitmentKind.valueOf(kind).label();
	}

}

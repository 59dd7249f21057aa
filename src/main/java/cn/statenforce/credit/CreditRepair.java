package cn.statenforce.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.credit.CreditEnums.RepairKind;
import cn.statenforce.credit.CreditEnums.RepairStatus;

/** An application to remove a published record early (信用修复 or revoked basis). */
public record CreditRepair(Long id, Long bureauId, String repairNumber, Long recordId, String kind, LocalDate appliedOn,
		String applicant, String reason, String status, String registeredBy, LocalDateTime registeredAt,
		String reviewedBy, String reviewOpinion, String decidedBy, String decisionOpinion, LocalDateTime decidedAt,
		String processInstanceId, int rowVersion) {

	public String kindLabel() {
		return RepairKind.valueOf(kind).label();
	}

	public String statusLabel() {
		return RepairStatus.valueOf(status).label();
	}

}

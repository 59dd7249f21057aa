package cn.statenforce.leadtransfer;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.leadtransfer.TransferEnums.RecipientType;
import cn.statenforce.leadtransfer.TransferEnums.ReplyResult;
import cn.statenforce.leadtransfer.TransferEnums.SanctionType;
import cn.statenforce.leadtransfer.TransferEnums.TransferStatus;
import cn.statenforce.shared.AppClock;

/** One transferred lead (线索移送) with its letter, deadline and the recipient's reply. */
public record LeadTransfer(Long id, Long bureauId, String transferNumber, Long caseId, String caseNumber,
		String personName, String personPost, String personUnit, boolean partyMember, boolean publicServant,
		String conduct, String recipientType, String recipientName, String status, String handler, String handlerName,
		String approvedBy, String approvedByName, String approvalOpinion, String letterNumber, LocalDate sentOn,
		LocalDate replyDue, LocalDate remindedOn, LocalDate escalatedOn, LocalDate replyOn, String replyDocument,
		String replyResult, String sanctionType, String replySummary, String replyRecordedBy,
		String processInstanceId, LocalDateTime createdAt, int rowVersion) {

	public String recipientTypeLabel() {
		return RecipientType.valueOf(recipientType).label();
	}

	public String statusLabel() {
		return TransferStatus.valueOf(status).label();
	}

	public String replyResultLabel() {
		return replyResult == null ? null : ReplyResult.valueOf(replyResult).label();
	}

	public String sanctionTypeLabel() {
		return sanctionType == null ? null : SanctionType.valueOf(sanctionType).label();
	}

	/** Sent, not replied and past the reply deadline. */
	public boolean isOverdue() {
		return TransferStatus.SENT.name().equals(status) && replyDue != null && replyDue.isBefore(AppClock.today());
	}

}

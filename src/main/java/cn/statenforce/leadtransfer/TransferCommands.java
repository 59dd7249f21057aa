package cn.statenforce.leadtransfer;

import java.time.LocalDate;

/** What users type for a lead transfer. */
public final class TransferCommands {

	private TransferCommands() {
	}

	/**
	 * 登记移送线索. {@code caseId} links the case whose evidence list becomes the material list; {@code materials}
	 * lists further materials, one per line.
	 */
	public record Register(Long caseId, String personName, String personPost, String personUnit, boolean partyMember,
			boolean publicServant, String conduct, String recipientType, String recipientName, String materials) {
	}

	public record Approval(boolean approved, String opinion) {
	}

	/** 登记回复: the recipient's written reply. */
	public record Reply(LocalDate replyOn, String replyDocument, String replyResult, String sanctionType, String summary) {
	}

}

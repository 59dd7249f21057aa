package cn.statenforce.credit;

import java.time.LocalDate;

/** What users type for statistical credit. */
public final class CreditCommands {

	private CreditCommands() {
	}

	public record Proposal(long caseId, String basis) {
	}

	public record Approval(boolean approved, String opinion) {
	}

	/** An application for early removal, registered by staff for the enterprise. */
	public record RepairApplication(String kind, LocalDate appliedOn, String applicant, String reason) {
	}

	public record Commitment(String kind, LocalDate signedOn, String signatory, String content) {
	}

}

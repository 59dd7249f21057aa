package cn.statenforce.rectification;

import java.time.LocalDate;

/** One row of the ledger (整改台账): a measure with its problem, aspect and plan. */
public record LedgerRow(Long planId, String planNumber, Long bureauId, String source, String aspectTitle,
		Long problemId, int problemSeq, String problemDescription, String problemStatus, Long measureId, int measureSeq,
		String content, String ownerUsername, String ownerName, String leaderUsername, String leaderName,
		LocalDate deadline, String category, String requiredEvidence, String status, String latestProgress,
		boolean accountability, String planStatus, String planTitle, Long ownerId, Long leaderId, String coUnits,
		int evidenceCount) {

	/** {@link OverdueRule}. */
	public boolean isOverdueOn(LocalDate today) {
		return OverdueRule.isOverdue(PlanStatus.valueOf(planStatus).isPublished(), MeasureStatus.valueOf(status), deadline,
				today);
	}

	public boolean isLongTerm() {
		return Category.LONG_TERM.name().equals(category);
	}

	/** The deadline as ledgers write it: a date, or 长期坚持. */
	public String deadlineText() {
		return deadline == null ? Category.LONG_TERM.label() : deadline.toString();
	}

	public String statusLabel() {
		return MeasureStatus.valueOf(status).label();
	}

	public String categoryLabel() {
		return Category.valueOf(category).label();
	}

}

package cn.statenforce.rectification;

import java.time.LocalDate;

/** One row of the ledger (整改台账): a measure with its problem, aspect and plan. */
public record LedgerRow(Long planId, String planNumber, Long bureauId, String source, String aspectTitle,
		Long problemId, int problemSeq, String problemDescription, String problemStatus, Long measureId, int measureSeq,
		String content, String ownerUsername, String ownerName, String leaderUsername, String leaderName,
		LocalDate deadline, String category, String requiredEvidence, String status, String latestProgress,
		boolean accountability) {

	public boolean isOverdueOn(LocalDate today) {
		return MeasureStatus.valueOf(status).isWorkable() && today.isAfter(deadline);
	}

	public String statusLabel() {
		return MeasureStatus.valueOf(status).label();
	}

	public String categoryLabel() {
		return Category.valueOf(category).label();
	}

}

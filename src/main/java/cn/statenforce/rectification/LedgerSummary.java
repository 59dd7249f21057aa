package cn.statenforce.rectification;

/** Counts of a ledger selection: problems (closed), measures (signed off, awaiting sign-off, overdue), mechanisms. */
public record LedgerSummary(int problems, int problemsClosed, int measures, int measuresSignedOff,
		int measuresSubmitted, int measuresOverdue, int mechanisms) {

	/** Share of signed-off measures, 0–100. */
	public int progressPercent() {
		return measures == 0 ? 0 : measuresSignedOff * 100 / measures;
	}

}

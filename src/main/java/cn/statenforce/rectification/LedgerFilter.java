package cn.statenforce.rectification;

/**
 * Ledger filters; null = any. {@code owner} and {@code leader} are usernames, {@code overdue} keeps only
 * overdue measures.
 */
public record LedgerFilter(Long planId, String source, String status, String owner, String leader,
		Boolean overdue, String category) {

	public static LedgerFilter ofPlan(long planId) {
		return new LedgerFilter(planId, null, null, null, null, null, null);
	}

}

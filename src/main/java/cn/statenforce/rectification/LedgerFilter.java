package cn.statenforce.rectification;

/**
 * Ledger filters; null = any. {@code owner} and {@code leader} are logins (measures of the entries they are linked
 * to), {@code ownerId}/{@code leaderId} directory entries, {@code overdue} keeps only overdue measures
 * ({@link OverdueRule}). Without a plan, drafts and discarded plans are left out (they never count).
 */
public record LedgerFilter(Long planId, String source, String status, String owner, String leader,
		Boolean overdue, String category, Long ownerId, Long leaderId) {

	public LedgerFilter(Long planId, String source, String status, String owner, String leader, Boolean overdue,
			String category) {
		this(planId, source, status, owner, leader, overdue, category, null, null);
	}

	public static LedgerFilter ofPlan(long planId) {
		return new LedgerFilter(planId, null, null, null, null, null, null, null, null);
	}

}

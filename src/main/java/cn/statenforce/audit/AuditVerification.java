package cn.statenforce.audit;

/**
 * The result of re-walking one bureau's chain.
 *
 * @param bureauId the chain
 * @param checked entries read
 * @param intact true when every link and every entry's hash is as written and nothing is missing at the end
 * @param brokenSeq the sequence number of the first broken link, or null when intact
 * @param brokenEntryId the row id found at that place (null when the entry is missing)
 * @param problem what is wrong there, in Chinese, or null
 * @param lastSeq the chain head's sequence number (0 for an empty chain)
 * @param lastHash the chain head's hash: written down or printed, it lets a later check notice a rewritten chain
 */
public record AuditVerification(long bureauId, long checked, boolean intact, Long brokenSeq, Long brokenEntryId,
		String problem, long lastSeq, String lastHash) {

	/** One line for people: 完整（共128条） or 第5条：…. */
	public String summary() {
		return intact ? "完整（共" + checked + "条）" : "第" + brokenSeq + "条：" + problem;
	}

}

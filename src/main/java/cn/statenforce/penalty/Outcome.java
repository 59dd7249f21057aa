package cn.statenforce.penalty;

/**
 * The recommended handling. A warning always comes with an order to correct (责令改正), which is not itself a
 * penalty. {@link #CIRCULATE} (通报) is not produced by the benchmark as the main outcome: the Statistics Law lets
 * the agency circulate a violation in addition to the warning ("可以予以通报"), which the recommendation's
 * explanation says where it applies; the decision maker may still choose it.
 */
public enum Outcome {

	/** 不予行政处罚 (e.g. 《行政处罚法》第三十三条); education of the party is still required. */
	NO_PENALTY("不予处罚", 0),
	WARNING("警告", 1),
	/** 警告并处罚款: a warning plus a fine within the recommended range. */
	WARNING_AND_FINE("警告并处罚款", 3),
	/** 通报 (通报批评, 《行政处罚法》第九条); ranked between a warning and a fine. */
	CIRCULATE("通报", 2);

	private final String label;

	private final int severity;

	Outcome(String label, int severity) {
		this.label = label;
		this.severity = severity;
	}

	public String label() {
		return label;
	}

	/** Rank used for "no heavier penalty after a defence" (《行政处罚法》第四十五条): higher = heavier. */
	public int severity() {
		return severity;
	}

	public boolean involvesFine() {
		return this == WARNING_AND_FINE;
	}

}

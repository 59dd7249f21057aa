package cn.statenforce.inspection;

/** What the on-site inspection found (湘潭县执法检查流程: end of inspection). */
public enum InspectionResult {

	/** 未发现问题: file and close. */
	NO_PROBLEM("未发现问题"),
	/** 情节轻微: order to correct (责令改正) with a deadline and a re-check. */
	MINOR("责令改正"),
	/** 情节较轻: summary procedure, penalty on the spot (APL Art 51) with an order to correct (Art 28) and a re-check. */
	SUMMARY("简易程序"),
	/** 涉嫌违法 (情节较重): hand the lead over to the enforcement case capability (立案). */
	SUSPECTED("移交立案");

	private final String label;

	InspectionResult(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether the result carries a written order to correct: 责令改正 itself, and a penalty on the spot, which must
	 * order the party to correct at the same time (行政处罚法 Art 28).
	 */
	public boolean ordersCorrection() {
		return this == MINOR || this == SUMMARY;
	}

}

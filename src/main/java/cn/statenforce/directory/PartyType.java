package cn.statenforce.directory;

/** The kind of party; penalty ranges, hearing and summary-procedure thresholds depend on it. */
public enum PartyType {

	/** 法人或其他组织 */
	ORGANIZATION("法人或其他组织"),
	/** 个体工商户 */
	INDIVIDUAL_BUSINESS("个体工商户"),
	/** 公民 */
	CITIZEN("公民");

	private final String label;

	PartyType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

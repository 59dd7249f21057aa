package cn.statenforce.shared.handover;

/**
 * The capabilities that hand records over to others (an order to correct, a lead), named once: the
 * {@code originType} of {@link CorrectionOrder} and {@link LeadHandover} is one of these names, so no capability
 * spells another's name.
 */
public enum HandoverOrigin {

	/** 统计执法案件 (the enforcement case capability). */
	ENFORCEMENT_CASE("统计执法案件"),

	/** 统计执法检查 (the inspection capability). */
	INSPECTION("统计执法检查");

	private final String body;

	HandoverOrigin(String body) {
		this.body = body;
	}

	/** The issuing body as a bureau user reads it (整改来源). */
	public String body() {
		return body;
	}

}

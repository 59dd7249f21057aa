package cn.statenforce.inspection;

/** Kind of inspection plan; decides the case source a hand-over to the enforcement case carries. */
public enum PlanType {

	/** 双随机抽查 */
	RANDOM("双随机抽查", "RANDOM_INSPECTION"),
	/** 部门联合抽查: with named partner departments */
	JOINT("部门联合抽查", "RANDOM_INSPECTION"),
	/** 专项检查 */
	SPECIAL("专项检查", "SPECIAL_INSPECTION"),
	/** 重点检查 */
	KEY("重点检查", "KEY_INSPECTION");

	private final String label;

	private final String caseSource;

	PlanType(String label, String caseSource) {
		this.label = label;
		this.caseSource = caseSource;
	}

	public String label() {
		return label;
	}

	/** The case source code of {@link cn.statenforce.shared.handover.LeadHandover}. */
	public String caseSource() {
		return caseSource;
	}

}

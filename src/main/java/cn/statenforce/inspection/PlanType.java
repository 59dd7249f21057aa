package cn.statenforce.inspection;

/**
 * Kind of inspection plan; decides the case source a hand-over to the enforcement case carries. 双随机, 部门联合 and
 * 专项 checks draw their units at random from the directory; a 重点检查 is targeted: the plan names its units, each
 * with the reason, and only the inspectors are drawn.
 */
public enum PlanType {

	/** 双随机抽查 */
	RANDOM("双随机抽查", "RANDOM_INSPECTION"),
	/** 部门联合抽查: with named partner departments */
	JOINT("部门联合抽查", "RANDOM_INSPECTION"),
	/** 专项检查: on one 检查专题, units drawn within the plan's scope */
	SPECIAL("专项检查", "SPECIAL_INSPECTION"),
	/** 重点检查: on one 检查专题, units named by the plan */
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

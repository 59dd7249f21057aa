package cn.statenforce.interference;

/** The four recordable situations of the 2023 记录报告制度 (domain reference §6.1). */
public enum InterferenceType {

	/** 自行修改统计机构和统计人员依法搜集、整理的统计资料. */
	ALTER_DATA("自行修改统计机构和统计人员依法搜集、整理的统计资料"),
	/** 以任何方式要求、明示、暗示或授意提供不真实统计资料，或者篡改、伪造统计资料. */
	DEMAND_FALSE_DATA("要求、明示、暗示或授意提供不真实的统计资料，或者篡改、伪造统计资料"),
	/** 干扰、限制、阻碍统计工作，包括打听、说情统计检查、执法检查和案件查办. */
	OBSTRUCT_WORK("干扰、限制、阻碍统计工作（含打听、说情统计督察、执法检查和案件查办）"),
	/** 其他侵犯统计机构、统计人员独立行使统计职权的行为. */
	OTHER_INTRUSION("其他侵犯统计机构、统计人员独立行使职权的行为");

	private final String label;

	InterferenceType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

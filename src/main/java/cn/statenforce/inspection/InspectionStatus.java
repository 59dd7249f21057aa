package cn.statenforce.inspection;

/** Where an inspection stands; the process holds the schedule, this column the legal record. */
public enum InspectionStatus {

	/** 待送达: the inspection notice is to be served. */
	NOTICE("待送达通知书"),
	/** 现场检查: notice served, on-site inspection under way. */
	ONSITE("现场检查"),
	/** 结果处理: result recorded, follow-up (correction, summary decision, hand-over) under way. */
	RESULT("结果处理"),
	/** 已办结 */
	CLOSED("已办结");

	private final String label;

	InspectionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

package cn.statenforce.inspection;

/** Lifecycle of an inspection plan: nothing is drawn before a leader approved it. */
public enum PlanStatus {

	/** 草拟: editable by its bureau. */
	DRAFT("草拟"),
	/** 待审批: submitted to the bureau's leader. */
	SUBMITTED("待审批"),
	/** 已批准: may be drawn. */
	APPROVED("已批准"),
	/** 已抽取: a current draw exists; a leader may still order a redraw. */
	DRAWN("已抽取"),
	/** 检查中: inspections started from the current draw; no more redraws. */
	STARTED("检查中");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

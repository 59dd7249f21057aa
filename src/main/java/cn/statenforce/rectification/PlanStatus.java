package cn.statenforce.rectification;

/** The plan's lifecycle: drawn up, worked, reported, closed, looked back at; or a draft discarded. */
public enum PlanStatus {

	/** 方案制定中: feedback registered; aspects, problems and measures are being entered, imported and edited. */
	DRAFTING("方案制定中"),
	/** 整改中: published; the units work their measures. */
	IN_PROGRESS("整改中"),
	/** 待报送整改报告: every problem closed; the rectification report is due. */
	REPORT_PENDING("待报送整改报告"),
	/** 已完成整改: report submitted; awaiting the look-back (回头看). */
	CLOSED("已完成整改"),
	/** 已办结: the look-back found no rebound (or the correction was re-checked). */
	FINISHED("已办结"),
	/** 已作废: a draft given up (a wrong import, a duplicate registration); it never counts anywhere. */
	DISCARDED("已作废");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Published and not discarded: the plans that count in figures. */
	public boolean isPublished() {
		return this != DRAFTING && this != DISCARDED;
	}

}

package cn.statenforce.rectification;

/** The plan's lifecycle: drawn up, worked, reported, closed, looked back at. */
public enum PlanStatus {

	/** 方案制定中: feedback registered; aspects, problems and measures are being entered or imported. */
	DRAFTING("方案制定中"),
	/** 整改中: published; the units work their measures. */
	IN_PROGRESS("整改中"),
	/** 待报送整改报告: every problem closed; the rectification report is due. */
	REPORT_PENDING("待报送整改报告"),
	/** 已完成整改: report submitted; awaiting the look-back (回头看). */
	CLOSED("已完成整改"),
	/** 已办结: the look-back found no rebound (or the correction was re-checked). */
	FINISHED("已办结");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

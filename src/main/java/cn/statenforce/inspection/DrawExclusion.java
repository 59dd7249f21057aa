package cn.statenforce.inspection;

/** Why a unit of the directory snapshot could not be drawn. */
public enum DrawExclusion {

	/**
	 * Inspected by this bureau and found without problems within the configured window (default 12 months):
	 * a unit without suspected violation is inspected at most once a year by the same agency.
	 */
	CLEAN_RECENTLY("近期检查未发现问题"),
	/** An enforcement case against the unit is open: a lead registered and not yet closed or refused filing. */
	OPEN_CASE("在办案件"),
	/** An inspection of this bureau is still under way for the unit. */
	IN_INSPECTION("正在检查"),
	/** Fewer than two inspectors with a valid certificate remain after recusal declarations. */
	RECUSAL("回避后检查人员不足");

	private final String label;

	DrawExclusion(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

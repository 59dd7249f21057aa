package cn.statenforce.penalty;

/**
 * The circumstance tier (情节) of the discretion benchmark (three base tiers as in the Qingdao benchmark).
 * {@link #SERIOUS} covers 情节严重 of Art 44(2) as defined by 《统计法实施条例》 Art 50: violence or threats, refusal
 * or obstruction that seriously affects the work, false or incomplete data with serious consequences, or at least
 * three orders to correct within one year ({@link PenaltyRules#seriousByRepeatedOrders}).
 */
public enum Circumstance {

	MINOR("轻微"), GENERAL("一般"), SERIOUS("严重");

	private final String label;

	Circumstance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

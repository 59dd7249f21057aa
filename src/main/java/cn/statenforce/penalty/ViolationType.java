package cn.statenforce.penalty;

/**
 * A violation by a statistical survey subject (统计调查对象), named by the article of the Statistics Law that
 * describes it. The Statistics Law was renumbered on 2024-09-13: Art 44 was Art 41 and Art 45 was Art 42; conduct
 * before that date is cited (and fined) under the 2009 numbering, see {@link PenaltyRules#regimeFor}.
 */
public enum ViolationType {

	/** 《统计法》(2024) 第四十四条第一款第（一）项; (2009) 第四十一条第一款第（一）项. */
	REFUSE_OR_LATE_AFTER_REMINDER("拒绝提供统计资料或者经催报后仍未按时提供统计资料", "第四十四条第一款第（一）项", "第四十一条第一款第（一）项"),
	/** Includes 虚报 and 瞒报 (over- and under-reporting). */
	FALSE_OR_INCOMPLETE_DATA("提供不真实或者不完整的统计资料", "第四十四条第一款第（二）项", "第四十一条第一款第（二）项"),
	/** Refusing to answer, or answering untruthfully, a 统计检查查询书. */
	REFUSE_INQUIRY("拒绝答复或者不如实答复统计检查查询书", "第四十四条第一款第（三）项", "第四十一条第一款第（三）项"),
	OBSTRUCT_INSPECTION("拒绝、阻碍统计调查、统计检查", "第四十四条第一款第（四）项", "第四十一条第一款第（四）项"),
	DESTROY_RECORDS("转移、隐匿、篡改、毁弃或者拒绝提供原始记录和凭证、统计台账、统计调查表及其他相关证明和资料", "第四十四条第一款第（五）项",
			"第四十一条第一款第（五）项"),
	/** 迟报: late without a reminder; still late after a reminder (催报) is {@link #REFUSE_OR_LATE_AFTER_REMINDER}. */
	LATE_REPORTING("迟报统计资料", "第四十五条第一款", "第四十二条第一款"),
	/** The Statistics Law sanctions this only for organisations, not for 个体工商户. */
	NO_ORIGINAL_RECORDS("未按照国家有关规定设置原始记录、统计台账", "第四十五条第一款", "第四十二条第一款");

	private final String label;

	private final String article2024;

	private final String article2009;

	ViolationType(String label, String article2024, String article2009) {
		this.label = label;
		this.article2024 = article2024;
		this.article2009 = article2009;
	}

	public String label() {
		return label;
	}

	/** The article of the Statistics Law as amended on 2024-09-13, e.g. {@code 第四十四条第一款第（二）项}. */
	public String article2024() {
		return article2024;
	}

	/** The article of the 2009 Statistics Law, applied to conduct before 2024-09-13. */
	public String article2009() {
		return article2009;
	}

	/** The full citation under the given regime ({@link PenaltyRules#SL2009} or {@link PenaltyRules#SL2024}). */
	public String citation(String regime) {
		return PenaltyRules.SL2009.equals(regime) ? "《统计法》(2009)" + article2009 : "《统计法》(2024)" + article2024;
	}

	/** Art 44 (old Art 41) violations; the others are Art 45 (old Art 42). */
	public boolean isArticle44() {
		return ordinal() <= DESTROY_RECORDS.ordinal();
	}

	/**
	 * Whether the statistics agency may also circulate (予以通报) the violation: Art 44 in both laws; Art 45 only since
	 * 2024 (the 2009 Art 42 has no 通报). 通报 targets organisations, not 个体工商户.
	 */
	public boolean circulationPossible(String regime) {
		return isArticle44() || PenaltyRules.SL2024.equals(regime);
	}

}

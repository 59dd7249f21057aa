package cn.statenforce.rectification;

/**
 * 整改年度数字 of a set of bureaus. Feedback rectification (kind PLAN: 巡察, 审计, 督察 feedback) and enterprise
 * corrections (kind CORRECTION: 责令改正 tracked here) are counted apart; each figure by its own defining date. Draft
 * and discarded plans never count in any figure.
 *
 * @param year the calendar year
 * @param plansReceived feedback (反馈) received in the year (反馈日期)
 * @param problems problems listed for the feedback received in the year
 * @param problemsClosed problems of feedback rectification closed (整改完成) in the year, whichever year the feedback
 *        came, and still closed
 * @param measures measures (整改措施) listed for the feedback received in the year
 * @param measuresSignedOff measures of feedback rectification signed off (销号) in the year and still signed off
 * @param mechanisms long-term mechanisms (长效机制) established in the year
 * @param overdueMeasures measures of feedback rectification whose deadline fell in the year and that are overdue
 *        today by {@link OverdueRule} (published plan, not signed off, deadline passed; long-term measures have no
 *        deadline), the same definition the ledger counts by ({@link #OVERDUE_DEFINITION})
 * @param correctionsOpened orders to correct (责令改正) handed over for tracking in the year
 * @param corrected orders to correct found corrected at the re-check (复查) made in the year
 * @param notCorrected orders to correct found not corrected at the re-check made in the year
 */
public record RectificationAnnualFigures(int year, long plansReceived, long problems, long problemsClosed, long measures,
		long measuresSignedOff, long mechanisms, long overdueMeasures, long correctionsOpened, long corrected,
		long notCorrected) {

	/** The definition sentence of {@code overdueMeasures} for the year-end report. */
	public static final String OVERDUE_DEFINITION = "完成时限在本年内、截至今日已过完成时限仍未销号的整改措施数（仅计已发布的整改方案；"
			+ "长期坚持的措施不设完成时限，不计逾期；与整改台账的逾期口径相同）。";

}

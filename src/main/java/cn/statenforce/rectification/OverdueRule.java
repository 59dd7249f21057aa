package cn.statenforce.rectification;

import java.time.LocalDate;

/**
 * The one definition of an overdue measure (逾期), used by the ledger (rows, filter, counts, responsibility list)
 * and by the year-end figures ({@link RectificationAnnualFigures#overdueMeasures()}): a measure of a published
 * plan, not signed off, whose deadline has passed. A long-term measure (长期坚持) has no deadline and is never
 * overdue; a draft or discarded plan has no overdue measure. The SQL form is the fragment {@code overdueMeasure}
 * of {@code RectificationMapper.xml}, kept equal to {@link #isOverdue} by {@code OverdueRuleTest}.
 */
public final class OverdueRule {

	/** The definition as the year-end report and the ledger state it. */
	public static final String DEFINITION = "已发布整改方案中、已过完成时限仍未销号的整改措施（长期坚持的措施不设完成时限，不计逾期）";

	private OverdueRule() {
	}

	public static boolean isOverdue(boolean planPublished, MeasureStatus status, LocalDate deadline, LocalDate today) {
		return planPublished && status != MeasureStatus.SIGNED_OFF && status != MeasureStatus.NOT_STARTED
				&& deadline != null && today.isAfter(deadline);
	}

}

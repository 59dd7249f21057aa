package cn.statenforce.shared;

import java.time.LocalDate;

/**
 * The range of a date a bureau user can mean: from the founding of the People's Republic to the end of 2100. A date
 * outside it (a typing slip such as 0202-05-01, or {@code +300000-01-01}) is refused with a 400 naming the field,
 * wherever it enters — a JSON body, a form, a query or path parameter — so no deadline, working-day count or
 * statistic is ever computed over it.
 */
public final class BusinessDates {

	public static final LocalDate FIRST = LocalDate.of(1949, 1, 1);

	public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	private BusinessDates() {
	}

	public static boolean inRange(LocalDate date) {
		return !date.isBefore(FIRST) && !date.isAfter(LAST);
	}

	/** The reason a date is refused, as the field's message. */
	public static String outOfRange() {
		return "日期应在 " + FIRST + " 至 " + LAST + " 之间";
	}

	/** The date, or 400 naming the field when it is outside the range; null passes. */
	public static LocalDate check(String field, LocalDate date) {
		if (date != null && !inRange(date)) {
			throw new BadRequestException(field, FieldLabels.label(field) + "：" + outOfRange() + "（" + date + "）");
		}
		return date;
	}

}

package cn.statenforce.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public holidays whose date the law fixes (《全国年节及纪念日放假办法》 Art 2, as revised by 国务院令第795号 in force
 * 2025-01-01): 元旦 1 January, 劳动节 1–2 May (1 May only before 2025), 国庆节 1–3 October. They are holidays in every
 * year, so a year whose arrangement has not been entered yet still counts them. The lunar ones (春节, 清明节, 端午节,
 * 中秋节) and every 调休 come only with the State Council's yearly notice.
 */
public final class StatutoryHolidays {

	/** First year of the 2024 revision (劳动节 two days). */
	static final int REVISION_2024_FROM = 2025;

	private StatutoryHolidays() {
	}

	/** Date → holiday name of the fixed-date statutory holidays of the year. */
	public static Map<LocalDate, String> of(int year) {
		Map<LocalDate, String> days = new LinkedHashMap<>();
		days.put(LocalDate.of(year, 1, 1), "元旦");
		days.put(LocalDate.of(year, 5, 1), "劳动节");
		if (year >= REVISION_2024_FROM) {
			days.put(LocalDate.of(year, 5, 2), "劳动节");
		}
		for (int d = 1; d <= 3; d++) {
			days.put(LocalDate.of(year, 10, d), "国庆节");
		}
		return days;
	}

	public static boolean isStatutoryHoliday(LocalDate date) {
		return of(date.getYear()).containsKey(date);
	}

	static String label(LocalDate date) {
		return MonthDay.from(date).getMonthValue() + "月" + date.getDayOfMonth() + "日（" + of(date.getYear()).get(date) + "）";
	}

}

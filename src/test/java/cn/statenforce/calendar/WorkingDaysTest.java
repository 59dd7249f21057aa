package cn.statenforce.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working-day arithmetic over the shipped 2024–2026 calendar (read straight from the migration file, so
 * the test checks the reference data as well as the arithmetic).
 */
class WorkingDaysTest {

	static WorkingDays days;

	@BeforeAll
	static void loadShippedCalendar() throws Exception {
		String sql = Files.readString(Path.of("sql/data/V1_2_1__holidays_2024_2026.sql"));
		Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)'").matcher(sql);
		Map<LocalDate, Boolean> map = new HashMap<>();
		while (m.find()) {
			map.put(LocalDate.parse(m.group(1)), m.group(2).equals("HOLIDAY"));
		}
		days = new WorkingDays(map);
	}

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({
			// 2024: 春节 2/10–2/17 off, Sun 2/4 and Sun 2/18 make-up working days
			"2024-02-04, true", "2024-02-09, true", "2024-02-10, false", "2024-02-16, false", "2024-02-18, true",
			// 2024: 劳动节 5/1–5/5 off, Sun 4/28 and Sat 5/11 working
			"2024-04-28, true", "2024-05-06, true", "2024-05-11, true", "2024-05-12, false",
			// 2024: 国庆 10/1–10/7 off, Sun 9/29 and Sat 10/12 working
			"2024-09-29, true", "2024-10-07, false", "2024-10-12, true",
			// 2025: 春节 1/28–2/4 off (8 days), Sun 1/26 and Sat 2/8 working
			"2025-01-26, true", "2025-01-28, false", "2025-02-04, false", "2025-02-05, true", "2025-02-08, true",
			// 2025: 国庆中秋 10/1–10/8 off, Sun 9/28 and Sat 10/11 working
			"2025-09-28, true", "2025-10-08, false", "2025-10-09, true", "2025-10-11, true",
			// 2026: 元旦 1/1–1/3 off, Sun 1/4 working
			"2026-01-01, false", "2026-01-02, false", "2026-01-04, true",
			// 2026: 春节 2/15–2/23 off (9 days), Sat 2/14 and Sat 2/28 working
			"2026-02-14, true", "2026-02-23, false", "2026-02-24, true", "2026-02-28, true",
			// 2026: 劳动节 5/1–5/5 off, Sat 5/9 working; 国庆 10/1–10/7 off, Sun 9/20 and Sat 10/10 working
			"2026-05-05, false", "2026-05-09, true", "2026-09-20, true", "2026-10-07, false", "2026-10-10, true",
			// ordinary weekend and weekday
			"2026-11-21, false", "2026-11-23, true" })
	void shouldKnowHolidaysAndMakeUpDays(LocalDate date, boolean working) {
		assertThat(days.isWorkingDay(date)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({
			// 7 working days from Mon 2026-11-23: Tue..Fri (4), Mon..Wed (3) → Wed 2026-12-02
			"2026-11-23, 7, 2026-12-02",
			// across 2026 春节: Fri 2/13 + 3 → Sat 2/14 (make-up), Tue 2/24, Wed 2/25
			"2026-02-13, 3, 2026-02-25",
			// across 2025 国庆中秋: Tue 9/30 + 1 → Thu 10/9
			"2025-09-30, 1, 2025-10-09",
			// across 2024 劳动节: Fri 4/26 + 4 → Sun 4/28 (make-up), Mon 4/29, Tue 4/30, Mon 5/6
			"2024-04-26, 4, 2024-05-06",
			// zero days is the day itself
			"2026-02-16, 0, 2026-02-16",
			// statutory 5-day hearing request window from 2026-09-24 (Thu): 9/25-27 off → 9/28, 9/29, 9/30, 10/8, 10/9
			"2026-09-24, 5, 2026-10-09" })
	void shouldAddWorkingDays(LocalDate start, int n, LocalDate expected) {
		assertThat(days.addWorkingDays(start, n)).isEqualTo(expected);
	}

	@Test
	void shouldCountWorkingDaysBetween() {
		// (2026-02-13, 2026-02-25]: 2/14 (make-up), 2/24, 2/25
		assertThat(days.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-25"))).isEqualTo(3);
		assertThat(days.workingDaysBetween(LocalDate.parse("2026-02-25"), LocalDate.parse("2026-02-13"))).isEqualTo(-3);
		assertThat(days.workingDaysBetween(LocalDate.parse("2026-02-25"), LocalDate.parse("2026-02-25"))).isZero();
	}

	@Test
	void shouldCountTheWholeYear() {
		// 2026: 365 days, 104 weekend days; holidays on weekdays and make-up Saturdays/Sundays adjust it
		int working = days.workingDaysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31"));
		int weekdays = 0;
		for (LocalDate d = LocalDate.parse("2026-01-01"); !d.isAfter(LocalDate.parse("2026-12-31")); d = d.plusDays(1)) {
			if (d.getDayOfWeek().getValue() <= 5) {
				weekdays++;
			}
		}
		assertThat(weekdays).isEqualTo(261);
		// 2026: 19 weekday holidays, 6 make-up weekend days → 248 working days
		assertThat(working).isEqualTo(248);
	}

	/**
	 * The arithmetic count equals a count day by day (each date asked {@link WorkingDays#isWorkingDay}) over ranges
	 * that start and end on every weekday, cross the shipped years' holidays and make-up days, unconfirmed years
	 * before and after them (fixed-date holidays on weekdays and weekends) and the 1949–2100 business-date range.
	 */
	@Test
	void shouldCountArithmeticallyWhatADayByDayCountGives() {
		java.util.Random random = new java.util.Random(20261202L);
		LocalDate first = LocalDate.parse("1949-01-01");
		int span = (int) (LocalDate.parse("2100-12-31").toEpochDay() - first.toEpochDay());
		for (int i = 0; i < 400; i++) {
			LocalDate from = i % 2 == 0 ? LocalDate.parse("2023-12-20").plusDays(random.nextInt(1200))
					: first.plusDays(random.nextInt(span));
			LocalDate to = from.plusDays(random.nextInt(i % 3 == 0 ? 40 : 3000));
			int byDay = 0;
			for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
				byDay += days.isWorkingDay(d) ? 1 : 0;
			}
			assertThat(days.workingDaysBetween(from, to)).as("(%s, %s]", from, to).isEqualTo(byDay);
			assertThat(days.workingDaysBetween(to, from)).isEqualTo(-byDay);
		}
		// the whole business-date range: 1949–2100 has 55,152 days; its weekdays less the fixed-date holidays of the
		// unconfirmed years, adjusted by the shipped 2024–2026 arrangements
		int byDay = 0;
		for (LocalDate d = first; !d.isAfter(LocalDate.parse("2100-12-31")); d = d.plusDays(1)) {
			byDay += days.isWorkingDay(d) ? 1 : 0;
		}
		assertThat(days.workingDaysBetween(first.minusDays(1), LocalDate.parse("2100-12-31"))).isEqualTo(byDay);
	}

	@Test
	void shouldFindTheNextWorkingDay() {
		assertThat(days.nextWorkingDayFrom(LocalDate.parse("2026-10-01"))).isEqualTo(LocalDate.parse("2026-10-08"));
		assertThat(days.nextWorkingDayFrom(LocalDate.parse("2026-10-08"))).isEqualTo(LocalDate.parse("2026-10-08"));
	}

	/**
	 * A year without a confirmed arrangement (2027 is not shipped): the fixed-date statutory holidays of
	 * 《全国年节及纪念日放假办法》 (2024 revision: 元旦 1/1, 劳动节 5/1–5/2, 国庆节 10/1–10/3) are holidays; the rest follows
	 * the week until the State Council's notice is entered.
	 */
	@ParameterizedTest(name = "unconfirmed {0} is a working day: {1}")
	@CsvSource({ "2027-01-01, false", "2027-01-04, true", "2027-04-30, true", "2027-05-03, true",
			"2027-09-30, true", "2027-10-01, false", "2027-10-03, false", "2027-10-04, true",
			// 2027-05-01 and -02 are a weekend anyway; 2028-05-01 (Mon) and -02 (Tue) are holidays by law
			"2028-05-01, false", "2028-05-02, false", "2028-05-03, true" })
	void shouldCountTheFixedStatutoryHolidaysOfAnUnconfirmedYear(LocalDate date, boolean working) {
		assertThat(days.isConfirmed(date.getYear())).isFalse();
		assertThat(days.isWorkingDay(date)).isEqualTo(working);
	}

	/** 7 working days from Mon 2026-12-28: 29, 30, 31 December, (1 January 元旦), 4, 5, 6, 7 January. */
	@Test
	void shouldNotCountNewYearsDayOfAnUnconfirmedYear() {
		assertThat(days.addWorkingDays(LocalDate.parse("2026-12-28"), 7)).isEqualTo(LocalDate.parse("2027-01-07"));
	}

	/** Before the 2024 revision 劳动节 was one day. */
	@Test
	void shouldKeepTheOneDayLabourDayBefore2025() {
		WorkingDays none = new WorkingDays(Map.of(), java.util.Set.of());
		assertThat(none.isWorkingDay(LocalDate.parse("2023-05-01"))).isFalse();
		assertThat(none.isWorkingDay(LocalDate.parse("2023-05-02"))).isTrue();
	}

	/** A confirmed year counts its entries only: a notice that moved a fixed holiday would be followed. */
	@Test
	void shouldFollowTheEntriesOfAConfirmedYear() {
		WorkingDays confirmed = new WorkingDays(Map.of(), java.util.Set.of(2027));
		assertThat(confirmed.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
	}

}

package cn.statenforce.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** One date and number format for every page (expected values written out by hand, Beijing time). */
class DisplayFormatsTest {

	private final DisplayFormats fmt = new DisplayFormats();

	@Test
	void shouldPrintDatesAsYearMonthDayAndTimesToTheMinuteInBeijingTime() {
		// 2026-10-01 国庆节 (a Thursday), the first of the month padded to two digits
		assertThat(fmt.date(LocalDate.of(2026, 10, 1))).isEqualTo("2026-10-01");
		assertThat(fmt.dateTime(LocalDateTime.of(2026, 1, 3, 9, 5, 59))).isEqualTo("2026-01-03 09:05");
		assertThat(fmt.date(LocalDateTime.of(2026, 1, 3, 9, 5, 59))).isEqualTo("2026-01-03");
		// 16:30 UTC on 1 December is half past midnight on 2 December in Beijing
		Instant lateUtc = Instant.parse("2026-12-01T16:30:00Z");
		assertThat(fmt.dateTime(lateUtc)).isEqualTo("2026-12-02 00:30");
		assertThat(fmt.date(Date.from(lateUtc))).isEqualTo("2026-12-02");
		assertThat(fmt.dateTime(OffsetDateTime.of(2026, 12, 1, 16, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("2026-12-02 00:30");
		assertThat(fmt.date(java.sql.Date.valueOf("2027-02-06"))).isEqualTo("2027-02-06");
		// a date given where a date-time is printed stays a date (no invented midnight)
		assertThat(fmt.dateTime(LocalDate.of(2027, 2, 6))).isEqualTo("2027-02-06");
		assertThat(fmt.date(null)).isEmpty();
		assertThat(fmt.dateTime(null)).isEmpty();
		assertThat(fmt.inputDateTime(LocalDateTime.of(2026, 12, 5, 8, 0))).isEqualTo("2026-12-05T08:00");
		assertThatThrownBy(() -> fmt.date("2026-12-02")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldNameTheWeekdayInChineseWhateverTheLocale() {
		// 2026-12-02 is a Wednesday, 2026-10-04 a Sunday
		assertThat(fmt.weekday(LocalDate.of(2026, 12, 2))).isEqualTo("星期三");
		assertThat(fmt.weekday(LocalDate.of(2026, 10, 4))).isEqualTo("星期日");
	}

	@Test
	void shouldGroupAmountsWithTwoDecimalsAndCountsWithoutPadding() {
		assertThat(fmt.amount(new BigDecimal("20000"))).isEqualTo("20,000.00");
		assertThat(fmt.amount(new BigDecimal("150000.5"))).isEqualTo("150,000.50");
		assertThat(fmt.amount(3000L)).isEqualTo("3,000.00");
		assertThat(fmt.amount(null)).isEmpty();
		assertThat(fmt.count(7)).isEqualTo("7");
		assertThat(fmt.count(12345L)).isEqualTo("12,345");
	}

}

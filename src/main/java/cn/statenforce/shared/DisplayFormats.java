package cn.statenforce.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way every page prints dates and numbers: dates {@code yyyy-MM-dd}, date-times {@code yyyy-MM-dd HH:mm}
 * (Asia/Shanghai), amounts with thousands grouping and two decimals, counts with grouping and no padding. Templates
 * call {@code ${@fmt.date(x)}}, {@code ${@fmt.dateTime(x)}}, {@code ${@fmt.amount(x)}}, {@code ${@fmt.count(x)}}; a
 * template test fails on any other date or number formatting. Null prints as the empty string.
 */
@Component("fmt")
public class DisplayFormats {

	public static final String DATE_PATTERN = "yyyy-MM-dd";

	public static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN);

	/** What an {@code <input type="datetime-local">} needs as its value (not shown as text). */
	private static final DateTimeFormatter INPUT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	public String date(Object value) {
		TemporalAccessor t = local(value);
		if (t == null) {
			return "";
		}
		return t instanceof LocalDate d ? DATE.format(d) : DATE.format((LocalDateTime) t);
	}

	public String dateTime(Object value) {
		TemporalAccessor t = local(value);
		if (t == null) {
			return "";
		}
		return t instanceof LocalDate d ? DATE.format(d) : DATE_TIME.format((LocalDateTime) t);
	}

	/** 星期一 … 星期日, whatever the server's locale. */
	public String weekday(Object value) {
		TemporalAccessor t = local(value);
		if (t == null) {
			return "";
		}
		java.time.DayOfWeek day = java.time.DayOfWeek.from(t);
		// the JDK's Chinese names (CLDR: 星期一 … 星期日), not the server's locale
		return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/** The value of a datetime-local input. */
	public String inputDateTime(Object value) {
		TemporalAccessor t = local(value);
		return t instanceof LocalDateTime dt ? INPUT_DATE_TIME.format(dt) : "";
	}

	/** A sum of money: 20,000.00. */
	public String amount(Object value) {
		BigDecimal n = decimal(value);
		return n == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
	}

	/** A count or other whole number: 1,234 (no padding). */
	public String count(Object value) {
		BigDecimal n = decimal(value);
		return n == null ? "" : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal b) {
			return b;
		}
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		throw new IllegalArgumentException("不是数字: " + value.getClass().getName());
	}

	/** LocalDate stays a date; everything with a time becomes a LocalDateTime in Asia/Shanghai. */
	private static TemporalAccessor local(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate d) {
			return d;
		}
		if (value instanceof LocalDateTime dt) {
			return dt;
		}
		if (value instanceof Instant i) {
			return LocalDateTime.ofInstant(i, AppClock.ZONE);
		}
		if (value instanceof Date d) {
			return value instanceof java.sql.Date sql ? sql.toLocalDate() : LocalDateTime.ofInstant(d.toInstant(), AppClock.ZONE);
		}
		if (value instanceof OffsetDateTime o) {
			return o.atZoneSameInstant(AppClock.ZONE).toLocalDateTime();
		}
		if (value instanceof ZonedDateTime z) {
			return z.withZoneSameInstant(AppClock.ZONE).toLocalDateTime();
		}
		throw new IllegalArgumentException("不是日期: " + value.getClass().getName());
	}

}

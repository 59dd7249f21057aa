package cn.statenforce.rectification;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 完成时限 as sheets write it: an Excel date; a text date (2024-09-30, 2024/9/30, 2024.9.30, 2024年9月30日, with 前
 * or 之前); a month (2024年9月底, 2024年9月, 2024.9 → the month's last day; 上旬/中旬/下旬 → the 10th, 20th, last day);
 * a year end (2024年底); or a category instead of a date (长期坚持, 持续推进 → long-term, no deadline; 立行立改 →
 * immediate, with or without a date).
 *
 * @param date the date read, or null
 * @param category the category the text names, or null
 * @param note how a month, a period or an Excel number was read (a warning for the preview), or null
 */
record DeadlineText(LocalDate date, Category category, String note) {

	private static final List<String> LONG_TERM = List.of("长期坚持", "持续推进", "持续整改", "持续开展", "长期推进", "常态化", "长期");

	private static final List<String> IMMEDIATE = List.of("立行立改", "立即整改", "即知即改", "立查立改", "已完成", "已整改到位", "已整改");

	private static final Pattern FULL = Pattern.compile("(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*[日号]?");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(上旬|中旬|下旬|底|末|份)?");

	private static final Pattern MONTH_NUMERIC = Pattern.compile("(\\d{4})\\s*[.\\-/]\\s*(\\d{1,2})(?![\\d.\\-/])");

	private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(底|末|年底|年末)");

	/** Parses the text of a cell; an unreadable text is an {@link IllegalArgumentException} with the Chinese reason. */
	static DeadlineText parse(String text) {
		String t = text == null ? "" : text.replace('\u3000', ' ').trim();
		if (t.isEmpty()) {
			return new DeadlineText(null, null, null);
		}
		Category category = null;
		if (LONG_TERM.stream().anyMatch(t::contains)) {
			category = Category.LONG_TERM;
		}
		else if (IMMEDIATE.stream().anyMatch(t::contains)) {
			category = Category.IMMEDIATE;
		}
		try {
			Matcher m = FULL.matcher(t);
			if (m.find()) {
				return new DeadlineText(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), category, null);
			}
			m = MONTH.matcher(t);
			if (m.find()) {
				YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
				String part = m.group(3);
				if ("上旬".equals(part)) {
					return new DeadlineText(ym.atDay(10), category, "“" + t + "”按" + ym.getMonthValue() + "月10日计");
				}
				if ("中旬".equals(part)) {
					return new DeadlineText(ym.atDay(20), category, "“" + t + "”按" + ym.getMonthValue() + "月20日计");
				}
				return new DeadlineText(ym.atEndOfMonth(), category, "“" + t + "”按月末 " + ym.atEndOfMonth() + " 计");
			}
			m = YEAR_END.matcher(t);
			if (m.find()) {
				LocalDate d = LocalDate.of(num(m, 1), 12, 31);
				return new DeadlineText(d, category, "“" + t + "”按年末 " + d + " 计");
			}
			m = MONTH_NUMERIC.matcher(t);
			if (m.find()) {
				YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
				return new DeadlineText(ym.atEndOfMonth(), category, "“" + t + "”按月末 " + ym.atEndOfMonth() + " 计");
			}
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("完成时限“" + t + "”不是有效日期");
		}
		if (t.matches("\\d{5}(\\.0+)?")) {
			double serial = Double.parseDouble(t);
			if (serial > 20000 && serial < 80000) {
				LocalDate d = LocalDate.of(1899, 12, 30).plusDays((long) serial);
				return new DeadlineText(d, category, "数字“" + t + "”按 Excel 日期 " + d + " 计");
			}
		}
		if (category != null) {
			return new DeadlineText(null, category, null);
		}
		throw new IllegalArgumentException("无法识别完成时限“" + t + "”（可写日期、某年某月底、长期坚持或立行立改）");
	}

	private static int num(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

}

package cn.statenforce.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** How documents write numbers and dates: 二〇二六年三月二日 style dates as 2026年3月2日, 十五日, 六十日. */
final class ChineseText {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private ChineseText() {
	}

	/** 0–999 in Chinese numerals as documents write periods (三, 十五, 六十, 一百二十). */
	static String number(int n) {
		if (n < 0 || n > 999) {
			throw new IllegalArgumentException("out of range: " + n);
		}
		if (n < 10) {
			return DIGITS[n];
		}
		if (n < 20) {
			return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		if (n < 100) {
			return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		int rest = n % 100;
		String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + number(rest) : number(rest);
		return DIGITS[n / 100] + "百" + tail;
	}

	static String date(LocalDate d) {
		return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

	static String dateTime(LocalDateTime t) {
		return t == null ? "" : date(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
	}

	static String yuan(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}

}

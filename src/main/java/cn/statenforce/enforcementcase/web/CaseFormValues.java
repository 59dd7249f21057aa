package cn.statenforce.enforcementcase.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.statenforce.shared.BadRequestException;

/** Values of the posted page forms: blank is absent, anything unreadable is a 400 with a Chinese message. */
final class CaseFormValues {

	private CaseFormValues() {
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	static Boolean boolOf(String s) {
		return s == null ? null : Boolean.valueOf(s);
	}

	static int intOf(String s) {
		try {
			return blank(s) == null ? 0 : Integer.parseInt(s.trim());
		}
		catch (NumberFormatException e) {
			throw new BadRequestException("months", "请填写有效的月数");
		}
	}

	static Long longOf(String s) {
		try {
			return blank(s) == null ? null : Long.valueOf(s.trim());
		}
		catch (NumberFormatException e) {
			throw new BadRequestException("请填写有效的编号");
		}
	}

	static BigDecimal decimalOf(String s) {
		try {
			return blank(s) == null ? null : new BigDecimal(s.trim());
		}
		catch (NumberFormatException e) {
			throw new BadRequestException("fine", "请填写有效的金额");
		}
	}

	static LocalDate dateOf(String s) {
		try {
			return blank(s) == null ? null : LocalDate.parse(s.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new BadRequestException("请填写有效的日期");
		}
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
		try {
			return blank(s) == null ? null : Enum.valueOf(type, s.trim());
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException("选项无效: " + s);
		}
	}

}

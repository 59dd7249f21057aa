package cn.statenforce.enforcementcase.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.FieldLabels;
import cn.statenforce.shared.Texts;

/**
 * Values of the posted page forms, each read by its field name: blank is absent, anything unreadable is a 400 whose
 * message names the field by its Chinese label ({@link FieldLabels}).
 */
final class CaseFormValues {

	private CaseFormValues() {
	}

	static String blank(String s) {
		return Texts.blankToNull(s);
	}

	static Boolean boolOf(String s) {
		return s == null ? null : Boolean.valueOf(s);
	}

	static int intOf(Map<String, String> p, String field) {
		String s = blank(p.get(field));
		try {
			return s == null ? 0 : Integer.parseInt(s);
		}
		catch (NumberFormatException e) {
			throw new BadRequestException(field, FieldLabels.label(field) + "：请填写整数：" + s);
		}
	}

	static Long longOf(Map<String, String> p, String field) {
		String s = blank(p.get(field));
		try {
			return s == null ? null : Long.valueOf(s);
		}
		catch (NumberFormatException e) {
			throw new BadRequestException(field, FieldLabels.label(field) + "：请选择有效的记录：" + s);
		}
	}

	static BigDecimal decimalOf(Map<String, String> p, String field) {
		String s = blank(p.get(field));
		try {
			return s == null ? null : new BigDecimal(s);
		}
		catch (NumberFormatException e) {
			throw new BadRequestException(field, FieldLabels.label(field) + "：请填写有效的金额：" + s);
		}
	}

	static LocalDate dateOf(Map<String, String> p, String field) {
		String s = blank(p.get(field));
		try {
			return s == null ? null : cn.statenforce.shared.BusinessDates.check(field, LocalDate.parse(s));
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new BadRequestException(field, FieldLabels.label(field) + "：请填写有效的日期（年-月-日）：" + s);
		}
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, Map<String, String> p, String field) {
		String s = blank(p.get(field));
		try {
			return s == null ? null : Enum.valueOf(type, s);
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException(field, FieldLabels.label(field) + "：选项无效：" + s);
		}
	}

}

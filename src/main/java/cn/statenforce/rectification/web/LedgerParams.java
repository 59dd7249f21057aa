package cn.statenforce.rectification.web;

import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.LedgerFilter;
import cn.statenforce.rectification.MeasureStatus;
import cn.statenforce.rectification.Source;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Texts;

/** Ledger query parameters as the board and the API take them (codes or Chinese labels); blank = any. */
record LedgerParams(Long planId, String source, String status, String owner, String leader, Boolean overdue,
		String category, Long ownerId, Long leaderId) {

	LedgerFilter filter() {
		return new LedgerFilter(planId, code(source, "source", s -> Source.parse(s).map(Enum::name)),
				code(status, "status", s -> MeasureStatus.parse(s).map(Enum::name)), blank(owner), blank(leader),
				Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null,
				code(category, "category", s -> Category.parse(s).map(Enum::name)), ownerId, leaderId);
	}

	private static String code(String value, String field,
			java.util.function.Function<String, java.util.Optional<String>> parse) {
		String v = blank(value);
		if (v == null) {
			return null;
		}
		return parse.apply(v).orElseThrow(() -> new BadRequestException(field, "筛选条件取值无效: " + v));
	}

	private static String blank(String s) {
		return Texts.blankToNull(s);
	}

}

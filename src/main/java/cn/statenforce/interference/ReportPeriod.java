package cn.statenforce.interference;

import java.time.LocalDate;

/** A reporting period of the interference register: a whole number of months that divides the year. */
public record ReportPeriod(int year, int index, int months) {

	public static ReportPeriod containing(LocalDate date, int months) {
		return new ReportPeriod(date.getYear(), (date.getMonthValue() - 1) / months + 1, months);
	}

	public ReportPeriod previous() {
		return index > 1 ? new ReportPeriod(year, index - 1, months) : new ReportPeriod(year - 1, 12 / months, months);
	}

	public LocalDate start() {
		return LocalDate.of(year, (index - 1) * months + 1, 1);
	}

	public LocalDate end() {
		return start().plusMonths(months).minusDays(1);
	}

	/** 2026年第一季度, 2026年3月, 2026年上半年, 2026年全年. */
	public String label() {
		String part = switch (months) {
			case 3 -> "第" + "一二三四".charAt(index - 1) + "季度";
			case 1 -> index + "月";
			case 6 -> index == 1 ? "上半年" : "下半年";
			case 12 -> "全年";
			default -> "第" + index + "期（" + start().getMonthValue() + "—" + end().getMonthValue() + "月）";
		};
		return year + "年" + part;
	}

	/** ASCII part of the report number: Q1, M03, H2, Y, P2. */
	public String code() {
		return switch (months) {
			case 3 -> "Q" + index;
			case 1 -> String.format("M%02d", index);
			case 6 -> "H" + index;
			case 12 -> "Y";
			default -> "P" + index;
		};
	}

}

package cn.statenforce.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The charts of the 年度统计 page (drawn with ECharts): figures of {@link AnnualFigureCatalogue} month by month and the
 * year's figures by type. Every value is a catalogue figure evaluated for the month or the year.
 *
 * @param year the report's year
 * @param months 1月 … 12月
 * @param monthly one line per figure, twelve values each
 * @param byType one bar chart per group, each bar a figure of the year
 */
public record AnnualCharts(int year, List<String> months, List<Series> monthly, List<Bars> byType) {

	/** The figures shown month by month, in this order. */
	static final List<String> MONTHLY_KEYS = List.of("inspection.count", "case.filed", "penalty.decisions", "order.total");

	/** One figure's values through the year. */
	public record Series(String key, String name, String unit, List<Long> values) {
	}

	/** One bar chart: a title and its bars. */
	public record Bars(String title, List<Bar> bars) {
	}

	/** One bar: a figure of the year. */
	public record Bar(String key, String name, Number value) {
	}

	/**
	 * Builds the charts.
	 *
	 * @param report the year's figures
	 * @param monthInputs the inputs of each month, January first (the catalogue evaluates them as it does the year)
	 */
	static AnnualCharts of(AnnualReport report, List<AnnualInputs> monthInputs) {
		List<String> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(m + "月");
		}
		List<Series> monthly = MONTHLY_KEYS.stream().map(key -> {
			FigureDefinition d = AnnualFigureCatalogue.definition(key).orElseThrow();
			return new Series(key, name(d.label()), d.unit(),
					monthInputs.stream().map(in -> d.compute().apply(in).longValue()).toList());
		}).toList();
		Function<List<String>, List<Bar>> bars = keys -> keys.stream().map(report::figure)
			.map(f -> new Bar(f.key(), name(f.label()), f.value()))
			.toList();
		List<Bars> byType = List.of(
				new Bars("检查单位（按检查类型，家）", bars.apply(List.of("inspection.random", "inspection.joint", "inspection.special", "inspection.key"))),
				new Bars("处理处罚（按类型）", bars.apply(List.of("penalty.warning", "penalty.warningAndFine", "penalty.circulate",
						"order.total", "case.noPenalty", "case.transfer"))),
				new Bars("整改（按类型）", bars.apply(List.of("rect.problems", "rect.problemsClosed", "rect.measures",
						"rect.measuresSignedOff", "rect.mechanisms", "rect.overdueMeasures"))));
		return new AnnualCharts(report.year(), months, monthly, byType);
	}

	/** A row label as a chart name: 其中：警告（件） → 警告, 决定：不予行政处罚（件） → 不予行政处罚. */
	static String name(String label) {
		String s = label.replaceFirst("^(其中|决定)：", "");
		int paren = s.lastIndexOf('（');
		return paren > 0 && s.endsWith("）") ? s.substring(0, paren) : s;
	}

}

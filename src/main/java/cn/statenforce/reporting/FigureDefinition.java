package cn.statenforce.reporting;

import java.util.function.Function;

/**
 * One year-end figure, defined once: the page, the JSON, the XLSX and any later document (a DOCX report with prose)
 * take its label, unit and definition from here and its value from {@link #compute}.
 *
 * @param key stable ASCII id, e.g. {@code penalty.warning}; a topic breakdown row is
 *        {@code inspection.special.topic.ENTRY_EXIT} / {@code inspection.key.topic.LATE_REPORTING}
 * @param section the section title (one of {@link AnnualFigureCatalogue#SECTIONS})
 * @param label the row label as bureaus write it, e.g. {@code 其中：简易程序（件）}
 * @param unit the counting unit for prose ("警告3件", "检查32家"): 家, 次, 件, 家次, 元, 个, 条, 项
 * @param parentKey the figure this one is a part of ("其中"), or null
 * @param definition the one Chinese sentence that says what is counted and by which date
 * @param compute the value from the year's inputs: a whole number, or yuan as a decimal
 */
public record FigureDefinition(String key, String section, String label, String unit, String parentKey, String definition,
		Function<AnnualInputs, Number> compute) {

	/** The figure with its value for these inputs. */
	public AnnualReport.Figure evaluate(AnnualInputs inputs) {
		return new AnnualReport.Figure(key, label, compute.apply(inputs), unit, parentKey, definition);
	}

}

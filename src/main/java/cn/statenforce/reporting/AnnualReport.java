package cn.statenforce.reporting;

import java.util.List;

/**
 * The year-end figures of one bureau's subtree, each evaluated from its {@link FigureDefinition} in
 * {@link AnnualFigureCatalogue}.
 *
 * @param year the calendar year
 * @param bureauId the bureau chosen; its own records and those of every bureau below it are counted
 * @param bureauName the chosen bureau's name
 * @param bureauNames every bureau counted, chosen bureau first
 * @param title the report's title, naming the bureau and the year (e.g. 雨湖区统计局2026年度统计; 湘潭市统计局（全辖）…
 *        when bureaus below it are counted); the XLSX carries it in its first row and its file name
 * @param sections {@link AnnualFigureCatalogue#SECTIONS} in that order
 */
public record AnnualReport(int year, long bureauId, String bureauName, List<String> bureauNames, String title,
		List<Section> sections) {

	/** One group of figures. */
	public record Section(String title, List<Figure> figures) {
	}

	/**
	 * One figure as reported.
	 *
	 * @param key stable ASCII key (for the JSON, tests and documents), e.g. {@code inspection.random}
	 * @param label the row label in Chinese
	 * @param value a whole number, or yuan as a decimal for fines
	 * @param unit the counting unit (家, 次, 件, 家次, 元, 个, 条, 项)
	 * @param parentKey the figure this one is part of ("其中"), or null
	 * @param definition the one Chinese sentence that says what is counted and by which date
	 */
	public record Figure(String key, String label, Number value, String unit, String parentKey, String definition) {
	}

	/** The figure with the key, or null. */
	public Figure figure(String key) {
		return sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.key().equals(key)).findFirst()
			.orElse(null);
	}

	/** The file name of the XLSX export: the title. */
	public String fileName() {
		return title + ".xlsx";
	}

	/** The file name of the DOCX report: 雨湖区统计局2026年度统计执法工作情况.docx. */
	public String docxFileName() {
		return AnnualReportProse.title(this) + ".docx";
	}

}

package cn.statenforce.reporting;

import java.util.List;

/**
 * The year-end figures of one bureau's subtree.
 *
 * @param year the calendar year
 * @param bureauId the bureau chosen; its own records and those of every bureau below it are counted
 * @param bureauName the chosen bureau's name
 * @param bureauNames every bureau counted, chosen bureau first
 * @param sections 执法检查, 执法案件, 整改 in that order
 */
public record AnnualReport(int year, long bureauId, String bureauName, List<String> bureauNames, List<Section> sections) {

	/** One group of figures. */
	public record Section(String title, List<Figure> figures) {
	}

	/**
	 * One figure.
	 *
	 * @param key stable ASCII key (for the JSON and tests), e.g. {@code inspection.random}
	 * @param label the row label in Chinese
	 * @param value a whole number, or yuan as a decimal for fines
	 * @param definition the one Chinese sentence that says what is counted and by which date
	 */
	public record Figure(String key, String label, Number value, String definition) {
	}

	/** The figure with the key, or null. */
	public Figure figure(String key) {
		return sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.key().equals(key)).findFirst()
			.orElse(null);
	}

}

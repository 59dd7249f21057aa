package cn.statenforce.rectification;

import java.util.List;

/**
 * What an import of a problem list would do, shown before anything is written: the header row found, each column
 * and what it was read as, every row with what was recognised (aspect, problem, measure, unit, leader, deadline,
 * category) and whether it is new, already in the plan or a repeat, every error and warning with its row and column
 * (all of a row, not only the first), and the unit and leader names the directory does not know yet (each to be
 * created or mapped to an entry).
 */
public record ImportPreview(String fileName, int headerRow, List<ColumnView> columns, List<RowView> rows,
		List<Issue> errors, List<Issue> warnings, List<UnknownName> unknownNames, int aspects, int problems, int measures,
		int existing) {

	/** A column of the header row; {@code field} null = not recognised (the user maps it or it is left out). */
	public record ColumnView(int index, String letter, String header, ImportColumn field, boolean mapped) {

		public boolean recognised() {
			return field != null;
		}

	}

	/** A row as read. {@code state}: NEW, EXISTING (already in the plan), REPEATED (earlier in the file), ERROR. */
	public record RowView(int row, String aspect, String problem, boolean newProblem, String measure, String unit,
			String coUnits, String leader, String deadline, String category, String state) {
	}

	/** An error or a warning; {@code row} is the spreadsheet's row number, {@code column} the header as written. */
	public record Issue(int row, String column, String message) {
	}

	/**
	 * A unit or leader name not in the directory: created as a new entry unless mapped to one ({@code mappedTo}).
	 * {@code similar} are entries whose names look alike, offered first.
	 */
	public record UnknownName(String kind, String kindLabel, String name, List<Integer> rows, List<Responsible> similar,
			List<Responsible> entries, Long mappedTo) {
	}

	public boolean ok() {
		return errors.isEmpty();
	}

}

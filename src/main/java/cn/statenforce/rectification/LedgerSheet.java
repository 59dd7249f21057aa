package cn.statenforce.rectification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A problem-list sheet as it arrives: the header row is found below title rows, blank rows and a 填表说明; merged
 * cells (方面, 问题, 责任单位 over several measure rows) are filled down; a row that only names an aspect
 * ("一、落实统计工作决策部署方面", across the row) heads the rows below it; notes under the table (注：…, 填表人：…) are
 * left out. Nothing here knows the plan: {@link LedgerImportService} reads the rows.
 */
final class LedgerSheet {

	/** Rows searched for the header. */
	static final int HEADER_SEARCH_ROWS = 30;

	private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分方面]).*|.*方面(?:问题|存在的问题)?[:：]?$");

	private static final Pattern ENUMERATOR = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\\s*");

	private static final Pattern FOOTER = Pattern.compile("^(?:注|说明|备注|填表|制表|审核|联系人|联系电话|签发|附件)[:：\\s].*|^(?:注|说明)\\d*[:：、.].*");

	/** One column of the header row. */
	record Column(int index, String letter, String header, ImportColumn field) {
	}

	/** One data row: its 1-based row number, the cell values by column index, the aspect heading above it. */
	record DataRow(int rowNo, Map<Integer, Object> values, String heading) {

		String text(Integer column) {
			if (column == null) {
				return null;
			}
			Object v = values.get(column);
			if (v == null) {
				return null;
			}
			String s = v instanceof LocalDate d ? d.toString() : v.toString().replace('\u3000', ' ').trim();
			return s.isEmpty() ? null : s;
		}

		Object raw(Integer column) {
			return column == null ? null : values.get(column);
		}

	}

	final int headerRowNo;

	final List<Column> columns;

	final List<DataRow> rows;

	private LedgerSheet(int headerRowNo, List<Column> columns, List<DataRow> rows) {
		this.headerRowNo = headerRowNo;
		this.columns = columns;
		this.rows = rows;
	}

	/** Reads the first sheet; empty when no row looks like a header (then the caller reports it). */
	static Optional<LedgerSheet> read(byte[] file) throws IOException {
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter f = new DataFormatter(java.util.Locale.CHINA);
			Map<Long, Object> merged = mergedValues(sheet, f);
			java.util.Set<Long> mergedTops = new java.util.HashSet<>();
			sheet.getMergedRegions().forEach(r -> mergedTops.add(key(r.getFirstRow(), r.getFirstColumn())));
			int header = findHeader(sheet, f, merged);
			if (header < 0) {
				return Optional.empty();
			}
			List<Column> columns = new ArrayList<>();
			Row h = sheet.getRow(header);
			int lastCol = h.getLastCellNum();
			for (int c = 0; c < lastCol; c++) {
				Object v = value(sheet, header, c, f, merged);
				String text = v == null ? "" : v.toString().trim();
				if (!text.isEmpty()) {
					columns.add(new Column(c, CellReference.convertNumToColString(c), text.replaceAll("\\s+", ""),
							ImportColumn.ofHeader(text).orElse(null)));
				}
			}
			int first = header + 1;
			for (CellRangeAddress r : sheet.getMergedRegions()) {
				if (r.getFirstRow() <= header && r.getLastRow() > header) {
					first = Math.max(first, r.getLastRow() + 1);
				}
			}
			List<DataRow> rows = new ArrayList<>();
			String heading = null;
			for (int i = first; i <= sheet.getLastRowNum(); i++) {
				Map<Integer, Object> values = new LinkedHashMap<>();
				for (Column c : columns) {
					Object v = value(sheet, i, c.index(), f, merged);
					if (v != null && !(v instanceof String s && s.isBlank())) {
						values.put(c.index(), v);
					}
				}
				final int rowIndex = i;
				if (values.isEmpty() || values.keySet().stream().allMatch(c -> merged.containsKey(key(rowIndex, c))
						&& !mergedTops.contains(key(rowIndex, c)))) {
					// blank, or only the continuation of cells merged from above
					continue;
				}
				List<String> distinct = values.values().stream().map(Object::toString).map(String::trim).distinct().toList();
				if (distinct.size() == 1) {
					String only = distinct.get(0);
					if (FOOTER.matcher(only).matches()) {
						continue;
					}
					if (HEADING.matcher(only).matches()) {
						heading = ENUMERATOR.matcher(only).replaceFirst("").replaceAll("[:：]$", "").trim();
						continue;
					}
				}
				rows.add(new DataRow(i + 1, values, heading));
			}
			return Optional.of(new LedgerSheet(header + 1, columns, rows));
		}
	}

	/** The first row (of the first rows) holding at least three headers we know, one of them 问题 or 整改措施. */
	private static int findHeader(Sheet sheet, DataFormatter f, Map<Long, Object> merged) {
		int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS);
		for (int i = Math.max(0, sheet.getFirstRowNum()); i <= last; i++) {
			Row row = sheet.getRow(i);
			if (row == null) {
				continue;
			}
			int known = 0;
			boolean core = false;
			java.util.Set<ImportColumn> seen = new java.util.HashSet<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				Object v = value(sheet, i, c, f, merged);
				Optional<ImportColumn> col = v == null ? Optional.empty() : ImportColumn.ofHeader(v.toString());
				if (col.isPresent() && seen.add(col.get())) {
					known++;
					core |= col.get() == ImportColumn.PROBLEM || col.get() == ImportColumn.MEASURE;
				}
			}
			if (known >= 3 && core) {
				return i;
			}
		}
		return -1;
	}

	/** Value of a cell, or of the merged region's first cell the cell lies in. */
	private static Object value(Sheet sheet, int row, int col, DataFormatter f, Map<Long, Object> merged) {
		Long key = key(row, col);
		if (merged.containsKey(key)) {
			return merged.get(key);
		}
		Row r = sheet.getRow(row);
		return r == null ? null : cellValue(r.getCell(col), f);
	}

	private static Map<Long, Object> mergedValues(Sheet sheet, DataFormatter f) {
		Map<Long, Object> values = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			Row top = sheet.getRow(region.getFirstRow());
			Object v = top == null ? null : cellValue(top.getCell(region.getFirstColumn()), f);
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					values.put(key(r, c), v);
				}
			}
		}
		return values;
	}

	/** A date-formatted number is a date; anything else the text Excel shows. */
	static Object cellValue(Cell c, DataFormatter f) {
		if (c == null) {
			return null;
		}
		CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
			return c.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		}
		String s = f.formatCellValue(c, c.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator()).trim();
		return s.isEmpty() ? null : s;
	}

	private static long key(int row, int col) {
		return ((long) row << 16) | col;
	}

}

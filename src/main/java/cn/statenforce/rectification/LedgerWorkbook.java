package cn.statenforce.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a ledger sheet the way bureaus hand it upward: a title row, optionally a 填表说明, the header row, then one
 * row per measure with 序号/方面/问题 merged over the measures of a problem (and 方面 over its problems); dates as
 * Excel dates, 长期坚持 in words. What this writes, {@link LedgerSheet} reads back.
 */
final class LedgerWorkbook {

	private final XSSFWorkbook wb = new XSSFWorkbook();

	private final Sheet sheet;

	private final CellStyle text;

	private final CellStyle date;

	private final CellStyle header;

	private final CellStyle title;

	private final CellStyle note;

	private int next;

	LedgerWorkbook(String sheetName) {
		sheet = wb.createSheet(sheetName);
		text = wb.createCellStyle();
		text.setWrapText(true);
		text.setVerticalAlignment(VerticalAlignment.CENTER);
		borders(text);
		date = wb.createCellStyle();
		date.cloneStyleFrom(text);
		date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		header = wb.createCellStyle();
		header.cloneStyleFrom(text);
		header.setAlignment(HorizontalAlignment.CENTER);
		Font bold = wb.createFont();
		bold.setBold(true);
		header.setFont(bold);
		title = wb.createCellStyle();
		title.setAlignment(HorizontalAlignment.CENTER);
		Font big = wb.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		title.setFont(big);
		note = wb.createCellStyle();
		note.setWrapText(true);
	}

	private static void borders(CellStyle s) {
		s.setBorderTop(BorderStyle.THIN);
		s.setBorderBottom(BorderStyle.THIN);
		s.setBorderLeft(BorderStyle.THIN);
		s.setBorderRight(BorderStyle.THIN);
	}

	/** A line across all columns (title or note), merged. */
	LedgerWorkbook line(String value, int columns, boolean isTitle) {
		Row r = sheet.createRow(next);
		Cell c = r.createCell(0);
		c.setCellValue(value);
		c.setCellStyle(isTitle ? title : note);
		if (!isTitle) {
			r.setHeightInPoints(15 * Math.max(1, value.split("\n").length));
		}
		sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
		next++;
		return this;
	}

	LedgerWorkbook headers(List<String> names, List<Integer> widths) {
		Row r = sheet.createRow(next++);
		for (int i = 0; i < names.size(); i++) {
			Cell c = r.createCell(i);
			c.setCellValue(names.get(i));
			c.setCellStyle(header);
			sheet.setColumnWidth(i, widths.get(i) * 256);
		}
		return this;
	}

	/** Appends a data row; returns its index (for merging). */
	int row(List<?> values) {
		Row r = sheet.createRow(next);
		for (int i = 0; i < values.size(); i++) {
			Cell c = r.createCell(i);
			Object v = values.get(i);
			if (v instanceof LocalDate d) {
				c.setCellValue(Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant()));
				c.setCellStyle(date);
				continue;
			}
			c.setCellStyle(text);
			if (v instanceof Number n) {
				c.setCellValue(n.doubleValue());
			}
			else if (v != null) {
				c.setCellValue(v.toString());
			}
		}
		return next++;
	}

	/** Merges a column over rows [first, last] (no-op for one row). */
	void merge(int column, int first, int last) {
		if (last > first) {
			sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
		}
	}

	byte[] bytes() {
		try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

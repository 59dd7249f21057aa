package cn.statenforce.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.statenforce.shared.DisplayFormats;

/**
 * The year-end figures laid out as a bureau hands a table upward: a title row naming the bureau and the year, the
 * scope, a header row, then one row per figure with the section merged down the first column, parts ("其中")
 * indented under their whole, and the definition beside each value.
 */
final class AnnualReportXlsx {

	static final List<String> HEADERS = List.of("类别", "项目", "数值", "单位", "统计口径");

	/** Rows before the first figure: title, scope, header. */
	static final int FIRST_FIGURE_ROW = 3;

	private AnnualReportXlsx() {
	}

	static byte[] write(AnnualReport report, LocalDateTime exportedAt) {
		try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(report.year() + "年度统计");
			Styles st = new Styles(wb);
			Row title = sheet.createRow(0);
			title.setHeightInPoints(26);
			cell(title, 0, report.title(), st.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
			Row scope = sheet.createRow(1);
			cell(scope, 0, "统计范围：" + String.join("、", report.bureauNames()) + "。每项按其界定日期计入年度，口径见“统计口径”列。导出时间："
					+ exportedAt.format(DateTimeFormatter.ofPattern(DisplayFormats.DATE_TIME_PATTERN)), st.note);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
			Row head = sheet.createRow(2);
			for (int i = 0; i < HEADERS.size(); i++) {
				cell(head, i, HEADERS.get(i), st.header);
			}
			int r = FIRST_FIGURE_ROW;
			for (AnnualReport.Section s : report.sections()) {
				int first = r;
				for (AnnualReport.Figure f : s.figures()) {
					Row row = sheet.createRow(r++);
					cell(row, 0, r - 1 == first ? s.title() : null, st.section);
					cell(row, 1, f.label(), depth(s, f) == 0 ? st.text : depth(s, f) == 1 ? st.indent1 : st.indent2);
					Cell v = row.createCell(2);
					if (f.value() instanceof BigDecimal yuan) {
						v.setCellValue(yuan.doubleValue());
						v.setCellStyle(st.yuan);
					}
					else {
						v.setCellValue(f.value().doubleValue());
						v.setCellStyle(st.count);
					}
					cell(row, 3, f.unit(), st.text);
					cell(row, 4, f.definition(), st.wrap);
				}
				if (r - 1 > first) {
					sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
				}
			}
			sheet.setColumnWidth(0, 22 * 256);
			sheet.setColumnWidth(1, 34 * 256);
			sheet.setColumnWidth(2, 14 * 256);
			sheet.setColumnWidth(3, 8 * 256);
			sheet.setColumnWidth(4, 80 * 256);
			sheet.createFreezePane(0, FIRST_FIGURE_ROW);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** 0 for a figure of its own, 1 for a part of one, 2 for a part of a part. */
	private static int depth(AnnualReport.Section s, AnnualReport.Figure f) {
		int d = 0;
		String parent = f.parentKey();
		while (parent != null && d < 3) {
			d++;
			String p = parent;
			parent = s.figures().stream().filter(x -> x.key().equals(p)).findFirst().map(AnnualReport.Figure::parentKey).orElse(null);
		}
		return d;
	}

	private static void cell(Row row, int col, String value, CellStyle style) {
		Cell c = row.createCell(col);
		if (value != null) {
			c.setCellValue(value);
		}
		c.setCellStyle(style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle note;

		final CellStyle header;

		final CellStyle section;

		final CellStyle text;

		final CellStyle indent1;

		final CellStyle indent2;

		final CellStyle wrap;

		final CellStyle count;

		final CellStyle yuan;

		Styles(Workbook wb) {
			Font big = wb.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 16);
			Font bold = wb.createFont();
			bold.setBold(true);
			title = wb.createCellStyle();
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			note = wb.createCellStyle();
			note.setWrapText(true);
			header = bordered(wb);
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			section = bordered(wb);
			section.setFont(bold);
			section.setVerticalAlignment(VerticalAlignment.CENTER);
			section.setAlignment(HorizontalAlignment.CENTER);
			text = bordered(wb);
			indent1 = bordered(wb);
			indent1.setIndention((short) 2);
			indent2 = bordered(wb);
			indent2.setIndention((short) 4);
			wrap = bordered(wb);
			wrap.setWrapText(true);
			count = bordered(wb);
			count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
			yuan = bordered(wb);
			yuan.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
		}

		private static CellStyle bordered(Workbook wb) {
			CellStyle s = wb.createCellStyle();
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			s.setVerticalAlignment(VerticalAlignment.CENTER);
			return s;
		}

	}

}

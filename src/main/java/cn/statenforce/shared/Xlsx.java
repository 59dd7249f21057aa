package cn.statenforce.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a one-sheet XLSX (ledgers, exports) with a bold header row; streaming, so large ledgers do not
 * need the whole workbook in memory. Dates are written as text (yyyy-MM-dd) as bureaus hand them upward.
 */
public final class Xlsx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DisplayFormats.DATE_PATTERN);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DisplayFormats.DATE_TIME_PATTERN);

	private Xlsx() {
	}

	/**
	 * The HTTP answer that downloads a workbook under a (Chinese) file name, encoded for every browser
	 * (RFC 6266 / RFC 5987 {@code filename*}).
	 */
	public static ResponseEntity<byte[]> download(String fileName, byte[] workbook) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(CONTENT_TYPE))
			.body(workbook);
	}

	public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(sheetName);
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell c = head.createCell(i);
				c.setCellValue(headers.get(i));
				c.setCellStyle(bold);
			}
			int r = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					set(row.createCell(i), values.get(i));
				}
			}
			wb.write(out);
			wb.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void set(Cell cell, Object v) {
		if (v == null) {
			cell.setBlank();
		}
		else if (v instanceof Number n && !(v instanceof BigDecimal)) {
			cell.setCellValue(n.doubleValue());
		}
		else if (v instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
		}
		else if (v instanceof LocalDate d) {
			cell.setCellValue(DATE.format(d));
		}
		else if (v instanceof LocalDateTime t) {
			cell.setCellValue(DATE_TIME.format(t));
		}
		else if (v instanceof Boolean b) {
			cell.setCellValue(b ? "是" : "否");
		}
		else {
			cell.setCellValue(v.toString());
		}
	}

}

package cn.statenforce.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A holiday arrangement as a list (CSV or XLSX, first sheet): one row per date with 日期, 类型 (放假 / 调休上班) and
 * 说明 (the holiday's name), under a header row that may follow title rows (a sheet headed "2027年节假日安排" with a
 * merged title cell, say). Dates as 2027-01-01, 2027/1/1, 2027年1月1日 or spreadsheet dates. CSV in UTF-8 (with or
 * without BOM) or GB18030 as saved by Excel on Chinese Windows. Row numbers are the ones the user sees.
 */
final class ArrangementFile {

	private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
		.stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)).toList();

	/** One row as read; {@code date}/{@code dayType} null when unreadable (the error says why). */
	record Line(long rowNumber, LocalDate date, String dayType, String name, String error) {
	}

	private ArrangementFile() {
	}

	/** @throws IllegalArgumentException with a Chinese message when the file as a whole cannot be read */
	static List<Line> read(String filename, byte[] content) {
		List<List<String>> rows;
		List<Long> numbers = new ArrayList<>();
		String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || isZip(content)) {
			rows = xlsx(content, numbers);
		}
		else if (lower.endsWith(".csv") || lower.endsWith(".txt") || !lower.contains(".")) {
			rows = csv(content, numbers);
		}
		else {
			throw new IllegalArgumentException("只能导入 CSV 或 XLSX 文件");
		}
		int header = -1;
		int dateCol = -1, typeCol = -1, nameCol = -1;
		for (int r = 0; r < rows.size() && header < 0; r++) {
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				String v = cells.get(c).replace(" ", "");
				if (v.equals("日期")) {
					dateCol = c;
				}
				else if (v.equals("类型") || v.equals("放假/上班")) {
					typeCol = c;
				}
				else if (v.equals("说明") || v.equals("名称") || v.equals("节日") || v.equals("节日名称") || v.equals("备注")) {
					nameCol = c;
				}
			}
			if (dateCol >= 0 && typeCol >= 0 && nameCol >= 0) {
				header = r;
			}
			else {
				dateCol = typeCol = nameCol = -1;
			}
		}
		if (header < 0) {
			throw new IllegalArgumentException("未找到表头：文件须有“日期”“类型”“说明”三列");
		}
		List<Line> lines = new ArrayList<>();
		for (int r = header + 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			String date = cell(cells, dateCol), type = cell(cells, typeCol), name = cell(cells, nameCol);
			if (date.isEmpty() && type.isEmpty() && name.isEmpty()) {
				continue;
			}
			lines.add(line(numbers.get(r), date, type, name));
		}
		return lines;
	}

	private static Line line(long number, String dateText, String typeText, String name) {
		LocalDate date = date(dateText);
		if (date == null) {
			return new Line(number, null, null, name, "日期“" + dateText + "”无法识别（应为 2027-01-01 这样的日期）");
		}
		String type = switch (typeText.replace(" ", "")) {
			case "放假", "休息", "假日", "节假日", "HOLIDAY" -> CalendarDay.HOLIDAY;
			case "上班", "调休上班", "补班", "工作日", "WORKDAY" -> CalendarDay.WORKDAY;
			default -> null;
		};
		if (type == null) {
			return new Line(number, date, null, name, "类型“" + typeText + "”无法识别（应为“放假”或“调休上班”）");
		}
		if (name.isEmpty() || name.length() > 50) {
			return new Line(number, date, type, name, "说明（节日名称）不能为空且不超过50字");
		}
		return new Line(number, date, type, name, null);
	}

	private static LocalDate date(String text) {
		String t = text.trim();
		for (DateTimeFormatter f : DATES) {
			try {
				return LocalDate.parse(t, f);
			}
			catch (DateTimeParseException e) {
				// next pattern
			}
		}
		return null;
	}

	private static String cell(List<String> cells, int c) {
		return c < cells.size() && cells.get(c) != null ? cells.get(c).trim() : "";
	}

	private static boolean isZip(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K';
	}

	private static List<List<String>> xlsx(byte[] content, List<Long> numbers) {
		DataFormatter formatter = new DataFormatter(Locale.CHINA);
		List<List<String>> rows = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = wb.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add("");
					}
					else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
						cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
					}
					else {
						cells.add(formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
				numbers.add((long) row.getRowNum() + 1);
			}
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("无法读取 XLSX 文件，请确认是 Excel 2007 及以上格式");
		}
		return rows;
	}

	private static List<List<String>> csv(byte[] content, List<Long> numbers) {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, bomLength(content), content.length),
				charset(content)); CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
			for (CSVRecord r : parser) {
				rows.add(r.toList());
				numbers.add(r.getRecordNumber());
			}
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("无法读取 CSV 文件");
		}
		return rows;
	}

	private static int bomLength(byte[] content) {
		return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
	}

	/** UTF-8 when the bytes decode as UTF-8, GB18030 otherwise. */
	private static Charset charset(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException e) {
			return Charset.forName("GB18030");
		}
	}

}

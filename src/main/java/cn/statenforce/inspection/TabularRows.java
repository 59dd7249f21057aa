package cn.statenforce.inspection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a CSV or XLSX file one by one, never holding the file in memory: CSV per RFC 4180
 * (quoted fields may hold commas, quotes and line breaks; UTF-8 with or without BOM, otherwise GB18030 as
 * saved by Excel on Chinese Windows), XLSX through POI's SAX event API (first sheet). Line numbers are the
 * ones a user sees: the physical line a CSV record starts on, the row number of the spreadsheet.
 */
final class TabularRows {

	/** Receives each row; {@code lineNo} 1 is the header. */
	interface RowHandler {

		void row(long lineNo, List<String> cells);

	}

	/** The file is unreadable as a whole (not a spreadsheet, corrupt, wrong format). */
	static class UnreadableFileException extends RuntimeException {

		UnreadableFileException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private TabularRows() {
	}

	static void read(Path file, String format, RowHandler handler) {
		if ("XLSX".equals(format)) {
			readXlsx(file, handler);
		}
		else {
			readCsv(file, handler);
		}
	}

	static void readCsv(Path file, RowHandler handler) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			Charset charset = detectCharset(in);
			try (Reader reader = new InputStreamReader(in, charset)) {
				parseCsv(reader, handler);
			}
		}
		catch (IOException e) {
			throw new UnreadableFileException("无法读取CSV文件: " + e.getMessage(), e);
		}
	}

	/** UTF-8 (BOM skipped) when the first 64 KB decode as UTF-8, GB18030 otherwise. */
	private static Charset detectCharset(InputStream in) throws IOException {
		in.mark(1 << 16);
		byte[] head = in.readNBytes(1 << 16);
		in.reset();
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			in.skipNBytes(3);
			return StandardCharsets.UTF_8;
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(head.length + 1);
		boolean complete = head.length < (1 << 16);
		return utf8.decode(ByteBuffer.wrap(head), out, complete).isError() ? Charset.forName("GB18030")
				: StandardCharsets.UTF_8;
	}

	static void parseCsv(Reader reader, RowHandler handler) throws IOException {
		char[] buf = new char[1 << 16];
		List<String> cells = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean afterQuote = false;
		boolean any = false;
		long line = 1;
		long recordLine = 1;
		char previous = 0;
		for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
			for (int i = 0; i < n; i++) {
				char c = buf[i];
				if (quoted) {
					if (c == '"') {
						quoted = false;
						afterQuote = true;
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append(c);
					}
				}
				else if (c == '"') {
					if (afterQuote) {
						field.append('"');
					}
					quoted = true;
					afterQuote = false;
					any = true;
				}
				else if (c == ',') {
					cells.add(field.toString());
					field.setLength(0);
					afterQuote = false;
					any = true;
				}
				else if (c == '\n' || c == '\r') {
					if (!(c == '\n' && previous == '\r')) {
						if (any || field.length() > 0) {
							cells.add(field.toString());
							handler.row(recordLine, List.copyOf(cells));
						}
						cells.clear();
						field.setLength(0);
						any = false;
						afterQuote = false;
						line++;
						recordLine = line;
					}
				}
				else {
					field.append(c);
					afterQuote = false;
					any = true;
				}
				previous = c;
			}
		}
		if (any || field.length() > 0) {
			cells.add(field.toString());
			handler.row(recordLine, List.copyOf(cells));
		}
	}

	static void readXlsx(Path file, RowHandler handler) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("XLSX文件中没有工作表", null);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(handler),
						new DataFormatter(), false));
				xml.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableFileException | DirectoryImportService.ImportAbortedException e) {
			throw e;
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof DirectoryImportService.ImportAbortedException aborted) {
				throw aborted;
			}
			throw new UnreadableFileException("无法读取XLSX文件: " + e.getMessage(), e);
		}
		catch (Exception e) {
			throw new UnreadableFileException("无法读取XLSX文件（文件损坏或不是XLSX格式）: " + e.getMessage(), e);
		}
	}

	/** Collects the cells of one sheet row (missing cells become empty strings). */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		private long rowNo;

		SheetRows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			rowNo = rowNum + 1L;
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().anyMatch(c -> !c.isEmpty())) {
				handler.row(rowNo, List.copyOf(cells));
			}
		}

		@Override
		public void cell(String ref, String formatted, XSSFComment comment) {
			int col = new CellReference(ref).getCol();
			while (cells.size() < col) {
				cells.add("");
			}
			cells.add(formatted == null ? "" : formatted);
		}

	}

}

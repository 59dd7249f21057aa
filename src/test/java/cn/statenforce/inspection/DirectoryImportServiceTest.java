package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/** The directory import: row-level error report, valid rows imported, re-import updates, all-or-nothing. */
@StatEnforceTest
class DirectoryImportServiceTest {

	static final String HEADER = "统一社会信用代码,单位名称,行政区划代码,行业代码,规模,联网直报,风险标签";

	@Autowired
	DirectoryImportService imports;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	final Random random = new Random(System.nanoTime());

	String code() {
		return UnifiedSocialCreditCode.of("91", "430302", String.format("%08d", random.nextInt(100_000_000))).value();
	}

	/** The same code with a wrong check character: the credit-code validation must reject it. */
	static String badCheck(String code) {
		char wrong = code.charAt(17) == '0' ? '1' : '0';
		return code.substring(0, 17) + wrong;
	}

	@Test
	void shouldImportValidRowsAndReportEveryBadRowOfACsv() throws IOException {
		CurrentUser user = fixture.user("yuhu.inspector1");
		String a = code();
		String b = code();
		String c = code();
		String csv = HEADER + "\r\n"
				+ a + ",雨湖区甲机械有限公司,430302,C34,小型,是,投诉举报\r\n"            // 2 ok
				+ badCheck(code()) + ",雨湖区乙公司,430302,C34,小型,是,\r\n"           // 3 check digit
				+ b + ",岳塘区丙公司,430304,C34,小型,否,\r\n"                         // 4 outside the bureau
				+ code() + ",,430302,C34,巨型,否,\r\n"                                // 5 name empty + size
				+ a + ",重复的公司,430302,F51,微型,否,\r\n"                            // 6 duplicate of line 2
				+ c.toLowerCase() + ",\"雨湖区\"\"丁\"\"商贸, 有限公司\n（分部）\",430302,F51,微型,否,数据异常、曾有违法\r\n" // 7-8 ok
				+ code() + ",雨湖区戊公司,430302,F51,微型,也许,\r\n";                    // 9 online flag
		Path file = dir.resolve("units.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		DirectoryImport result = imports.importFile(user, "units.csv", file);
		assertThat(result.status()).isEqualTo(DirectoryImport.DONE);
		assertThat(result.processedRows()).isEqualTo(7);
		assertThat(result.insertedRows()).isEqualTo(2);
		assertThat(result.rejectedRows()).isEqualTo(5);
		List<ImportError> errors = imports.allErrors(user, result.id());
		assertThat(errors).extracting(ImportError::lineNo, ImportError::columnName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "统一社会信用代码"),
					org.assertj.core.groups.Tuple.tuple(4L, "行政区划代码"),
					org.assertj.core.groups.Tuple.tuple(5L, "单位名称"), org.assertj.core.groups.Tuple.tuple(5L, "规模"),
					org.assertj.core.groups.Tuple.tuple(6L, "统一社会信用代码"),
					org.assertj.core.groups.Tuple.tuple(9L, "联网直报"));
		assertThat(errors.get(0).reason()).contains("校验位");
		assertThat(errors.get(4).reason()).contains("第 2 行重复");
		assertThat(name(c)).isEqualTo("雨湖区\"丁\"商贸, 有限公司\n（分部）");
		assertThat(jdbc.queryForObject("SELECT risk_tags FROM enterprise WHERE credit_code = ?", String.class, c))
			.isEqualTo("DATA_ANOMALY,PRIOR_VIOLATION");

		Files.writeString(file, HEADER + "\n" + a + ",雨湖区甲机械制造有限公司,430302,C34,中型,是,\n", StandardCharsets.UTF_8);
		DirectoryImport again = imports.importFile(user, "units.csv", file);
		assertThat(again.updatedRows()).isEqualTo(1);
		assertThat(again.insertedRows()).isZero();
		assertThat(name(a)).isEqualTo("雨湖区甲机械制造有限公司");
		assertThat(jdbc.queryForObject("SELECT size_class FROM enterprise WHERE credit_code = ?", String.class, a)).isEqualTo("MEDIUM");
	}

	@Test
	void shouldReadGbkCsvAsSavedByExcel() throws IOException {
		String a = code();
		Path file = dir.resolve("gbk.csv");
		Files.write(file, (HEADER + "\r\n" + a + ",雨湖区己有限公司,430302,C34,小型,是,\r\n").getBytes(Charset.forName("GBK")));
		DirectoryImport result = imports.importFile(fixture.user("yuhu.inspector1"), "gbk.csv", file);
		assertThat(result.insertedRows()).isEqualTo(1);
		assertThat(name(a)).isEqualTo("雨湖区己有限公司");
	}

	@Test
	void shouldImportAnXlsxWithRowLevelErrors() throws IOException {
		String a = code();
		Path file = dir.resolve("units.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet s = wb.createSheet("名录");
			row(s, 0, HEADER.split(","));
			Row r = row(s, 1, a, "雨湖区庚有限公司");
			r.createCell(2).setCellValue(430302); // numeric cell, as Excel stores it
			row(s, 2, badCheck(code()), "雨湖区辛有限公司", "430302");
			row(s, 3, code(), "雨湖区壬有限公司", "999999");
			wb.write(out);
		}
		DirectoryImport result = imports.importFile(fixture.user("yuhu.inspector1"), "units.xlsx", file);
		assertThat(result.status()).isEqualTo(DirectoryImport.DONE);
		assertThat(result.insertedRows()).isEqualTo(1);
		assertThat(imports.allErrors(fixture.user("yuhu.inspector1"), result.id()))
			.extracting(ImportError::lineNo, ImportError::columnName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "统一社会信用代码"),
					org.assertj.core.groups.Tuple.tuple(4L, "行政区划代码"));
		assertThat(name(a)).isEqualTo("雨湖区庚有限公司");
	}

	@Test
	void shouldWriteNothingWhenTheHeaderIsUnusable() throws IOException {
		String a = code();
		Path file = dir.resolve("noheader.csv");
		Files.writeString(file, "单位名称,行政区划代码\n雨湖区某公司,430302\n" + a + ",x\n", StandardCharsets.UTF_8);
		DirectoryImport result = imports.importFile(fixture.user("yuhu.inspector1"), "noheader.csv", file);
		assertThat(result.status()).isEqualTo(DirectoryImport.FAILED);
		assertThat(imports.allErrors(fixture.user("yuhu.inspector1"), result.id()))
			.extracting(ImportError::lineNo, ImportError::columnName).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "统一社会信用代码"));
	}

	@Test
	void shouldWriteNothingWhenTheFileBreaksHalfWay() throws IOException {
		Path good = dir.resolve("good.xlsx");
		String first;
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
			Sheet s = wb.createSheet("名录");
			row(s, 0, HEADER.split(","));
			first = code();
			row(s, 1, first, "雨湖区首行有限公司", "430302");
			for (int i = 2; i <= 1500; i++) {
				row(s, i, code(), "雨湖区批量" + i + "有限公司", "430302");
			}
			wb.write(out);
		}
		Path broken = dir.resolve("broken.xlsx");
		truncateSheet(good, broken);
		DirectoryImport result = imports.importFile(fixture.user("yuhu.inspector1"), "broken.xlsx", broken);
		assertThat(result.status()).isEqualTo(DirectoryImport.FAILED);
		assertThat(result.processedRows()).isGreaterThan(500);
		assertThat(result.insertedRows()).isZero();
		assertThat(result.failure()).contains("XLSX");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, first)).isZero();
	}

	private static void truncateSheet(Path from, Path to) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals("xl/worksheets/sheet1.xml")) {
					content = java.util.Arrays.copyOf(content, content.length * 3 / 4);
				}
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
	}

	private static Row row(Sheet s, int index, String... values) {
		Row r = s.createRow(index);
		for (int i = 0; i < values.length; i++) {
			r.createCell(i).setCellValue(values[i]);
		}
		return r;
	}

	private String name(String code) {
		return jdbc.queryForObject("SELECT name FROM enterprise WHERE credit_code = ?", String.class, code.toUpperCase());
	}


}

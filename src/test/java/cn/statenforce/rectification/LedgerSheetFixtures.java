package cn.statenforce.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Problem lists laid out the way inspection teams, audit offices and supervision teams send them (not the way our
 * exporter writes them): title rows, a 填表说明, merged cells, header variants, aspect heading rows, month-only and
 * 长期坚持 deadlines, several units in one cell, notes under the table. Each layout states what a reader counts in
 * it by hand; the tests compare the import against those counts.
 */
public final class LedgerSheetFixtures {

	private LedgerSheetFixtures() {
	}

	/** The names a layout uses for units and leaders; leaders are written as the bureau writes them (full names). */
	public record Names(String leader, String director) {
	}

	/**
	 * 巡察组 feedback ledger (.xlsx): title row, a blank row, a 填表说明, then 序号 | 问题类别 | 具体问题 | 整改措施 | 责任单位 |
	 * 责任领导 | 整改时限 | 备注. 2 aspects, 4 problems, 6 measures; 问题类别, 具体问题, 序号 and 责任单位 merged over the measure
	 * rows; deadlines as Excel dates (one on 10-01, a holiday), 某年6月底 / 9月底前 (month end), 长期坚持 and 立行立改.
	 * Units: 局办公室, 法规股, 综合统计股, 执法大队. Header on row 4, data on rows 5–10.
	 */
	public static byte[] patrolLedger(int year, Names n) {
		Book b = new Book(false);
		b.put(0, 0, "中共雨湖区委第五巡察组反馈问题整改台账").merge(0, 0, 0, 7);
		b.put(2, 0, "填表说明：1.责任单位填牵头科室；2.整改时限精确到日，长期坚持的写明“长期坚持”；3.同一问题多条措施的，合并“具体问题”单元格。").merge(2, 2, 0, 7);
		b.row(3, "序号", "问题类别", "具体问题", "整改措施", "责任单位", "责任领导", "整改时限", "备注");
		b.row(4, 1, "落实统计工作决策部署方面", "学习贯彻习近平总书记关于统计工作重要论述不够深入，理论学习中心组学习流于形式", "制定年度理论学习计划，每季度开展一次统计专题学习",
				"局办公室", n.leader(), LocalDate.of(year, 3, 31), null);
		b.row(5, null, null, null, "开展统计法治专题研讨，形成研讨材料", null, n.leader(), year + "年6月底", "与学习计划同步");
		b.merge(4, 6, 1, 1).merge(4, 5, 2, 2).merge(4, 5, 0, 0).merge(4, 5, 4, 4);
		b.row(6, 2, null, "统计法治宣传形式单一，“谁执法谁普法”责任落实不到位", "建立“谁执法谁普法”长效机制，年初制定普法清单", "法规股",
				n.director(), "长期坚持", null);
		b.row(7, 3, "防范和惩治统计造假、弄虚作假方面", "统计数据质量审核把关不严，部分基层统计台账不健全", "建立基层统计台账月度抽查制度", "综合统计股",
				n.leader(), LocalDate.of(year, 10, 1), null);
		b.row(8, null, null, null, "对抽查发现的台账问题立行立改", "综合统计股", n.leader(), "立行立改", null);
		b.merge(7, 9, 1, 1).merge(7, 8, 2, 2).merge(7, 8, 0, 0);
		b.row(9, 4, null, "统计执法检查覆盖面不足，“双随机”抽查比例偏低", "将“双随机”抽查比例提高到名录库单位的5%以上", "执法大队", n.leader(),
				year + "年9月底前", null);
		return b.bytes();
	}

	/**
	 * Audit rectification list (.xls, the old Excel format): a title, then 序号 | 存在问题 | 整改举措 | 牵头单位 | 分管领导 | 完成时限 |
	 * 整改类型, aspects as heading rows across the table (一、… 二、…), a problem written again on the next row for its second
	 * measure, two units in one cell, text dates (2027/11/30, 2027.12.31, 2027年12月31日前), 持续推进, and a note under the
	 * table. 2 aspects, 3 problems, 4 measures. Units: 局办公室 (with 财务室 as co-unit), 财务室, 综合统计股.
	 */
	public static byte[] auditList(int year, Names n) {
		Book b = new Book(true);
		b.put(0, 0, "区审计局审计发现问题整改清单").merge(0, 0, 0, 6);
		b.row(1, "序号", "存在问题", "整改举措", "牵头单位", "分管领导", "完成时限", "整改类型");
		b.put(2, 0, "一、财务管理方面").merge(2, 2, 0, 6);
		b.row(3, "1", "公务接待费报销凭证不全，个别接待无审批单", "补齐接待审批单和接待清单", "局办公室、财务室", n.leader(), year + "/11/30", "限期整改");
		b.row(4, "1", "公务接待费报销凭证不全，个别接待无审批单", "修订公务接待管理办法并长期执行", "局办公室", n.leader(), "持续推进", "长期坚持");
		b.row(5, "2", "固定资产账实不符", "开展固定资产全面清查", "财务室", n.leader(), year + ".12.31", "限期整改");
		b.put(6, 0, "二、项目管理方面").merge(6, 6, 0, 6);
		b.row(7, "3", "统计调查项目经费使用不规范", "规范调查经费审批和报销流程", "综合统计股", n.director(), year + "年12月31日前", "限期整改");
		b.put(8, 0, "注：整改类型按立行立改、限期整改、长期坚持填写。").merge(8, 8, 0, 6);
		return b.bytes();
	}

	/**
	 * A supervision self-check table (.xlsx): no 方面 and no 责任领导 column, a 填报单位 line, header variants 问题表现 |
	 * 工作举措 (not a header we know: the user maps it to 整改措施) | 责任部门 | 时限; deadlines 某年10月中旬 and 某年5月. 2 problems,
	 * 2 measures. Units: 统计执法监督股, 综合统计股.
	 */
	public static byte[] supervisionSelfCheck(int year) {
		return supervisionSelfCheck(year, "统计执法监督股");
	}

	/** {@link #supervisionSelfCheck(int)} with another name for the first row's unit (a name no other test uses). */
	public static byte[] supervisionSelfCheck(int year, String firstUnit) {
		Book b = new Book(false);
		b.put(0, 0, "统计督察反馈问题自查整改表").merge(0, 0, 0, 4);
		b.put(1, 0, "填报单位：雨湖区统计局　　填报日期：");
		b.row(2, "序号", "问题表现", "工作举措", "责任部门", "时限");
		b.row(3, 1, "部分“四上”企业统计台账缺失", "督促企业建立统计台账并逐户核查", firstUnit, year + "年10月中旬");
		b.row(4, 2, "统计数据审核不及时", "落实数据审核日报告制度", "综合统计股", year + "年5月");
		return b.bytes();
	}

	/** A small list with faults: every fault of a row is to be reported (row numbers as Excel shows them). */
	public static byte[] faulty(int year, Names n, LocalDate beforeFeedback) {
		Book b = new Book(false);
		b.row(0, "序号", "方面", "问题", "整改措施", "整改类别", "责任单位", "责任领导", "完成时限");
		b.row(1, 1, "数据质量方面", "基层台账不健全", "建立台账", "限期整改", "综合统计股", n.leader(), LocalDate.of(year, 6, 30));
		// row 3: three faults — no measure, a category we do not know, a deadline we cannot read
		b.row(2, 2, "数据质量方面", "审核不严", null, "马上改", "综合统计股", n.leader(), "下个月");
		// row 4: no unit, and a deadline before the feedback
		b.row(3, 3, "数据质量方面", "报送不及时", "按时报送", "限期整改", null, n.leader(), beforeFeedback);
		// row 5: text over the column's size (问题 holds 2000 characters)
		b.row(4, 4, "数据质量方面", "问".repeat(2001), "整改", "限期整改", "综合统计股", n.leader(), LocalDate.of(year, 6, 30));
		return b.bytes();
	}

	/** Writes cells: text, numbers, dates (as Excel dates) and merged regions. */
	static final class Book {

		private final Workbook wb;

		private final Sheet sheet;

		private final CellStyle date;

		Book(boolean xls) {
			wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
			sheet = wb.createSheet("问题清单");
			date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
		}

		Book put(int row, int col, Object value) {
			Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
			if (value == null) {
				return this;
			}
			Cell c = r.createCell(col);
			if (value instanceof LocalDate d) {
				c.setCellValue(d);
				c.setCellStyle(date);
			}
			else if (value instanceof Number num) {
				c.setCellValue(num.doubleValue());
			}
			else {
				c.setCellValue(value.toString());
			}
			return this;
		}

		Book row(int row, Object... values) {
			for (int i = 0; i < values.length; i++) {
				put(row, i, values[i]);
			}
			if (values.length == 0) {
				sheet.createRow(row);
			}
			return this;
		}

		Book merge(int firstRow, int lastRow, int firstCol, int lastCol) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
			return this;
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

	/** The unit names each layout uses (what an empty directory would list as unknown). */
	public static final List<String> PATROL_UNITS = List.of("局办公室", "法规股", "综合统计股", "执法大队");

	public static final List<String> AUDIT_UNITS = List.of("局办公室", "财务室", "综合统计股");

}

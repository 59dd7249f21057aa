package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * 名录导入 and 随机抽取 on MariaDB through Connector/J, the two paths whose JDBC binding and reading differ from H2:
 * the import binds empty cells as typed NULLs (dates, flags, text) and overwrites cells with NULL on re-import; the
 * draw streams the directory (the driver's row-by-row mode) and its stored snapshot verifies.
 */
// its own database: the 300 units it imports into 雨湖区's directory must not change what the other MariaDB ITs count
@org.springframework.test.context.TestPropertySource(properties = "STATENFORCE_IT_DB_NAME=statenforce_it_import")
@StatEnforceMariaDbIT
class DirectoryImportDrawMariaDbIT {

	static final String HEADER = "统一社会信用代码,单位名称,行政区划代码,行业代码,规模,当事人类型,法定代表人,地址,电话,联网直报,风险标签,上次检查日期,上次检查结果";

	@Autowired
	DirectoryImportService imports;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	InspectionRegisters registers;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void shouldImportEmptyCellsAsNullsAndDrawFromTheStreamedDirectory() throws IOException {
		CurrentUser inspector = fixture.user("yuhu.inspector1");
		String full = UnifiedSocialCreditCode.of("91", "430302", "MA4L0T21").value();
		String sparse = UnifiedSocialCreditCode.of("92", "430302", "MA4L0T22").value();
		StringBuilder csv = new StringBuilder(HEADER).append('\n')
			// every cell filled; the date is a Sunday (2025-10-05, 国庆假期)
			.append(full).append(",湘潭市雨湖区长城机械制造有限公司,430302,C3411,中型,法人或其他组织,欧阳建国,湘潭市雨湖区建设北路88号,0731-58221234,是,投诉举报,2025-10-05,未发现问题\n")
			// only the required cells: the rest are NULL (or the column's default)
			.append(sparse).append(",雨湖区王记副食店,430302,,,,,,,,,,\n");
		for (int i = 0; i < 300; i++) {
			csv.append(UnifiedSocialCreditCode.of("91", "430302", String.format("MT%06d", i)).value())
				.append(",雨湖区流式读取测试").append(i).append("号商贸有限公司,430302,F5211,微型,,,,,否,,,\n");
		}
		Path file = dir.resolve("名录.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		DirectoryImport first = imports.importFile(inspector, "名录.csv", file);
		assertThat(first.status()).isEqualTo(DirectoryImport.DONE);
		assertThat(first.insertedRows()).isEqualTo(302);
		assertThat(first.rejectedRows()).isZero();

		Map<String, Object> f = row(full);
		assertThat(f.get("industry_code")).isEqualTo("C3411");
		assertThat(f.get("size_class")).isEqualTo("MEDIUM");
		assertThat(f.get("legal_representative")).isEqualTo("欧阳建国");
		assertThat(f.get("phone")).isEqualTo("0731-58221234");
		assertThat(f.get("online_reporting")).isEqualTo(Boolean.TRUE);
		assertThat(f.get("risk_tags")).isEqualTo("COMPLAINT");
		assertThat(f.get("last_inspected_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2025, 10, 5)));
		assertThat(f.get("last_inspection_result")).isEqualTo("未发现问题");
		Map<String, Object> s = row(sparse);
		assertThat(s.get("industry_code")).isNull();
		assertThat(s.get("size_class")).isNull();
		assertThat(s.get("party_type")).isEqualTo("ORGANIZATION");
		assertThat(s.get("legal_representative")).isNull();
		assertThat(s.get("address")).isNull();
		assertThat(s.get("online_reporting")).isEqualTo(Boolean.FALSE);
		assertThat(s.get("risk_tags")).isNull();
		assertThat(s.get("last_inspected_on")).isNull();
		assertThat(s.get("last_inspection_result")).isNull();

		// the file's empty cells overwrite what the unit had: the date, the result and the phone become NULL
		Files.writeString(file, HEADER + "\n" + full
				+ ",湘潭市雨湖区长城机械制造有限公司,430302,C3411,大型,法人或其他组织,欧阳建国,湘潭市雨湖区建设北路88号,,是,,,\n",
				StandardCharsets.UTF_8);
		DirectoryImport again = imports.importFile(inspector, "名录.csv", file);
		assertThat(again.updatedRows()).isEqualTo(1);
		f = row(full);
		assertThat(f.get("size_class")).isEqualTo("LARGE");
		assertThat(f.get("phone")).isNull();
		assertThat(f.get("risk_tags")).isNull();
		assertThat(f.get("last_inspected_on")).isNull();
		assertThat(f.get("last_inspection_result")).isNull();
		assertThat(((Number) f.get("row_version")).intValue()).isEqualTo(1);

		// the draw reads the whole directory of 雨湖区 (demo units and the 302 imported) through the streamed result
		CurrentUser legal = fixture.user("yuhu.legal");
		long units = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE bureau_id = ?", Long.class,
				legal.bureauId());
		List<Long> items = registers.items(legal.bureauId(), true).stream().map(i -> i.id()).toList();
		InspectionPlan p = plans.create(legal, new PlanCommand("2026年雨湖区统计执法双随机抽查", PlanType.RANDOM,
				AppClock.today().getYear(), null, null, null, null, null, false, false, 20, null, 3, null, AppClock.today(),
				items));
		plans.submit(legal, p.id());
		plans.decide(fixture.user("yuhu.leader"), p.id(), true, "同意");
		// the read is one ordered scan of the narrow draw index: no row read, no sort (V9_2)
		DirectoryPopulation.Query read = DirectoryPopulation.query(List.of(legal.bureauId()), plans.get(legal, p.id()), null);
		Map<String, Object> plan = jdbc.queryForList("EXPLAIN " + read.sql(), read.args()).get(0);
		assertThat(plan.get("key")).isEqualTo("ix_enterprise_draw");
		assertThat(String.valueOf(plan.get("Extra"))).contains("Using index").doesNotContain("filesort");
		Draw d = plans.draw(legal, p.id(), 20261202L);
		assertThat((long) d.population()).isEqualTo(units);
		assertThat(d.unitCount()).isEqualTo(20);
		DrawVerification v = plans.verify(legal, d.id());
		assertThat(v.snapshotIntact()).isTrue();
		assertThat(v.identical()).isTrue();
		assertThat(v.recomputedHash()).isEqualTo(d.snapshotHash());
	}

	private Map<String, Object> row(String creditCode) {
		return jdbc.queryForMap("SELECT industry_code, size_class, party_type, legal_representative, address, phone, "
				+ "online_reporting, risk_tags, last_inspected_on, last_inspection_result, row_version FROM enterprise "
				+ "WHERE credit_code = ?", creditCode);
	}

}

package cn.statenforce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.inspection.DirectoryImport;
import cn.statenforce.inspection.DirectoryImportService;
import cn.statenforce.inspection.Draw;
import cn.statenforce.inspection.DrawOutcome;
import cn.statenforce.inspection.DrawParameters;
import cn.statenforce.inspection.DrawSnapshot;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.inspection.RandomDraw;
import cn.statenforce.inspection.SnapshotInspector;
import cn.statenforce.inspection.SnapshotUnit;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * Benchmark of the inspection capability (not part of the normal suite; see bench/README.md), on the database of
 * the concrete subclass ({@link InspectionBenchmark}: H2 in memory, {@link InspectionMariaDbBenchmark}: MariaDB):
 * a draw of 1,000 units from a 1,000,000-unit directory (pure algorithm, and through the service against
 * the database including the directory read, hashing and persistence) and the import of 1,000,000 generated rows
 * (CSV; XLSX unless {@code -Dbench.xlsx=false}). Appends a dated section to the subclass's results file.
 */
abstract class InspectionBench {

	static final int UNITS = Integer.getInteger("bench.units", 1_000_000);

	static final int SAMPLE = 1_000;

	@Autowired
	DirectoryImportService imports;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	InspectionRegisters registers;

	@Autowired
	UserService users;

	final List<String> lines = new ArrayList<>();

	@Test
	void drawAndImport() throws IOException {
		String loadBefore = load();
		pureDraw();
		Path dir = Files.createTempDirectory("inspection-bench");
		Path csv = dir.resolve("directory.csv");
		long t0 = System.nanoTime();
		writeCsv(csv);
		lines.add(row("generate CSV file (" + UNITS + " rows, " + Files.size(csv) / 1_000_000 + " MB)", ms(t0), "-"));
		CurrentUser inspector = user("yuhu.inspector1");
		t0 = System.nanoTime();
		DirectoryImport csvImport = imports.importFile(inspector, "directory.csv", csv);
		long csvMs = ms(t0);
		assertThat(csvImport.status()).isEqualTo(DirectoryImport.DONE);
		assertThat(csvImport.processedRows()).isEqualTo(UNITS);
		lines.add(row("import CSV, " + UNITS + " rows (inserted " + csvImport.insertedRows() + ", updated "
				+ csvImport.updatedRows() + ", rejected " + csvImport.rejectedRows() + ")", csvMs, "< 60,000"));
		serviceDraw();
		if (Boolean.parseBoolean(System.getProperty("bench.xlsx", "true"))) {
			Path xlsx = dir.resolve("directory.xlsx");
			t0 = System.nanoTime();
			writeXlsx(xlsx);
			lines.add(row("generate XLSX file (" + UNITS + " rows, " + Files.size(xlsx) / 1_000_000 + " MB)", ms(t0), "-"));
			t0 = System.nanoTime();
			DirectoryImport x = imports.importFile(inspector, "directory.xlsx", xlsx);
			long xMs = ms(t0);
			assertThat(x.status()).isEqualTo(DirectoryImport.DONE);
			lines.add(row("re-import XLSX, " + UNITS + " rows (updated " + x.updatedRows() + ", inserted "
					+ x.insertedRows() + ", rejected " + x.rejectedRows() + ")", xMs, "< 60,000"));
		}
		Files.walk(dir).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		write(loadBefore, load());
	}

	/** 1,000 units and their inspectors from a generated 1,000,000-unit snapshot, in memory. */
	private void pureDraw() {
		Random r = new Random(1);
		List<SnapshotUnit> units = new ArrayList<>(UNITS);
		for (int i = 0; i < UNITS; i++) {
			String code = UnifiedSocialCreditCode.of("91", i % 2 == 0 ? "430302" : "430304", String.format("%08d", i)).value();
			units.add(new SnapshotUnit(code, i + 1L, i % 2 == 0 ? "430302" : "430304", r.nextInt(10) == 0 ? "COMPLAINT" : "",
					r.nextInt(20) == 0 ? "CLEAN_RECENTLY" : null));
		}
		List<SnapshotInspector> inspectors = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			inspectors.add(new SnapshotInspector("inspector" + i, "4303" + i, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1)));
		}
		List<DrawSnapshot.Recusal> recusals = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			recusals.add(new DrawSnapshot.Recusal("inspector" + (i % 30), units.get(r.nextInt(UNITS)).creditCode()));
		}
		long t0 = System.nanoTime();
		DrawSnapshot snapshot = new DrawSnapshot(units, inspectors, recusals);
		lines.add(row("build snapshot object (sort check/sort of " + UNITS + " units)", ms(t0), "-"));
		long best = Long.MAX_VALUE;
		long[] runs = new long[5];
		for (int i = 0; i < runs.length; i++) {
			t0 = System.nanoTime();
			DrawOutcome out = RandomDraw.run(new DrawParameters(1000L + i, SAMPLE, null, 3, null, LocalDate.of(2026, 6, 1)), snapshot);
			runs[i] = ms(t0);
			best = Math.min(best, runs[i]);
			assertThat(out.units()).hasSize(SAMPLE);
		}
		lines.add(row("pure draw 1,000 of " + UNITS + " (single stage, risk weight 3), 5 runs " + Arrays.toString(runs),
				best, "< 1,000"));
		t0 = System.nanoTime();
		DrawOutcome two = RandomDraw.run(new DrawParameters(7L, SAMPLE, null, 3, 1, LocalDate.of(2026, 6, 1)), snapshot);
		lines.add(row("pure draw 1,000 of " + UNITS + " (two stages: 1 of 2 bureaus, then units)", ms(t0), "< 1,000"));
		assertThat(two.units()).hasSize(SAMPLE);
		t0 = System.nanoTime();
		String hash = snapshot.sha256();
		lines.add(row("SHA-256 of the canonical snapshot text", ms(t0), "-"));
		t0 = System.nanoTime();
		DrawSnapshot.Sealed sealed = snapshot.seal();
		lines.add(row("SHA-256 + gzip in one pass, as a stored draw needs (" + sealed.gzip().length / 1_000_000
				+ " MB stored)", ms(t0), "-"));
		assertThat(sealed.sha256()).isEqualTo(hash);
		assertThat(hash).hasSize(64);
	}

	/** The real draw of a 雨湖区 plan over the imported directory: read, exclusions, draw, hash, store. */
	private void serviceDraw() {
		CurrentUser legal = user("yuhu.legal");
		List<Long> items = registers.items(legal.bureauId(), true).stream().map(i -> i.id()).toList();
		InspectionPlan p = plans.create(legal, new PlanCommand("基准测试计划", PlanType.RANDOM, AppClock.today().getYear(), null,
				null, null, null, null, false, false, SAMPLE, null, 3, null, AppClock.today(), items));
		plans.submit(legal, p.id());
		plans.decide(user("yuhu.leader"), p.id(), true, "同意");
		long t0 = System.nanoTime();
		Draw d = plans.draw(legal, p.id(), 42L);
		lines.add(row("service draw 1,000 of " + d.population() + " (read + exclusions + draw + hash + gzip + store)",
				ms(t0), "-"));
		t0 = System.nanoTime();
		boolean identical = plans.verify(legal, d.id()).identical();
		lines.add(row("verify that draw (unzip + re-hash + re-run + compare)", ms(t0), "-"));
		assertThat(identical).isTrue();
	}

	private static void writeCsv(Path file) throws IOException {
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("统一社会信用代码,单位名称,行政区划代码,行业代码,规模,联网直报,风险标签\n");
			for (int i = 0; i < UNITS; i++) {
				w.write(code(i));
				w.write(",湘潭市雨湖区基准测试" + i + "有限公司,430302,C34,小型,是,");
				w.write(i % 10 == 0 ? "投诉举报\n" : "\n");
			}
		}
	}

	private static void writeXlsx(Path file) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
			wb.setCompressTempFiles(true);
			Sheet s = wb.createSheet("名录");
			Row head = s.createRow(0);
			String[] headers = { "统一社会信用代码", "单位名称", "行政区划代码", "行业代码", "规模", "联网直报" };
			for (int c = 0; c < headers.length; c++) {
				head.createCell(c).setCellValue(headers[c]);
			}
			for (int i = 0; i < UNITS; i++) {
				Row r = s.createRow(i + 1);
				r.createCell(0).setCellValue(code(i));
				r.createCell(1).setCellValue("湘潭市雨湖区基准测试" + i + "有限责任公司");
				r.createCell(2).setCellValue(430302);
				r.createCell(3).setCellValue("C34");
				r.createCell(4).setCellValue("中型");
				r.createCell(5).setCellValue("否");
			}
			wb.write(out);
			wb.dispose();
		}
	}

	private static String code(int i) {
		return UnifiedSocialCreditCode.of("91", "430302", String.format("B%07d", i)).value();
	}

	private CurrentUser user(String username) {
		UserSummary u = users.summary(username);
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), u.roles());
	}

	private static long ms(long t0) {
		return (System.nanoTime() - t0) / 1_000_000;
	}

	private static String row(String what, long ms, String target) {
		return "| " + what + " | " + String.format(Locale.ROOT, "%,d", ms) + " | " + target + " |";
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	/** Where the dated section goes. */
	abstract Path resultsFile();

	/** The database, as the results name it. */
	abstract String database();

	private void write(String loadBefore, String loadAfter) throws IOException {
		StringBuilder md = new StringBuilder("\n## Inspection — ")
			.append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.append("\n\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
			.append(System.getProperty("java.version")).append(", max heap ")
			.append(Runtime.getRuntime().maxMemory() / 1_048_576).append(" MB, ").append(database()).append(". ")
			.append("Load average (1/5/15 min, running/total) before: `").append(loadBefore).append("`, after: `")
			.append(loadAfter).append("` — the machine is shared with other builds.\n\n")
			.append("| step | ms | target ms |\n|---|---:|---:|\n");
		lines.forEach(l -> md.append(l).append('\n'));
		Path results = resultsFile();
		if (!Files.exists(results)) {
			Files.createDirectories(results.getParent());
			Files.writeString(results, "# Benchmark results: inspection draw and import\n", StandardCharsets.UTF_8);
		}
		Files.writeString(results, md.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		System.out.println(md);
	}


}

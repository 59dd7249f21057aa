package cn.statenforce.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import cn.statenforce.enforcementcase.CaseFilter;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.reporting.AnnualReportService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.UnifiedSocialCreditCode;
import cn.statenforce.workbench.TaskFilter;
import cn.statenforce.workbench.TaskInbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province benchmark (bench/README.md): for each scale of the data set (default 1 %, 10 %, 100 %) it
 * generates and loads the province into MariaDB, checks that the engine and the pages work over the clones,
 * explains the main list queries, measures the case lifecycle through the services and on a bare engine, then
 * starts the packaged application as its own JVM and measures start-up, API latency at 50 concurrent users,
 * the year-end report, the import of 1,000,000 rows and the draw of 1,000 from them, and the heap. Writes
 * bench/results.json and bench/results.md.
 */
@Tag("bench")
class ProvinceBenchmark {

	static final String DB = "statenforce_bench";

	static final int APP_PORT = Integer.getInteger("bench.port", 18086);

	static final int DRIVER_PORT = APP_PORT + 1;

	static final long SEED = Long.getLong("bench.seed", 20261201L);

	final Results results = new Results();

	@Test
	void province() throws Exception {
		List<Double> scales = new ArrayList<>();
		for (String s : System.getProperty("bench.scales", "1,10,100").split(",")) {
			scales.add(Double.parseDouble(s.trim()));
		}
		Path jar = jar();
		results.machine(jar);
		if (Boolean.getBoolean("bench.merge")) {
			results.keepEarlierScales();
		}
		// MariaDB's default 128 MB buffer pool is far below what a province's database needs; a production server
		// has the working set in memory. Raised for the run (dynamic in 10.11) and put back afterwards.
		long wanted = Long.getLong("bench.bufferPool", 2L << 30);
		long original;
		try (Connection c = BenchDb.server(); java.sql.Statement st = c.createStatement()) {
			original = Long.parseLong(BenchDb.variables(c, "innodb_buffer_pool_size").get("innodb_buffer_pool_size"));
			if (original < wanted) {
				st.execute("SET GLOBAL innodb_buffer_pool_size = " + wanted);
			}
			results.machine.put("innodbBufferPoolDuringRun", BenchDb.variables(c, "innodb_buffer_pool_size").get("innodb_buffer_pool_size"));
		}
		try {
			for (double pct : scales) {
				Map<String, Object> scale = new LinkedHashMap<>();
				scale.put("date", java.time.ZonedDateTime.now(AppClock.ZONE).withNano(0).toString());
				scale.put("commit", results.machine.get("commit"));
				results.scales.put(label(pct), scale);
				runScale(pct, scale, jar);
				results.write();
			}
		}
		finally {
			results.write();
			if (!Boolean.getBoolean("bench.keep")) {
				BenchDb.drop(DB);
			}
			if (original < wanted) {
				try (Connection c = BenchDb.server(); java.sql.Statement st = c.createStatement()) {
					st.execute("SET GLOBAL innodb_buffer_pool_size = " + original);
				}
			}
		}
	}

	static String label(double pct) {
		return (pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct)) + "%";
	}

	private void runScale(double pct, Map<String, Object> out, Path jar) throws Exception {
		double scale = pct / 100;
		out.put("loadAverageBefore", Results.loadAverage());
		Path dir = Files.createDirectories(Path.of("target", "bench", label(pct).replace("%", "pct")));
		BenchDb.recreate(DB);
		ProvinceData data = new ProvinceData(SEED);
		ProvinceLoad load = new ProvinceLoad(data, scale);
		long perBureau = load.enterprises() / 100;
		ConfigurableApplicationContext ctx = BenchContext.start(DB, DRIVER_PORT);
		try {
			log("scale " + label(pct) + ": loading");
			load.run(ctx, DB, dir);
			out.put("load", load.figures);
			log("loaded: " + load.figures);
			out.put("checks", check(ctx, data));
			out.put("explain", explain(ctx, data));
			out.put("lifecycle", lifecycle(ctx, data, perBureau));
		}
		finally {
			ctx.close();
		}
		out.put("loadAverageMiddle", Results.loadAverage());
		try (AppProcess app = new AppProcess(jar, DB, APP_PORT, System.getProperty("bench.heap", "1g"), dir.resolve("app"))) {
			Map<String, Object> a = new LinkedHashMap<>();
			out.put("app", a);
			a.put("startupMs", app.startupMs);
			a.put("startupReportedSeconds", app.reportedStartupSeconds());
			http(app, data, perBureau, a);
			long[] peaks = app.peaks();
			a.put("heapPeakBeforeGcMb", peaks[0]);
			a.put("heapPeakAfterGcMb", peaks[1]);
			a.put("heapCommittedMaxMb", peaks[2]);
			a.put("gcCount", app.gcEvents().size());
		}
		try (Connection c = BenchDb.connect(DB)) {
			out.put("databaseMb", BenchDb.count(c,
					"SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '" + DB + "'"));
		}
		out.put("loadAverageAfter", Results.loadAverage());
	}

	/** The engine's and the application's queries work over the clones. */
	private Map<String, Object> check(ConfigurableApplicationContext ctx, ProvinceData data) {
		CaseDriver d = new CaseDriver(ctx);
		TaskInbox inbox = ctx.getBean(TaskInbox.class);
		CaseQueryService cases = ctx.getBean(CaseQueryService.class);
		Map<String, Object> m = new LinkedHashMap<>();
		long todo = 0;
		for (ProvinceData.BureauRow b : data.counties()) {
			todo += inbox.todo(d.as(b.user("inspector2")), new TaskFilter(null, null, 1, 20)).total();
		}
		m.put("todoOfCountyInspectors", todo);
		ProvinceData.BureauRow city = data.bureauByRegion("430700");
		var ledger = cases.search(d.as(city.user("leader")), new CaseFilter(null, null, null, null, 2025, null, null, 1, 20));
		m.put("cityLedger2025", ledger.total());
		assertThat(todo).as("clones show in 待办").isPositive();
		assertThat(ledger.total()).as("clones show in the ledger").isPositive();
		var detail = cases.details(d.as(city.user("leader")), ledger.items().get(0).getId());
		m.put("casePageTimeline", detail.timeline().size());
		var done = inbox.done(d.as(data.bureauByRegion("430702").user("inspector1")), new TaskFilter(null, null, 1, 20));
		m.put("doneOfOneInspector", done.total());
		return m;
	}

	/** EXPLAIN of the list queries as the application runs them. */
	private List<Explain.Plan> explain(ConfigurableApplicationContext ctx, ProvinceData data) throws Exception {
		CaseDriver d = new CaseDriver(ctx);
		TaskInbox inbox = ctx.getBean(TaskInbox.class);
		CaseQueryService cases = ctx.getBean(CaseQueryService.class);
		AnnualReportService reports = ctx.getBean(AnnualReportService.class);
		ProvinceData.BureauRow county = data.bureauByRegion("430702");
		ProvinceData.BureauRow city = data.bureauByRegion("430700");
		int year = AppClock.today().getYear() - 1;
		List<Explain.Plan> plans = new ArrayList<>();
		try (Connection c = BenchDb.connect(DB)) {
			plans.addAll(Explain.of("待办 (county inspector)", c,
					() -> inbox.todo(d.as(county.user("inspector1")), new TaskFilter(null, null, 1, 20)), s -> s.contains("ACT_RU_TASK")));
			plans.addAll(Explain.of("案件台账 year filter (city leader, subtree)", c,
					() -> cases.search(d.as(city.user("leader")), new CaseFilter(null, null, null, null, year, null, null, 1, 20)),
					s -> s.contains("enforcement_case")));
			plans.addAll(Explain.of("案件台账 stage filter (county inspector)", c,
					() -> cases.search(d.as(county.user("inspector1")), new CaseFilter(null, null, "调查", null, null, null, null, 1, 20)),
					s -> s.contains("enforcement_case")));
			plans.addAll(Explain.of("年度统计 (city bureau)", c, () -> reports.report(d.as(city.user("leader")), year, null),
					s -> s.contains("COUNT(") || s.contains("GROUP BY")));
		}
		return plans;
	}

	private Map<String, Object> lifecycle(ConfigurableApplicationContext ctx, ProvinceData data, long perBureau) throws Exception {
		Map<String, Object> m = new LinkedHashMap<>();
		int base = Integer.getInteger("bench.lifecycle.cases", 8);
		Lifecycle.CaseRun services = Lifecycle.services(ctx, data, perBureau, SEED);
		Lifecycle.measure("warm-up", 2, 2, services);
		List<Lifecycle.Result> rs = new ArrayList<>();
		for (int w : new int[] { 1, 4, 16 }) {
			rs.add(Lifecycle.measure("services", w, Math.max(2, base * 2 / w + (w == 1 ? base : 0)), services));
			log("lifecycle " + rs.get(rs.size() - 1));
		}
		ProcessEngine bare = Lifecycle.bareEngine(DB);
		try {
			Lifecycle.CaseRun b = Lifecycle.bare(bare, data);
			Lifecycle.measure("warm-up", 2, 2, b);
			for (int w : new int[] { 1, 4, 16 }) {
				rs.add(Lifecycle.measure("bare engine", w, Math.max(2, base * 2 / w + (w == 1 ? base : 0)), b));
				log("lifecycle " + rs.get(rs.size() - 1));
			}
		}
		finally {
			bare.close();
		}
		m.put("results", rs);
		Map<String, Double> ratio = new LinkedHashMap<>();
		Map<String, Double> stepRatio = new LinkedHashMap<>();
		for (int w : new int[] { 1, 4, 16 }) {
			Lifecycle.Result s = rs.stream().filter(r -> r.mode().equals("services") && r.workers() == w).findFirst().orElseThrow();
			Lifecycle.Result e = rs.stream().filter(r -> r.mode().equals("bare engine") && r.workers() == w).findFirst().orElseThrow();
			// per case, the same case on both sides (the services also count the document steps the bare engine has not)
			ratio.put(w + " workers", e.casesPerSecond() / s.casesPerSecond());
			stepRatio.put(w + " workers", e.stepsPerSecond() / s.stepsPerSecond());
		}
		m.put("overheadRatio", ratio);
		m.put("overheadRatioBySteps", stepRatio);
		return m;
	}

	/** Everything over HTTP against the application JVM. */
	private void http(AppProcess app, ProvinceData data, long perBureau, Map<String, Object> a) throws Exception {
		HttpLoad h = new HttpLoad(app.port);
		int year = AppClock.today().getYear() - 1;
		Map<Long, List<Long>> casesByBureau = new LinkedHashMap<>();
		try (Connection c = BenchDb.connect(DB)) {
			for (Map<String, Object> r : BenchDb.rows(c, "SELECT bureau_id, id FROM enforcement_case WHERE MOD(id, 13) = 0")) {
				casesByBureau.computeIfAbsent(((Number) r.get("bureau_id")).longValue(), k -> new ArrayList<>())
					.add(((Number) r.get("id")).longValue());
			}
		}
		// authentication: BCrypt per request (HTTP Basic) against one token per session
		String probeUser = data.bureauByRegion("430702").user("inspector1");
		Map<String, Object> auth = new LinkedHashMap<>();
		long t0 = System.nanoTime();
		String token = h.token(probeUser);
		auth.put("tokenIssueMs", (System.nanoTime() - t0) / 1e6);
		h.sequential("warm", token, "/api/me", 50);
		h.sequential("warm", HttpLoad.basic(probeUser), "/api/me", 20);
		auth.put("meWithBasic", h.sequential("GET /api/me, HTTP Basic", HttpLoad.basic(probeUser), "/api/me", 100));
		auth.put("meWithToken", h.sequential("GET /api/me, token", token, "/api/me", 100));
		a.put("auth", auth);
		// 50 virtual users: county inspectors and leaders, city leaders, legal reviewers
		List<HttpLoad.VirtualUser> users = new ArrayList<>();
		List<ProvinceData.BureauRow> counties = data.counties();
		Random pick = new Random(SEED);
		for (int i = 0; i < 50; i++) {
			ProvinceData.BureauRow b;
			String role;
			if (i < 25) {
				b = counties.get(i * 3 % counties.size());
				role = "inspector" + (1 + i % 4);
			}
			else if (i < 35) {
				b = counties.get((i * 7 + 1) % counties.size());
				role = "leader";
			}
			else if (i < 45) {
				b = data.bureau(2 + (i - 35) % 14);
				role = "leader";
			}
			else {
				b = counties.get((i * 11 + 2) % counties.size());
				role = "legal";
			}
			ProvinceData.BureauRow bureau = b;
			List<Long> own = new ArrayList<>(casesByBureau.getOrDefault(b.id(), List.of()));
			if (b.level().equals("CITY")) {
				data.bureaus.stream().filter(x -> x.parentId() != null && x.parentId() == bureau.id())
					.forEach(x -> own.addAll(casesByBureau.getOrDefault(x.id(), List.of())));
			}
			List<Map.Entry<String, Function<Random, String>>> mix = new ArrayList<>();
			mix.add(Map.entry("待办 GET /api/tasks", r -> "/api/tasks?page=1&size=20"));
			mix.add(Map.entry("工作台 GET /api/workbench", r -> "/api/workbench"));
			String[] stages = { "调查", "决定", "执行", "结案" };
			mix.add(Map.entry("案件台账 GET /api/cases?year=…&stage=…", r -> "/api/cases?year=" + (year - r.nextInt(3)) + "&stage="
					+ java.net.URLEncoder.encode(stages[r.nextInt(stages.length)], StandardCharsets.UTF_8) + "&page=1&size=20"));
			if (!own.isEmpty()) {
				mix.add(Map.entry("案件页 GET /api/cases/{id}", r -> "/api/cases/" + own.get(r.nextInt(own.size()))));
			}
			if (role.equals("leader")) {
				mix.add(Map.entry("年度统计 GET /api/reports/annual", r -> "/api/reports/annual?year=" + year));
			}
			users.add(new HttpLoad.VirtualUser(b.user(role), h.token(b.user(role)), mix));
		}
		pick.nextInt();
		h.run(users, 2, SEED);
		a.put("heapAfterWarmupMb", app.heapAfterFullGc());
		int rounds = Integer.getInteger("bench.http.rounds", 12);
		long tl = System.nanoTime();
		Map<String, HttpLoad.Latency> lat = h.run(users, rounds, SEED + 1);
		a.put("concurrentUsers", users.size());
		a.put("loadSeconds", (System.nanoTime() - tl) / 1e9);
		a.put("latency", lat);
		log("latency " + lat);
		// the same users and mixes as people work: a pause to read the answer before the next click
		int thinkMs = Integer.getInteger("bench.http.thinkMs", 1000);
		long tt = System.nanoTime();
		Map<String, HttpLoad.Latency> latThink = h.run(users, rounds, SEED + 1, thinkMs);
		a.put("thinkMs", thinkMs);
		a.put("loadWithThinkTimeSeconds", (System.nanoTime() - tt) / 1e9);
		a.put("latencyWithThinkTime", latThink);
		log("latency with think time " + latThink);
		ProvinceData.BureauRow city = data.bureauByRegion("430700");
		String cityToken = h.token(city.user("leader"));
		a.put("annualReportCitySequential", h.sequential("年度统计, city bureau, one user", cityToken,
				"/api/reports/annual?year=" + year, 10));
		a.put("annualReportProvinceSequential", h.sequential("年度统计, province, one user", h.token(data.bureau(1).user("leader")),
				"/api/reports/annual?year=" + year, 5));
		if (!Boolean.getBoolean("bench.skipImport")) {
			importAndDraw(h, data, a);
		}
	}

	/** Import of 1,000,000 rows (CSV over HTTP, processed in the background) and the draw of 1,000 from them. */
	private void importAndDraw(HttpLoad h, ProvinceData data, Map<String, Object> a) throws Exception {
		int rows = Integer.getInteger("bench.import.rows", 1_000_000);
		ProvinceData.BureauRow b = data.bureauByRegion("430111");
		Path csv = Files.createTempFile("directory", ".csv");
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("统一社会信用代码,单位名称,行政区划代码,行业代码,规模,联网直报,风险标签\n");
			for (int i = 0; i < rows; i++) {
				w.write(UnifiedSocialCreditCode.of("91", b.regionCode(), String.format("D%07d", i)).value());
				w.write("," + b.district() + "导入测试" + i + "有限公司," + b.regionCode() + ",C34,小型,是,");
				w.write(i % 10 == 0 ? "投诉举报\n" : "\n");
			}
		}
		String inspector = h.token(b.user("inspector1"));
		String boundary = "----bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"directory.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long t0 = System.nanoTime();
		HttpResponse<String> r = h.http.send(HttpRequest.newBuilder(URI.create(h.base + "/api/inspection/imports"))
			.header("Authorization", inspector).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode started = h.json(r, 202);
		long id = started.get("id").asLong();
		JsonNode status;
		do {
			Thread.sleep(500);
			status = h.json(h.get(inspector, "/api/inspection/imports/" + id), 200);
		}
		while (status.get("status").asText().equals("RUNNING") || status.get("status").asText().equals("PENDING"));
		long importMs = (System.nanoTime() - t0) / 1_000_000;
		Files.deleteIfExists(csv);
		Map<String, Object> imp = new LinkedHashMap<>();
		imp.put("rows", rows);
		imp.put("ms", importMs);
		imp.put("result", HttpLoad.JSON.convertValue(status, Map.class));
		a.put("import", imp);
		log("import " + imp);
		// draw 1,000 of the bureau's directory (now over 1,000,000 units) through the API
		String legal = h.token(b.user("legal"));
		JsonNode items = h.json(h.get(legal, "/api/inspection/items"), 200);
		List<Long> itemIds = new ArrayList<>();
		items.forEach(i -> itemIds.add(i.get("id").asLong()));
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("title", "基准测试双随机抽查计划");
		plan.put("planType", "RANDOM");
		plan.put("planYear", AppClock.today().getYear());
		plan.put("sampleSize", 1000);
		plan.put("riskWeight", 3);
		plan.put("plannedDate", LocalDate.now(AppClock.ZONE).plusDays(14).toString());
		plan.put("itemIds", itemIds.subList(0, Math.min(3, itemIds.size())));
		JsonNode p = h.json(h.post(legal, "/api/inspection/plans", HttpLoad.JSON.writeValueAsString(plan)), 201);
		long planId = p.get("id").asLong();
		h.json(h.post(legal, "/api/inspection/plans/" + planId + "/submit", null), 200);
		h.json(h.post(h.token(b.user("leader")), "/api/inspection/plans/" + planId + "/decision",
				"{\"approve\":true,\"opinion\":\"同意\"}"), 200);
		t0 = System.nanoTime();
		JsonNode draw = h.json(h.post(legal, "/api/inspection/plans/" + planId + "/draws?seed=42", null), 201);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("ms", (System.nanoTime() - t0) / 1_000_000);
		d.put("population", draw.get("population").asLong());
		d.put("units", draw.get("unitCount").asLong());
		a.put("draw", d);
		log("draw " + d);
	}

	private static Path jar() throws IOException {
		try (var s = Files.list(Path.of("target"))) {
			return s.filter(p -> p.getFileName().toString().matches("statenforce-.*\\.jar")
					&& !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("target/statenforce-*.jar missing: run the README command (it packages first)"))
				.toAbsolutePath();
		}
	}

	static void log(String s) {
		System.out.println("[bench] " + java.time.LocalTime.now().withNano(0) + " " + s);
	}

}

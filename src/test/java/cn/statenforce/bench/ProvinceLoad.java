package cn.statenforce.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

import cn.statenforce.bench.CaseDriver.Stop;

/**
 * Generates and loads the province at a scale (1 = 100 %): organisation, directory, rectification, real template
 * cases driven through the services and their clones (historical cases with full engine history, open cases with
 * engine runtime state spread over the steps). Returns the timings and counts.
 */
final class ProvinceLoad {

	/** Historical paths and their share (closed or archived cases). */
	static final Map<CaseDriver.Path, Integer> HISTORY = new LinkedHashMap<>();

	/** Open cases: the step they wait at and its share. */
	static final List<Object[]> OPEN = List.of(new Object[] { CaseDriver.Path.FINE, Stop.ASSESS, 8 },
			new Object[] { CaseDriver.Path.FINE, Stop.APPROVE_FILING, 5 }, new Object[] { CaseDriver.Path.FINE, Stop.INVESTIGATE, 28 },
			new Object[] { CaseDriver.Path.FINE, Stop.PROPOSE, 8 }, new Object[] { CaseDriver.Path.FINE, Stop.PRIOR_NOTICE, 5 },
			new Object[] { CaseDriver.Path.FINE, Stop.STATEMENT, 8 }, new Object[] { CaseDriver.Path.FINE, Stop.APPROVE_DECISION, 6 },
			new Object[] { CaseDriver.Path.FINE, Stop.SERVE, 5 }, new Object[] { CaseDriver.Path.FINE, Stop.PUBLISH, 4 },
			new Object[] { CaseDriver.Path.FINE, Stop.PAYMENT, 8 }, new Object[] { CaseDriver.Path.FINE, Stop.CLOSURE, 4 },
			new Object[] { CaseDriver.Path.FINE, Stop.ARCHIVE, 3 }, new Object[] { CaseDriver.Path.FINE_HEARING, Stop.RECORD_HEARING, 2 },
			new Object[] { CaseDriver.Path.FINE_HEARING, Stop.LEGAL_REVIEW, 3 },
			new Object[] { CaseDriver.Path.FINE_HEARING, Stop.DISCUSSION, 1 },
			new Object[] { CaseDriver.Path.FINE_HEARING, Stop.APPROVE_DECISION, 2 });

	static {
		HISTORY.put(CaseDriver.Path.NOT_FILED, 25);
		HISTORY.put(CaseDriver.Path.SUMMARY, 15);
		HISTORY.put(CaseDriver.Path.FINE, 40);
		HISTORY.put(CaseDriver.Path.FINE_HEARING, 8);
		HISTORY.put(CaseDriver.Path.NO_PENALTY, 12);
	}

	/** Regions whose users drive the template cases (a county, a city, a county of another city). */
	static final List<String> TEMPLATE_REGIONS = List.of("430302", "430100", "431121")
		.subList(0, Integer.getInteger("bench.templateRegions", 3));

	final Map<String, Object> figures = new LinkedHashMap<>();

	final List<CaseCloner.Template> templates = new ArrayList<>();

	private final ProvinceData data;

	private final double scale;

	ProvinceLoad(ProvinceData data, double scale) {
		this.data = data;
		this.scale = scale;
	}

	long enterprises() {
		return Math.round(1_000_000 * scale);
	}

	void run(ApplicationContext ctx, String db, Path dir) throws Exception {
		LocalDate today = LocalDate.now(cn.statenforce.shared.AppClock.ZONE);
		long t0 = System.nanoTime();
		try (Connection c = BenchDb.connect(db)) {
			data.loadOrganization(c, dir, today);
			long t1 = System.nanoTime();
			figures.put("enterprises", data.loadEnterprises(c, dir, enterprises(), today));
			figures.put("loadEnterprisesMs", ms(t1));
			t1 = System.nanoTime();
			figures.put("measures", data.loadRectification(c, dir, Math.round(50_000 * scale), today));
			figures.put("loadRectificationMs", ms(t1));
		}
		// real cases through the services, dates moving as in a real case
		long t1 = System.nanoTime();
		CaseDriver driver = new CaseDriver(ctx);
		List<Object[]> kinds = new ArrayList<>();
		HISTORY.keySet().forEach(p -> kinds.add(new Object[] { p, Stop.END }));
		OPEN.forEach(o -> kinds.add(new Object[] { o[0], o[1] }));
		int k = 0;
		List<long[]> driven = new ArrayList<>();
		LocalDateTime base = LocalDateTime.now(cn.statenforce.shared.AppClock.ZONE).minusDays(160).withHour(9);
		try {
			for (String region : TEMPLATE_REGIONS) {
				ProvinceData.BureauRow b = data.bureauByRegion(region);
				for (Object[] kind : kinds) {
					CaseDriver.Run run = new CaseDriver.Run(true, base.plusDays(k % 20));
					long id = driver.drive(b, ProvinceData.organizationOf(b.id(), k, enterprises() / 100),
							(CaseDriver.Path) kind[0], (Stop) kind[1], run);
					driven.add(new long[] { id, b.id(), k });
					lastClock.put(id, run.clock);
					k++;
				}
			}
		}
		finally {
			ClockUtil.reset();
		}
		figures.put("templateCases", driven.size());
		figures.put("templateDriveMs", ms(t1));
		t1 = System.nanoTime();
		try (Connection c = BenchDb.connect(db)) {
			CaseCloner cloner = new CaseCloner(c, data, enterprises() / 100);
			for (long[] d : driven) {
				Object[] kind = kinds.get((int) (d[2] % kinds.size()));
				templates.add(cloner.capture(c, d[0], (CaseDriver.Path) kind[0], (Stop) kind[1], data.bureau(d[1]),
						lastClock.get(d[0])));
			}
			long historyTarget = Math.round(200_000 * scale) - templates.stream().filter(t -> !t.open()).count();
			long openTarget = Math.round(20_000 * scale) - templates.stream().filter(CaseCloner.Template::open).count();
			LocalDateTime now = LocalDateTime.now(cn.statenforce.shared.AppClock.ZONE);
			LocalDateTime nextTick = now.toLocalTime().isBefore(LocalTime.of(8, 0)) ? now.toLocalDate().atTime(8, 0)
					: now.toLocalDate().plusDays(1).atTime(8, 0);
			Random r = new Random(data.seed * 101);
			Map<String, Long> rows = new HashMap<>();
			long chunk = 5_000;
			long done = 0;
			long total = historyTarget + openTarget;
			LocalDate first = LocalDate.of(2022, 1, 3);
			long cloneNanos = 0;
			long loadNanos = 0;
			while (done < total) {
				long tc = System.nanoTime();
				Map<String, BenchDb.Tsv> out = new LinkedHashMap<>();
				for (long i = 0; i < chunk && done < total; i++, done++) {
					boolean open = done >= historyTarget;
					CaseCloner.Template t = pick(open, r);
					ProvinceData.BureauRow b = bureau(r);
					long enterprise = ProvinceData.organizationOf(b.id(), r.nextInt((int) Math.max(1, enterprises() / 100)),
							enterprises() / 100);
					long days;
					if (open) {
						days = CaseCloner.daysBetween(t.last, now) - r.nextInt(26);
					}
					else {
						long span = CaseCloner.daysBetween(first.atStartOfDay(), now) - CaseCloner.daysBetween(t.start, t.last) - 10;
						LocalDate start = first.plusDays((long) (r.nextDouble() * Math.max(1, span)));
						days = CaseCloner.daysBetween(t.start, start.atStartOfDay());
					}
					cloner.clone(t, b, enterprise, days, r.nextLong(), nextTick, out, dir);
				}
				cloneNanos += System.nanoTime() - tc;
				tc = System.nanoTime();
				for (BenchDb.Tsv f : out.values()) {
					f.close();
					String table = f.file.getFileName().toString().replace(".tsv", "");
					rows.merge(table, BenchDb.load(c, table, f.columns, f.file), Long::sum);
					Files.deleteIfExists(f.file);
				}
				loadNanos += System.nanoTime() - tc;
			}
			figures.put("cloneWriteMs", cloneNanos / 1_000_000);
			figures.put("cloneLoadDataMs", loadNanos / 1_000_000);
			cloner.saveCounters(c);
			try (Statement s = c.createStatement()) {
				// the real templates' daily timers, driven with a moved clock, are due at the next tick too
				s.executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = '" + BenchDb.Tsv.text(nextTick) + "' WHERE TYPE_ = 'timer'");
			}
			figures.put("clonedHistorical", historyTarget);
			figures.put("clonedOpen", openTarget);
			figures.put("clonedRows", rows);
			figures.put("cloneAndLoadMs", ms(t1));
			t1 = System.nanoTime();
			try (Statement s = c.createStatement()) {
				for (String table : List.of("enterprise", "enforcement_case", "case_opinion", "activity_log", "ACT_RU_TASK",
						"ACT_RU_IDENTITYLINK", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_HI_PROCINST", "ACT_HI_TASKINST",
						"ACT_HI_ACTINST", "ACT_HI_VARINST", "rect_plan", "rect_measure")) {
					s.execute("ANALYZE TABLE " + table);
				}
			}
			figures.put("analyzeMs", ms(t1));
		}
		figures.put("totalLoadMs", ms(t0));
	}

	private final Map<Long, LocalDateTime> lastClock = new HashMap<>();

	private CaseCloner.Template pick(boolean open, Random r) {
		int total = 0;
		if (open) {
			for (Object[] o : OPEN) {
				total += (Integer) o[2];
			}
			int x = r.nextInt(total);
			for (Object[] o : OPEN) {
				x -= (Integer) o[2];
				if (x < 0) {
					return anyOf(o[0], o[1], r);
				}
			}
		}
		for (int w : HISTORY.values()) {
			total += w;
		}
		int x = r.nextInt(total);
		for (Map.Entry<CaseDriver.Path, Integer> e : HISTORY.entrySet()) {
			x -= e.getValue();
			if (x < 0) {
				return anyOf(e.getKey(), Stop.END, r);
			}
		}
		throw new IllegalStateException();
	}

	private CaseCloner.Template anyOf(Object path, Object stop, Random r) {
		List<CaseCloner.Template> l = templates.stream().filter(t -> t.path == path && t.stop == stop).toList();
		return l.get(r.nextInt(l.size()));
	}

	/** Province 2 %, city bureaus 18 %, county bureaus 80 % of the cases. */
	private ProvinceData.BureauRow bureau(Random r) {
		int x = r.nextInt(100);
		if (x < 2) {
			return data.bureau(1);
		}
		if (x < 20) {
			return data.bureau(2 + r.nextInt(14));
		}
		return data.bureau(16 + r.nextInt(85));
	}

	static long ms(long t0) {
		return (System.nanoTime() - t0) / 1_000_000;
	}

}

package cn.statenforce.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The case lifecycle benchmark: the same case (普通程序, fine without hearing and an order to correct, lead → archive:
 * 13 user steps including the re-check of the correction, 6 asynchronous steps and the start) driven through the stage services, and through a bare Camunda engine on the
 * same database and the same deployed BPMN, with no-op delegates that only set the routing variables and no
 * MyBatis writes. Each worker works its own county bureau; the asynchronous steps are executed by the worker.
 */
final class Lifecycle {

	static final int STEPS_PER_CASE = 20;

	private Lifecycle() {
	}

	/** The result of one configuration. */
	record Result(String mode, int workers, int cases, long steps, long wallMs, double casesPerSecond, double stepsPerSecond,
			double msPerStep, Map<String, Double> sqlMsPerStep, Map<String, Double> statementsPerStep,
			List<Map<String, Object>> topStatements) {
	}

	interface CaseRun {
		/** Drives one case to its end; returns the steps taken. */
		int run(int worker, int n);
	}

	static Result measure(String mode, int workers, int casesPerWorker, CaseRun run) throws Exception {
		SqlTimer.reset();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		AtomicLong steps = new AtomicLong();
		long t0 = System.nanoTime();
		List<Future<?>> fs = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			int worker = w;
			fs.add(pool.submit(() -> {
				for (int i = 0; i < casesPerWorker; i++) {
					steps.addAndGet(run.run(worker, i));
				}
				return null;
			}));
		}
		for (Future<?> f : fs) {
			f.get();
		}
		long wall = (System.nanoTime() - t0) / 1_000_000;
		pool.shutdown();
		int cases = workers * casesPerWorker;
		long s = steps.get();
		Map<String, Double> sql = new LinkedHashMap<>();
		Map<String, Double> count = new LinkedHashMap<>();
		for (SqlTimer.Bucket b : SqlTimer.Bucket.values()) {
			sql.put(b.name(), SqlTimer.nanos(b) / 1e6 / s);
			count.put(b.name(), (double) SqlTimer.count(b) / s);
		}
		List<Map<String, Object>> top = new ArrayList<>();
		for (SqlTimer.Shape t : SqlTimer.top(40)) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("sql", t.sql());
			m.put("bucket", t.bucket().name());
			m.put("perStep", (double) t.executions() / s);
			m.put("msPerStep", t.nanos() / 1e6 / s);
			top.add(m);
		}
		return new Result(mode, workers, cases, s, wall, cases * 1000.0 / wall, s * 1000.0 / wall, wall * (double) workers / s,
				sql, count, top);
	}

	/** Through the services, as the users' requests run them. */
	static CaseRun services(ApplicationContext ctx, ProvinceData data, long perBureau, long seed) {
		CaseDriver driver = new CaseDriver(ctx);
		List<ProvinceData.BureauRow> counties = data.counties();
		return (worker, n) -> {
			ProvinceData.BureauRow b = counties.get(worker * 5 % counties.size());
			CaseDriver.Run r = new CaseDriver.Run(false, null);
			driver.drive(b, ProvinceData.organizationOf(b.id(), new Random(seed + worker * 1000L + n).nextInt(1_000_000),
					perBureau), CaseDriver.Path.FINE, CaseDriver.Stop.END, r);
			return r.steps;
		};
	}

	/** A Camunda engine of its own on the bench database: history full, job executor off, no plugins. */
	static ProcessEngine bareEngine(String db) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(BenchDb.appUrl(db));
		ds.setUsername(BenchDb.USER);
		ds.setPassword(BenchDb.PASSWORD);
		ds.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		ds.setMaximumPoolSize(40);
		// the driver settings of the application's pool: the parse of each statement cached
		cn.statenforce.system.ConnectorJStatementCache.apply(ds);
		StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
		cfg.setProcessEngineName("bare");
		cfg.setDataSource(SqlTimer.wrap(ds));
		cfg.setDatabaseSchemaUpdate("false");
		cfg.setHistory("full");
		cfg.setJobExecutorActivate(false);
		cfg.setDbMetricsReporterActivate(false);
		cfg.setIdGenerator(new StrongUuidGenerator());
		Map<Object, Object> beans = new HashMap<>();
		JavaDelegate noop = e -> {
		};
		beans.put("checkLimitationDelegate", (JavaDelegate) e -> e.setVariable("timeBarred", false));
		beans.put("fileCaseDelegate", (JavaDelegate) e -> e.setProcessBusinessKey("AJ" + e.getProcessBusinessKey().substring(2)));
		beans.put("recommendDiscretionDelegate", noop);
		beans.put("determineGatesDelegate", (JavaDelegate) e -> {
			e.setVariable("legalReviewRequired", false);
			e.setVariable("discussionRequired", false);
			e.setVariable("decisionApproverGroup", "LEADER_" + e.getVariable("regionCode"));
		});
		beans.put("issueDecisionDelegate", noop);
		beans.put("fileSummaryDecisionDelegate", noop);
		// the order to correct: its re-check process (correction-recheck.bpmn) as the application opens it
		beans.put("openCorrectionDelegate", (JavaDelegate) e -> {
			String rpi = e.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("correction-recheck",
					"XSBARE-CORRECTION-" + e.getProcessInstanceId(), Map.of("planId", 900_000_000L)).getId();
			e.setVariable("benchCorrectionPi", rpi);
		});
		beans.put("rectificationAssignees", new RecheckAssignees());
		beans.put("checkCaseClockDelegate", (JavaDelegate) e -> e.setVariableLocal("escalate", false));
		beans.put("enforcementCaseDueDates", new DueDates());
		cfg.setBeans(beans);
		return cfg.buildProcessEngine();
	}

	/** Stands in for the re-check's assignees: the inspector the worker uses, no group, due in 30 days. */
	public static final class RecheckAssignees {

		public List<String> recheckInspectors(long planId) {
			return List.of("bench.recheck");
		}

		public List<String> recheckGroups(long planId) {
			return List.of();
		}

		public Date recheckDue(long planId) {
			return new Date(System.currentTimeMillis() + 30L * 86_400_000);
		}

	}

	/** Stands in for the due-date bean: 30 days from now. */
	public static final class DueDates {

		public Date of(Object caseId, String kind) {
			return new Date(System.currentTimeMillis() + 30L * 86_400_000);
		}

	}

	/** The same case on the bare engine: start, then claim and complete each user task, execute each job. */
	static CaseRun bare(ProcessEngine engine, ProvinceData data) {
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		ManagementService management = engine.getManagementService();
		List<ProvinceData.BureauRow> counties = data.counties();
		AtomicLong seq = new AtomicLong();
		return (worker, n) -> {
			ProvinceData.BureauRow b = counties.get(worker * 5 % counties.size());
			Map<String, Object> start = new HashMap<>();
			start.put("caseId", 900_000_000L + seq.incrementAndGet());
			start.put("regionCode", b.regionCode());
			String pi = runtime.startProcessInstanceByKey("enforcement-case", "XSBARE-" + worker + "-" + n + "-" + seq.get(), start)
				.getId();
			String insp = b.user("inspector1");
			String leader = b.user("leader");
			int steps = 1;
			steps += task(tasks, pi, "Task_AssessLead", insp, Map.of("proposal", "FILE"));
			steps += job(management, pi, "Task_CheckLimitation");
			steps += task(tasks, pi, "Task_ApproveFiling", leader, Map.of("approved", true));
			steps += job(management, pi, "Task_FileCase");
			steps += task(tasks, pi, "Task_Investigate", insp, Map.of());
			steps += job(management, pi, "Task_RecommendDiscretion");
			steps += task(tasks, pi, "Task_ProposeHandling", insp, Map.of("disposition", "PENALTY"));
			steps += task(tasks, pi, "Task_PriorNotice", insp, Map.of());
			steps += task(tasks, pi, "Task_RecordStatement", insp, Map.of("hearingRequested", false));
			steps += job(management, pi, "Task_DetermineGates");
			steps += task(tasks, pi, "Task_ApproveDecision", leader, Map.of("approved", true, "disposition", "PENALTY",
					"publishable", true, "fineDue", true, "correctionOrdered", true));
			steps += job(management, pi, "Task_IssueDecision");
			steps += task(tasks, pi, "Task_ServeDecision", insp, Map.of());
			steps += task(tasks, pi, "Task_Publish", insp, Map.of());
			steps += task(tasks, pi, "Task_RecordPayment", insp, Map.of());
			steps += job(management, pi, "Task_OpenCorrection");
			// 复查: the re-check task of the correction done and its result told to the case, one step as in the services
			String rpi = (String) runtime.getVariable(pi, "benchCorrectionPi");
			task(tasks, rpi, "Task_Recheck", "bench.recheck", Map.of());
			runtime.createMessageCorrelation("CorrectionRechecked").processInstanceId(pi).setVariable("corrected", true)
				.correlate();
			steps++;
			steps += task(tasks, pi, "Task_ApproveClosure", leader, Map.of("approved", true));
			steps += task(tasks, pi, "Task_Archive", insp, Map.of());
			if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
				throw new IllegalStateException("bare case did not end: " + pi);
			}
			return steps;
		};
	}

	private static int task(TaskService tasks, String pi, String key, String user, Map<String, Object> vars) {
		Task t = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).active().singleResult();
		if (t == null) {
			throw new IllegalStateException("no task " + key + " in " + pi);
		}
		tasks.claim(t.getId(), user);
		tasks.complete(t.getId(), vars);
		return 1;
	}

	private static int job(ManagementService management, String pi, String activity) {
		Job j = management.createJobQuery().processInstanceId(pi).activityId(activity).singleResult();
		if (j == null) {
			throw new IllegalStateException("no job " + activity + " in " + pi);
		}
		management.executeJob(j.getId());
		return 1;
	}

}

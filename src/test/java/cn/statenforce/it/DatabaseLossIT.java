package cn.statenforce.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.statenforce.system.RunningApplication;

/**
 * Issue 16, database loss: the packaged application on MariaDB reached through a {@link TcpProxy} the test controls;
 * under a case load ({@link CaseLoad}) the database is gone for {@value #OUTAGE_SECONDS} s (every connection broken,
 * new ones refused, as when the server stops). During the outage every request is answered 503 with the Chinese
 * problem body within {@value #MAX_503_MILLIS} ms; afterwards the same node serves again without a restart; every
 * acknowledged case is stored, no case is without its process and no process without its case, numbers have no gap.
 */
@Tag("reliability")
class DatabaseLossIT {

	static final int PROXY_PORT = 18101;

	static final int APP_PORT = 18102;

	static final int OUTAGE_SECONDS = 30;

	/** The pool waits 5 s for a connection (spring.datasource.hikari.connection-timeout), plus a margin. */
	static final long MAX_503_MILLIS = 8000;

	@Test
	void shouldAnswer503DuringTheOutageAndRecoverWithoutRestart() throws Exception {
		FreshMariaDb db = new FreshMariaDb("dbloss");
		Path dir = Files.createTempDirectory("statenforce-db-loss-");
		try (TcpProxy proxy = new TcpProxy(PROXY_PORT, FreshMariaDb.host(), FreshMariaDb.port())) {
			RunningApplication app = new RunningApplication(dir, db.environment("127.0.0.1", PROXY_PORT),
					List.of("--spring.profiles.active=mysql"), APP_PORT);
			try {
				app.start();
				CaseLoad load = new CaseLoad(List.of(app.baseUrl())).start(Duration.ofMillis(100));
				Thread.sleep(15_000);
				long cutAt = load.millisSinceStart();
				proxy.cut();
				Thread.sleep(OUTAGE_SECONDS * 1000L);
				long restoredAt = load.millisSinceStart();
				proxy.restore();
				Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
				while (Instant.now().isBefore(deadline) && load.answers().stream()
					.noneMatch(a -> a.at() >= restoredAt && a.operation().equals("register") && a.status() == 201)) {
					Thread.sleep(100);
				}
				Thread.sleep(10_000);
				load.stop();
				assertThat(app.isAlive()).as("the same process served throughout").isTrue();

				List<CaseLoad.Answer> answers = load.answers();
				// requests sent well inside the outage (1 s after the cut, answered before the restore)
				List<CaseLoad.Answer> during = answers.stream()
					.filter(a -> a.at() >= cutAt + 1000 && a.at() + a.millis() < restoredAt)
					.toList();
				assertThat(during).as("requests during the outage").hasSizeGreaterThan(5);
				assertThat(during).as("answers during the outage").allSatisfy(a -> {
					assertThat(a.status()).as(a.toString()).isEqualTo(503);
					assertThat(a.body()).as(a.toString()).contains("数据库暂时无法连接");
					assertThat(a.millis()).as(a.toString()).isLessThanOrEqualTo(MAX_503_MILLIS);
				});
				assertThat(answers).as("no answer other than 2xx, 4xx or 503; every request answered")
					.allSatisfy(a -> assertThat(a.status() < 500 && a.status() > 0 || a.status() == 503).as(a.toString()).isTrue());
				CaseLoad.Answer firstAfter = answers.stream()
					.filter(a -> a.at() >= restoredAt && a.status() >= 200 && a.status() < 300)
					.min(java.util.Comparator.comparingLong(CaseLoad.Answer::at))
					.orElseThrow(() -> new AssertionError("no successful request after the database came back"));
				assertThat(answers.stream().filter(a -> a.at() >= restoredAt && a.status() == 201)).as("leads registered after")
					.isNotEmpty();

				CaseLoad.awaitNoPendingSteps(db, Duration.ofMinutes(2));
				Map<Long, String> stored = load.assertEveryAcknowledgedCaseStored(app.baseUrl());
				long cases = db.count("SELECT COUNT(*) FROM enforcement_case");
				long instances = db.count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL "
						+ "AND PROC_DEF_ID_ LIKE 'enforcement-case:%'");
				long joined = db.count("SELECT COUNT(*) FROM enforcement_case c JOIN ACT_RU_EXECUTION e "
						+ "ON e.ID_ = c.process_instance_id AND e.PARENT_ID_ IS NULL");
				assertThat(instances).as("process instances = cases").isEqualTo(cases);
				assertThat(joined).as("cases with their own running instance").isEqualTo(cases);
				CaseLoad.assertConsistencyPage(app.baseUrl(), stored.size());
				long count503 = during.stream().filter(a -> a.status() == 503).count();
				long max503 = during.stream().mapToLong(CaseLoad.Answer::millis).max().orElse(0);
				ReliabilityResults.record("database loss (" + OUTAGE_SECONDS + " s, MariaDB behind a TCP proxy)",
						load.figures() + "; during the outage " + during.size() + " requests, " + count503
								+ " answered 503 (slowest " + max503 + " ms); first success " + (firstAfter.at() - restoredAt)
								+ " ms after the database came back, no restart; stored " + stored.size() + " cases = "
								+ instances + " process instances");
			}
			finally {
				app.kill();
			}
		}
		db.drop();
	}

}

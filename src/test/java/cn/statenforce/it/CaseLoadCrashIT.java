package cn.statenforce.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.statenforce.system.RunningApplication;

/**
 * Issue 16, crash: the packaged application on MariaDB under a load that creates and advances cases
 * ({@link CaseLoad}) is killed with SIGKILL while requests are in flight and while background steps are pending.
 * Then, before it is started again, the consistency-check command finds no mismatch between case status and
 * process; after the restart every acknowledged case is there at least as far as acknowledged, lead and case numbers
 * have no gap or repeat, the background steps the dead process had taken are done, and the ADMIN's consistency page
 * finds no mismatch.
 */
@Tag("reliability")
class CaseLoadCrashIT {

	static final int PORT = 18100;

	static final int COMMAND_PORT = 18105;

	/** Cases acknowledged as filed before the kill. */
	static final int KILL_AFTER_FILED = 8;

	@Test
	void shouldKeepEveryAcknowledgedStepAcrossSigkill() throws Exception {
		FreshMariaDb db = new FreshMariaDb("crashload");
		Path dir = Files.createTempDirectory("statenforce-crash-load-");
		// a dead node's job locks expire after 20 s (default 5 min), so the restarted node takes its steps over soon
		RunningApplication app = new RunningApplication(dir, db.environment(),
				List.of("--spring.profiles.active=mysql", "--camunda.bpm.job-execution.lock-time-in-millis=20000"), PORT);
		Instant began = Instant.now();
		try {
			Duration firstStart = app.start();
			CaseLoad load = new CaseLoad(List.of(app.baseUrl())).start(Duration.ofMillis(50));
			Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
			while (load.acknowledged(CaseLoad.Step.FILED) < KILL_AFTER_FILED && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
			}
			// kill at a moment when background steps are pending (an assessment's 追责时效检查, a filing's 立案编号)
			Instant pendingDeadline = Instant.now().plus(Duration.ofSeconds(60));
			long pendingAtKill;
			do {
				pendingAtKill = db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'");
			}
			while (pendingAtKill == 0 && Instant.now().isBefore(pendingDeadline));
			app.kill();
			load.nodeDied(app.baseUrl());
			load.stop();
			assertThat(load.acknowledged(CaseLoad.Step.FILED)).isGreaterThanOrEqualTo(KILL_AFTER_FILED);
			assertThat(load.answers()).as("no 5xx under load").noneMatch(a -> a.status() >= 500);

			// the command, on the database as the kill left it
			RunningApplication.CommandOutcome command = app.runCommand(COMMAND_PORT, List.of("--statenforce.consistency-check=true"));
			assertThat(command.output()).as("command output").contains("CONSISTENCY CHECK cases=");
			assertThat(command.exitCode()).as(command.output().lines()
				.filter(l -> l.contains("CONSISTENCY"))
				.toList()
				.toString()).isZero();

			Duration restart = app.start();
			CaseLoad.awaitNoPendingSteps(db, Duration.ofMinutes(2));
			Map<Long, String> stored = load.assertEveryAcknowledgedCaseStored(app.baseUrl());
			// the background steps are done: nothing waits in 追责时效检查 or 立案编号
			assertThat(new ArrayList<>(stored.values())).allMatch(s -> s.equals("LEAD") || s.equals("FILING_PROPOSED")
					|| s.equals("INVESTIGATING"));
			CaseLoad.assertConsistencyPage(app.baseUrl(), stored.size());
			ReliabilityResults.record("crash (SIGKILL under case load, MariaDB)", load.figures() + "; stored " + stored.size()
					+ ", pending background steps at the kill " + pendingAtKill + ", consistency command and page: no mismatch"
					+ "; start " + firstStart.toSeconds() + " s, restart " + restart.toSeconds() + " s, total "
					+ Duration.between(began, Instant.now()).toSeconds() + " s");
		}
		finally {
			app.kill();
		}
		db.drop();
	}

}

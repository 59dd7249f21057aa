package cn.statenforce.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.statenforce.system.RunningApplication;

/**
 * Issue 16, two nodes: two packaged applications (node-a, node-b) on one MariaDB, each with its job executor, the
 * load sent to both in turn. The daily case-clock timer of every filed case (每日办案期限检查), made due at once on
 * cases past their deadline, fires exactly once: one 办案期限检查 per case in the engine's history, one 逾期督办 task,
 * one 超过办案期限 entry on the case's timeline. Then node-b is killed with SIGKILL while it holds locked jobs (the next
 * clock checks, held back by row locks the test takes): node-a does them once their lock expires, each exactly once.
 * node-b is started again and killed with SIGKILL under load: every acknowledged
 * request is there, the background steps node-b had taken are done by node-a once their lock expires, and the
 * consistency page finds no mismatch.
 */
@Tag("reliability")
class TwoNodesIT {

	static final int PORT_A = 18103;

	static final int PORT_B = 18104;

	static final int FILED_CASES = 10;

	@Test
	void shouldFireEachTimerOnceAndLoseNothingWhenANodeDies() throws Exception {
		FreshMariaDb db = new FreshMariaDb("twonodes");
		Instant began = Instant.now();
		RunningApplication a = node(db, "node-a", PORT_A);
		RunningApplication b = node(db, "node-b", PORT_B);
		try {
			a.start();
			b.start();
			List<String> nodes = List.of(a.baseUrl(), b.baseUrl());

			// cases filed through both nodes
			CaseLoad setup = new CaseLoad(nodes).start(Duration.ofMillis(100));
			Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
			while (setup.acknowledged(CaseLoad.Step.FILED) < FILED_CASES && Instant.now().isBefore(deadline)) {
				Thread.sleep(50);
			}
			setup.stop();
			CaseLoad.awaitNoPendingSteps(db, Duration.ofMinutes(2));
			long filed = db.count("SELECT COUNT(*) FROM enforcement_case WHERE status = 'INVESTIGATING'");
			assertThat(filed).isGreaterThanOrEqualTo(FILED_CASES);
			assertThat(setup.answers()).as("no 5xx on two nodes").noneMatch(x -> x.status() >= 500);

			// every filed case is past its deadline, and its daily clock tick is due now
			db.update("UPDATE enforcement_case SET case_deadline = ? WHERE status = 'INVESTIGATING'",
					LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3));
			int due = db.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND HANDLER_CFG_ LIKE 'Event_CaseClockTick%'",
					LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1));
			assertThat((long) due).as("one clock timer per filed case").isEqualTo(filed);
			Instant timersDeadline = Instant.now().plus(Duration.ofMinutes(3));
			while (Instant.now().isBefore(timersDeadline)
					&& db.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_SuperviseOverdue'") < filed) {
				Thread.sleep(1000);
			}
			CaseLoad.awaitNoPendingSteps(db, Duration.ofMinutes(1));
			Thread.sleep(5000); // a second firing, if there were one, would have had the time to happen
			Map<String, Long> checks = db.pairs("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_HI_ACTINST "
					+ "WHERE ACT_ID_ = 'Task_CheckCaseClock' GROUP BY PROC_INST_ID_");
			Map<String, Long> supervisions = db.pairs("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_RU_TASK "
					+ "WHERE TASK_DEF_KEY_ = 'Task_SuperviseOverdue' GROUP BY PROC_INST_ID_");
			Map<String, Long> timeline = db.pairs("SELECT CAST(subject_id AS CHAR), COUNT(*) FROM activity_log "
					+ "WHERE subject_type = 'ENFORCEMENT_CASE' AND action = 'OVERDUE' GROUP BY subject_id");
			// successful job executions (background steps and timers) by node
			Map<String, Long> byNode = db.pairs("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_");
			assertThat(checks).as("办案期限检查 per instance").hasSize((int) filed).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
			assertThat(supervisions).as("逾期督办 per instance").hasSize((int) filed).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
			assertThat(timeline).as("超过办案期限 per case").hasSize((int) filed).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
			assertThat(db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND HANDLER_CFG_ LIKE 'Event_CaseClockTick%' "
					+ "AND DUEDATE_ > ?", LocalDateTime.now(ZoneId.of("Asia/Shanghai")))).as("next tick scheduled once per case")
				.isEqualTo(filed);

			// node-b dies while it holds locked jobs: every case's next clock tick is made due while the test holds the
			// cases' rows (SELECT … FOR UPDATE), so the 办案期限检查 steps the nodes lock wait for those rows; node-b is
			// killed once both nodes hold some, the rows are released, node-a runs its own at once and node-b's when
			// their lock expires (20 s). Side effects counted: each check ran exactly once (two per case in the history
			// now), each job the dead node held was done once, by node-a; no second 逾期督办 and no second timeline entry.
			String checkJobs = "FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = 'Task_CheckCaseClock'";
			long ownersAtKill;
			long lockedAtKill;
			List<String> heldByDead;
			Instant lockPhase = Instant.now();
			try (FreshMariaDb.Held rows = db.hold("SELECT id FROM enforcement_case WHERE status = 'INVESTIGATING' FOR UPDATE")) {
				assertThat((long) rows.rows).isEqualTo(filed);
				int dueAgain = db.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND HANDLER_CFG_ LIKE 'Event_CaseClockTick%'",
						LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1));
				assertThat((long) dueAgain).isEqualTo(filed);
				// well inside InnoDB's 50 s lock wait, so that the first locked steps are still waiting
				Instant ownersDeadline = Instant.now().plus(Duration.ofSeconds(35));
				while (Instant.now().isBefore(ownersDeadline)
						&& db.count("SELECT COUNT(DISTINCT j.LOCK_OWNER_) " + checkJobs + " AND j.LOCK_OWNER_ IS NOT NULL") < 2) {
					Thread.sleep(200);
				}
				ownersAtKill = db.count("SELECT COUNT(DISTINCT j.LOCK_OWNER_) " + checkJobs + " AND j.LOCK_OWNER_ IS NOT NULL");
				lockedAtKill = db.count("SELECT COUNT(*) " + checkJobs + " AND j.LOCK_OWNER_ IS NOT NULL");
				b.kill();
			}
			assertThat(ownersAtKill).as("both nodes held locked 办案期限检查 jobs when node-b was killed").isEqualTo(2);
			// node-a finishes the jobs it held within seconds; what is still locked then is the dead node's, waiting
			// for its lock to expire
			Thread.sleep(5000);
			heldByDead = db.strings("SELECT j.ID_ " + checkJobs + " AND j.LOCK_OWNER_ IS NOT NULL AND j.LOCK_EXP_TIME_ > ?",
					LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
			assertThat(heldByDead).as("jobs still locked by the dead node").isNotEmpty();
			Instant takeOverDeadline = Instant.now().plus(Duration.ofMinutes(2));
			while (Instant.now().isBefore(takeOverDeadline) && db.count("SELECT COUNT(*) " + checkJobs) > 0) {
				Thread.sleep(1000);
			}
			CaseLoad.awaitNoPendingSteps(db, Duration.ofMinutes(1));
			Duration takeOver = Duration.between(lockPhase, Instant.now());
			assertThat(db.count("SELECT COUNT(*) " + checkJobs)).as("every clock check done").isZero();
			Map<String, Long> checksTwice = db.pairs("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_HI_ACTINST "
					+ "WHERE ACT_ID_ = 'Task_CheckCaseClock' AND END_TIME_ IS NOT NULL GROUP BY PROC_INST_ID_");
			assertThat(checksTwice).as("办案期限检查 per instance after the second tick").hasSize((int) filed)
				.allSatisfy((k, v) -> assertThat(v).isEqualTo(2));
			for (String job : heldByDead) {
				assertThat(db.pairs("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = '" + job + "' AND JOB_STATE_ = 2 GROUP BY HOSTNAME_"))
					.as("job " + job + " of the dead node: done once, by node-a").containsExactly(Map.entry("node-a", 1L));
			}
			assertThat(db.pairs("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_SuperviseOverdue' GROUP BY PROC_INST_ID_"))
				.as("still one 逾期督办 per instance").hasSize((int) filed).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
			assertThat(db.pairs("SELECT CAST(subject_id AS CHAR), COUNT(*) FROM activity_log "
					+ "WHERE subject_type = 'ENFORCEMENT_CASE' AND action = 'OVERDUE' GROUP BY subject_id"))
				.as("still one 超过办案期限 per case").hasSize((int) filed).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
			String lockFigures = "node-b killed holding locked jobs: " + lockedAtKill + " 办案期限检查 jobs locked by 2 nodes at the kill, "
					+ heldByDead.size() + " still locked by the dead node 5 s later, each done once by node-a after its lock expired; "
					+ filed + " cases × 2 checks, 1 逾期督办, 1 timeline entry; " + takeOver.toSeconds() + " s";
			Duration restart = b.start();

			// node-b dies under load
			CaseLoad load = new CaseLoad(nodes).start(Duration.ofMillis(50));
			long assessedBefore = setup.acknowledged().size();
			Instant killDeadline = Instant.now().plus(Duration.ofMinutes(2));
			while (load.acknowledged().size() < 12 && Instant.now().isBefore(killDeadline)) {
				Thread.sleep(20);
			}
			long lockedByB = db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL");
			b.kill();
			load.nodeDied(b.baseUrl());
			Thread.sleep(10_000);
			load.stop();
			CaseLoad.awaitNoPendingSteps(db, Duration.ofMinutes(2));
			Map<Long, String> stored = load.assertEveryAcknowledgedCaseStored(a.baseUrl());
			assertThat(load.answers()).as("no 5xx").noneMatch(x -> x.status() >= 500);
			CaseLoad.assertConsistencyPage(a.baseUrl(), stored.size());
			ReliabilityResults.record("two nodes on one MariaDB", "setup " + setup.figures() + "; " + filed
					+ " case-clock timers made due: each fired once (办案期限检查 1, 逾期督办 1, timeline entry 1 per case); "
					+ "timer/step jobs by node " + byNode + "; then node-b killed under load: " + load.figures()
					+ ", jobs locked at the kill " + lockedByB + ", all done by node-a, stored " + stored.size()
					+ " cases (" + assessedBefore + " before), consistency page: no mismatch; " + lockFigures + "; node-b restarted in "
					+ restart.toSeconds() + " s; total "
					+ Duration.between(began, Instant.now()).toSeconds() + " s");
		}
		finally {
			a.kill();
			b.kill();
		}
		db.drop();
	}

	private static RunningApplication node(FreshMariaDb db, String name, int port) throws Exception {
		Path dir = Files.createTempDirectory("statenforce-" + name + "-");
		// the job executor's settings a cluster needs (README, "Scale-out"): the lock of a dead node's jobs expires
		// after 20 s (default 5 min); each node polls at least every 5 s and takes one job per poll (so that one node
		// cannot take every due job in one go: both must hold some when one is killed); the host name goes into the
		// job log
		return new RunningApplication(dir, db.environment(), List.of("--spring.profiles.active=mysql",
				"--camunda.bpm.job-execution.lock-time-in-millis=20000", "--camunda.bpm.job-execution.max-wait=5000",
				"--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
				"--camunda.bpm.generic-properties.properties.hostname=" + name), port);
	}

}

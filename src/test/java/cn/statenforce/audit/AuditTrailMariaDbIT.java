package cn.statenforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;

/**
 * The chain on MariaDB: parallel appends of one bureau stay gap-free and linked (the head row lock), and rows
 * changed behind the application's back with plain SQL are caught at the right entry. Uses a bureau of its own
 * (长沙市统计局, a root of its own) so the demo bureaus' chains are untouched.
 */
@StatEnforceMariaDbIT
class AuditTrailMariaDbIT {

	@Autowired AuditTrail audit;
	@Autowired ActivityLog activity;
	@Autowired BureauService bureaus;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate tx;

	@Test
	void shouldKeepOneGapFreeChainUnderParallelAppendsAndCatchTampering() throws Exception {
		Bureau b = bureaus.createBureau("430100", "长沙市统计局", "长统", null);
		AuditActor system = AuditActor.system("system:timer", "系统（定时任务）");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				int thread = t;
				work.add(() -> {
					for (int i = 0; i < 10; i++) {
						int n = i;
						tx.executeWithoutResult(s -> activity.record(system, b.id(), "INSPECTION", 1000 + thread, "逾期督办", null,
								"线程" + thread + "第" + n + "次：期限 2026-10-09（国庆假期后第一个工作日）"));
					}
					return null;
				});
			}
			for (Future<Void> f : pool.invokeAll(work)) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForList("SELECT seq FROM audit_record WHERE bureau_id = ? ORDER BY seq", Long.class, b.id()))
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 60).boxed().toList());
		AuditVerification intact = audit.verify(b.id());
		assertThat(intact.intact()).isTrue();
		assertThat(intact.checked()).isEqualTo(60);

		String original = jdbc.queryForObject("SELECT new_value FROM audit_record WHERE bureau_id = ? AND seq = 37", String.class, b.id());
		jdbc.update("UPDATE audit_record SET new_value = '已按期改正' WHERE bureau_id = ? AND seq = 37", b.id());
		assertThat(audit.verify(b.id())).extracting(AuditVerification::brokenSeq, AuditVerification::problem)
			.containsExactly(37L, "内容与其摘要不符（记录被修改）");
		jdbc.update("UPDATE audit_record SET new_value = ? WHERE bureau_id = ? AND seq = 37", original, b.id());
		assertThat(audit.verify(b.id()).intact()).as("the original text restores the link").isTrue();

		jdbc.update("UPDATE audit_record SET occurred_at = DATE_ADD(occurred_at, INTERVAL 1 SECOND) WHERE bureau_id = ? AND seq = 12",
				b.id());
		assertThat(audit.verify(b.id()).brokenSeq()).isEqualTo(12L);
		jdbc.update("UPDATE audit_record SET occurred_at = DATE_SUB(occurred_at, INTERVAL 1 SECOND) WHERE bureau_id = ? AND seq = 12",
				b.id());

		AuditActor leader = AuditActor.system("system:start-up", "系统（启动）");
		Bureau other = bureaus.createBureau("430200", "株洲市统计局", "株统", null);
		ExecutorService firsts = Executors.newFixedThreadPool(4);
		try {
			// four first entries of a new bureau at once: one creates the chain head, none deadlocks
			List<Callable<Void>> first = java.util.Collections.nCopies(4, () -> {
				tx.executeWithoutResult(s -> activity.record(leader, other.id(), "TRAINING", 1, "REGISTERED", null, "首次记录"));
				return null;
			});
			for (Future<Void> f : firsts.invokeAll(first)) {
				f.get();
			}
		}
		finally {
			firsts.shutdownNow();
		}
		assertThat(audit.verify(other.id())).extracting(AuditVerification::intact, AuditVerification::lastSeq).containsExactly(true, 4L);

		jdbc.update("DELETE FROM audit_record WHERE bureau_id = ? AND seq = 50", b.id());
		assertThat(audit.verify(b.id())).extracting(AuditVerification::brokenSeq, AuditVerification::problem)
			.containsExactly(50L, "记录缺失（已被删除）");
		jdbc.update("UPDATE audit_record SET seq = seq - 1 WHERE bureau_id = ? AND seq > 50 ORDER BY seq", b.id());
		jdbc.update("UPDATE audit_chain_head SET last_seq = 59 WHERE bureau_id = ?", b.id());
		assertThat(audit.verify(b.id()).brokenSeq()).as("renumbered after the deletion").isEqualTo(50L);
	}

}

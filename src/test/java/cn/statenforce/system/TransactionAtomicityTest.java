package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;

/**
 * One DataSource, one transaction: a domain row written by the caller and a row written by a delegate
 * commit with the engine step, or none of them does.
 */
@StatEnforceTest
class TransactionAtomicityTest {

	private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime());

	@Autowired
	TransactionTemplate tx;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void deploy() {
		TestProcesses.deployAtomicityProbe(repositoryService);
	}

	@Test
	void shouldCommitDomainRowsAndEngineStateTogether() {
		long subject = SUBJECTS.incrementAndGet();
		tx.executeWithoutResult(s -> start(subject, false));
		assertThat(domainRows(subject)).isEqualTo(2);
		assertThat(instances(subject)).isEqualTo(1);
	}

	@Test
	void shouldLeaveNeitherWhenTheDelegateFails() {
		long subject = SUBJECTS.incrementAndGet();
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> start(subject, true)))
			.hasMessageContaining("probe failure requested");
		assertThat(domainRows(subject)).isZero();
		assertThat(instances(subject)).isZero();
	}

	@Test
	void shouldLeaveNeitherWhenTheCallerFailsAfterTheEngineStep() {
		long subject = SUBJECTS.incrementAndGet();
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			start(subject, false);
			throw new IllegalStateException("caller failed after the engine step");
		})).hasMessageContaining("caller failed");
		assertThat(domainRows(subject)).isZero();
		assertThat(instances(subject)).isZero();
	}

	private void start(long subject, boolean fail) {
		probe().start(subject, fail);
	}

	private int domainRows(long subject) {
		return probe().domainRows(subject);
	}

	private long instances(long subject) {
		return probe().instances(subject);
	}

	private AtomicityProbe probe() {
		return new AtomicityProbe(activityLog, runtimeService, jdbc);
	}

}

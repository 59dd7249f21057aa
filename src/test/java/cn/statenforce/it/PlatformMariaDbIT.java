package cn.statenforce.it;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.system.AtomicityProbe;
import cn.statenforce.system.TestProcesses;

/** The platform on MariaDB 10.11: migrations, charset, mappers, engine and the shared transaction. */
@StatEnforceMariaDbIT
class PlatformMariaDbIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	SequenceService sequences;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Test
	void shouldRunEveryMigrationOnMariaDb() {
		assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("MariaDB");
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_calendar_day", Integer.class)).isGreaterThan(100);
	}

	@Test
	void shouldCreateDomainTablesInUtf8mb4AndKeepFourByteCharacters() {
		List<String> charsets = jdbc.queryForList("""
				SELECT DISTINCT c.character_set_name FROM information_schema.tables t
				JOIN information_schema.collation_character_set_applicability c ON c.collation_name = t.table_collation
				WHERE t.table_schema = DATABASE() AND t.table_name IN ('bureau','app_user','enterprise','activity_log','notification')""",
				String.class);
		assertThat(charsets).containsExactly("utf8mb4");
		String name = jdbc.queryForObject("SELECT name FROM enterprise WHERE name LIKE CONCAT('%', ?, '%') LIMIT 1",
				String.class, "\uD842\uDFB7");
		assertThat(name).contains("\uD842\uDFB7");
	}

	@Test
	void shouldServeScopedMapperQueriesOverConnectorJ() throws Exception {
		mvc.perform(get("/api/enterprises?size=200").with(api("yuhu.inspector1"))).andExpect(jsonPath("$.total").value(100));
		mvc.perform(get("/api/enterprises?q=\uD842\uDFB7").with(api("yuhu.inspector1"))).andExpect(jsonPath("$.total").value(1));
		long id = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE bureau_id = 2", Long.class);
		mvc.perform(get("/api/enterprises/{id}", id).with(api("yuetang.inspector1"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/enterprises/{id}", id).with(api("city.inspector1"))).andExpect(status().isOk());
	}

	@Test
	void shouldCommitOrRollBackDomainRowsWithTheEngineStep() {
		TestProcesses.deployAtomicityProbe(repositoryService);
		AtomicityProbe probe = new AtomicityProbe(activityLog, runtimeService, jdbc);
		tx.executeWithoutResult(s -> probe.start(901L, false));
		assertThat(probe.domainRows(901L)).isEqualTo(2);
		assertThat(probe.instances(901L)).isEqualTo(1);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> probe.start(902L, true))).hasMessageContaining("probe failure");
		assertThat(probe.domainRows(902L)).isZero();
		assertThat(probe.instances(902L)).isZero();
	}

	@Test
	void shouldIssueGapFreeNumbersUnderConcurrency() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Callable<Integer> next = () -> tx.execute(s -> sequences.next(2L, "IT_TEST", 2026));
			List<Future<Integer>> futures = pool.invokeAll(java.util.Collections.nCopies(20, next));
			java.util.Set<Integer> numbers = new java.util.TreeSet<>();
			for (Future<Integer> f : futures) {
				numbers.add(f.get());
			}
			assertThat(numbers).hasSize(20).first().isEqualTo(1);
			assertThat(numbers).last().isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldComputeTheYearEndFiguresOnMariaDb() throws Exception {
		// the report's SQL (conditional counts, scalar subqueries, date ranges) runs on every capability's tables
		mvc.perform(get("/api/reports/annual?year={y}", java.time.LocalDate.now().getYear()).with(api("city.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections").isNotEmpty())
			.andExpect(jsonPath("$.bureauNames.length()").value(3));
	}

	@Test
	void shouldReadUsersAndGroupsThroughTheEngine() {
		assertThat(identityService.createGroupQuery().groupMember("yuhu.leader").list())
			.extracting(org.camunda.bpm.engine.identity.Group::getId)
			.containsExactlyInAnyOrder("LEADER", "LEADER_430302");
		assertThat(identityService.checkPassword("yuhu.leader", "demo123456")).isTrue();
	}

	/** The engine's sub-task look-up on every task completion uses the index the application adds (EngineIndexes). */
	@Test
	void shouldIndexTheEnginesSubTaskLookUpOnMariaDb() {
		assertThat(jdbc.queryForList("SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
				+ "AND TABLE_NAME = 'ACT_RU_TASK' AND COLUMN_NAME = 'PARENT_TASK_ID_' AND SEQ_IN_INDEX = 1", String.class))
			.containsExactly("ACT_IDX_TASK_PARENT_TASK_ID");
		List<java.util.Map<String, Object>> plan = jdbc.queryForList("EXPLAIN SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'x'");
		assertThat(String.valueOf(plan.get(0).get("possible_keys"))).contains("ACT_IDX_TASK_PARENT_TASK_ID");
	}

	/** Connector/J keeps the parse of each prepared statement per connection (it was a sixth of a step's Java time). */
	@Test
	void shouldCacheTheParsedStatementsOfEachConnection() throws Exception {
		try (java.sql.Connection c = jdbc.getDataSource().getConnection()) {
			com.mysql.cj.conf.PropertySet props = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).getPropertySet();
			assertThat(props.getBooleanProperty(com.mysql.cj.conf.PropertyKey.cachePrepStmts).getValue()).isTrue();
			assertThat(props.getIntegerProperty(com.mysql.cj.conf.PropertyKey.prepStmtCacheSqlLimit).getValue())
				.isGreaterThanOrEqualTo(8192);
			assertThat(props.getBooleanProperty(com.mysql.cj.conf.PropertyKey.useServerPrepStmts).getValue()).isFalse();
		}
	}

}

package cn.statenforce.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Chinese cause of a failed step from the exception lines the engine stored (as Connector/J, Hikari, Camunda word them). */
class IncidentCausesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"cn.statenforce.shared.ConflictException: 该案件刚被其他用户修改，请刷新后重试|业务规则不允许继续办理：该案件刚被其他用户修改，请刷新后重试",
			"org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 Execution of 'UPDATE ExecutionEntity[42]' failed. Entity was updated by another transaction concurrently.|并发冲突",
			"org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection|数据库暂时无法连接",
			"com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure|数据库暂时无法连接",
			"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.|数据库暂时无法连接",
			"com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Lock wait timeout exceeded; try restarting transaction|数据库繁忙",
			"org.springframework.dao.DuplicateKeyException: Duplicate entry '430302-ZG-2026-001' for key 'uk_plan_number'|唯一性",
			"org.camunda.bpm.engine.ProcessEngineException: Unknown property used in expression: ${caseIdd}. Cause: Cannot resolve identifier 'caseIdd'|流程配置错误",
			"java.lang.NullPointerException: Cannot invoke \"java.time.LocalDate.isBefore(java.time.chrono.ChronoLocalDate)\" because \"deadline\" is null|系统程序错误" })
	void shouldNameTheCauseInChinese(String technical, String expected) {
		assertThat(IncidentCauses.describe(List.of(technical))).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"org.camunda.bpm.engine.ProcessEngineException: ENGINE-16004 Exception while closing command context|cn.statenforce.shared.BadRequestException: 改正期限不能为空，也不能早于今天|业务规则不允许继续办理：改正期限不能为空，也不能早于今天" })
	void shouldFindTheApplicationsRefusalAmongTheCauses(String first, String deepest, String expected) {
		assertThat(IncidentCauses.describe(List.of(first, "Caused by: " + deepest))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "no lines")
	@CsvSource("x")
	void shouldSayWhenNoCauseWasRecorded(String ignored) {
		assertThat(IncidentCauses.describe(List.of())).contains("未记录失败原因");
	}

}

package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are "the database is unreachable" (503) and which are not (as seen in DatabaseLossIT's logs). */
class DatabaseUnavailableTest {

	@Test
	void shouldRecogniseTheWaysALostDatabaseSurfaces() {
		// the pool timed out waiting for a connection (Hikari), as MyBatis wraps it
		assertThat(DatabaseUnavailable.causedBy(new MyBatisSystemException(new CannotGetJdbcConnectionException(
				"Failed to obtain JDBC Connection", new SQLTransientConnectionException("Connection is not available"))))).isTrue();
		// a broken connection in the middle of a statement (Connector/J's CommunicationsException is an SQLRecoverableException)
		assertThat(DatabaseUnavailable.causedBy(new RecoverableDataAccessException("Communications link failure",
				new SQLRecoverableException("Communications link failure")))).isTrue();
		// the engine's own persistence layer
		assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03083",
				new PersistenceException(new SQLRecoverableException("link failure"))))).isTrue();
		// a rollback on a connection the outage closed (Hikari: "Connection is closed", SQLSTATE 08003), as the engine wraps it
		assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("persistence layer",
				new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
						new SQLException("Connection is closed", "08003"))))).isTrue();
		// the step failed on the lost link and the rollback then failed on a closed connection without a SQLSTATE: the
		// step's failure is the transaction's "application exception", not its cause (seen in DatabaseLossIT)
		var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new RecoverableDataAccessException("Communications link failure",
				new SQLRecoverableException("Communications link failure")));
		assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
		var other = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		other.initApplicationException(new IllegalStateException("a bug"));
		assertThat(DatabaseUnavailable.causedBy(other)).isFalse();
		// no transaction could begin
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection",
				new ConnectException("Connection refused")))).isTrue();
	}

	@Test
	void shouldNotTakeOtherDatabaseErrorsForAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new DuplicateKeyException("uk_lead_number",
				new SQLIntegrityConstraintViolationException("Duplicate entry")))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("Data too long for column 'opinion'",
				new SQLException("Data too long", "22001")))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
	}

}

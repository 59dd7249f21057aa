package cn.statenforce.system;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Is an exception the database being unreachable (stopped, network gone, pool timed out waiting for a connection)?
 * Such a request is answered 503 with a Chinese problem body and {@code Retry-After}, not 500: nothing was written
 * (the transaction never began or was rolled back with the lost connection), and the same request succeeds once the
 * database is back, without a restart (the pool opens new connections by itself).
 */
public final class DatabaseUnavailable {

	/** Seconds a client should wait before trying again. */
	public static final String RETRY_AFTER_SECONDS = "10";

	public static final String TITLE = "服务暂时不可用";

	public static final String DETAIL = "数据库暂时无法连接，本次操作未执行，请稍后重试";

	private DatabaseUnavailable() {
	}

	public static boolean causedBy(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException || t instanceof ConnectException
					|| t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof RecoverableDataAccessException
					|| t.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")) {
				return true;
			}
			// SQLSTATE class 08 is "connection exception" in the SQL standard (e.g. the pool's "Connection is closed"
			// 08003 when a rollback meets a connection the outage broke, Connector/J's link failure 08S01)
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// a rollback that meets the broken connection hides the step's own failure (the lost link) behind
			// "JDBC rollback failed": the step's exception is kept beside it, not as its cause
			if (t instanceof org.springframework.transaction.TransactionSystemException tse
					&& tse.getApplicationException() != null && tse.getApplicationException() != ex
					&& causedBy(tse.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

}

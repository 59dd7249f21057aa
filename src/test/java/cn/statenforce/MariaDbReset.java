package cn.statenforce;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Recreates the integration-test database once per JVM, before the Spring context (and so Flyway and the
 * engine) starts, so every run migrates an empty MariaDB schema exactly as a new installation would.
 */
public class MariaDbReset implements BeforeAllCallback {

	static final String SERVER = System.getenv().getOrDefault("STATENFORCE_IT_SERVER_URL",
			"jdbc:mysql://127.0.0.1:3306/?sendFractionalSeconds=false");

	/** Overridable so that several checkouts can run their integration tests on one server at the same time. */
	static final String DATABASE = System.getenv().getOrDefault("STATENFORCE_IT_DB_NAME", "statenforce_it");

	private static boolean done;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		synchronized (MariaDbReset.class) {
			if (done) {
				return;
			}
			String user = System.getenv().getOrDefault("STATENFORCE_IT_DB_USER", "root");
			String password = System.getenv().getOrDefault("STATENFORCE_IT_DB_PASSWORD", "");
			try (Connection c = DriverManager.getConnection(SERVER, user, password); Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + DATABASE);
				s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException("MariaDB/MySQL is not reachable at " + SERVER
						+ " (user " + user + "). Start it (see README, 'Running the tests') or run .ci/run.", e);
			}
			done = true;
		}
	}

}

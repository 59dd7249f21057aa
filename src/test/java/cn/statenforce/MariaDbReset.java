package cn.statenforce;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Recreates the integration-test database once per JVM, before the Spring context (and so Flyway and the
 * engine) starts, so every run migrates an empty MariaDB schema exactly as a new installation would. A test class
 * that names its own database ({@code @TestPropertySource(properties = "STATENFORCE_IT_DB_NAME=…")}) gets that one
 * recreated, once per JVM too: what an earlier run left in it must not change what this run counts.
 */
public class MariaDbReset implements BeforeAllCallback {

	static final String SERVER = System.getenv().getOrDefault("STATENFORCE_IT_SERVER_URL",
			"jdbc:mysql://127.0.0.1:3306/?sendFractionalSeconds=false");

	/** Overridable so that several checkouts can run their integration tests on one server at the same time. */
	static final String DATABASE = System.getenv().getOrDefault("STATENFORCE_IT_DB_NAME", "statenforce_it");

	private static final java.util.Set<String> done = new java.util.HashSet<>();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		String database = databaseOf(context.getRequiredTestClass());
		synchronized (MariaDbReset.class) {
			if (done.contains(database)) {
				return;
			}
			String user = System.getenv().getOrDefault("STATENFORCE_IT_DB_USER", "root");
			String password = System.getenv().getOrDefault("STATENFORCE_IT_DB_PASSWORD", "");
			try (Connection c = DriverManager.getConnection(SERVER, user, password); Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + database);
				s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException("MariaDB/MySQL is not reachable at " + SERVER
						+ " (user " + user + "). Start it (see README, 'Running the tests') or run .ci/run.", e);
			}
			done.add(database);
		}
	}

	/** The database the class's own {@code STATENFORCE_IT_DB_NAME} property names, else the shared one. */
	static String databaseOf(Class<?> testClass) {
		org.springframework.test.context.TestPropertySource source = org.springframework.core.annotation.AnnotatedElementUtils
			.findMergedAnnotation(testClass, org.springframework.test.context.TestPropertySource.class);
		if (source != null) {
			for (String p : source.properties()) {
				if (p.startsWith("STATENFORCE_IT_DB_NAME=")) {
					String name = p.substring("STATENFORCE_IT_DB_NAME=".length()).trim();
					if (!name.matches("[A-Za-z0-9_]+")) {
						throw new IllegalArgumentException("not a database name: " + name);
					}
					return name;
				}
			}
		}
		return DATABASE;
	}

}

package cn.statenforce.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 8 on MariaDB: the packaged application in the {@code mysql} profile on a fresh database (named after
 * {@code STATENFORCE_IT_DB_NAME} + {@code _crash}), demo data on, the system administrator created from the
 * bootstrap settings; an acknowledged lead survives SIGKILL and its number is never handed out again.
 */
class MariaDbCrashIT {

	private static final String SERVER = System.getenv()
		.getOrDefault("STATENFORCE_IT_SERVER_URL", "jdbc:mysql://127.0.0.1:3306/?sendFractionalSeconds=false");

	private static final String DATABASE = System.getenv().getOrDefault("STATENFORCE_IT_DB_NAME", "statenforce_it")
			+ "_crash";

	private static final String USER = System.getenv().getOrDefault("STATENFORCE_IT_DB_USER", "root");

	private static final String PASSWORD = System.getenv().getOrDefault("STATENFORCE_IT_DB_PASSWORD", "");

	private static final String SYSADMIN = "ops.sysadmin";

	private static final String SYSADMIN_PASSWORD = "crash-test-operator-1";

	@Test
	void shouldKeepEveryAcknowledgedLeadAcrossSigkill() throws Exception {
		sql("DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		String host = SERVER.substring(0, SERVER.indexOf('/', "jdbc:mysql://".length()));
		Path dir = Files.createTempDirectory("statenforce-crash-mariadb-");
		RunningApplication app = new RunningApplication(dir, Map.of(
				"STATENFORCE_DB_URL", host + "/" + DATABASE + "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
						+ "&characterEncoding=UTF-8&connectionTimeZone=Asia/Shanghai",
				"STATENFORCE_DB_USER", USER, "STATENFORCE_DB_PASSWORD", PASSWORD, "STATENFORCE_DEMO_DATA", "true",
				"STATENFORCE_BOOTSTRAP_SYSADMIN_USERNAME", SYSADMIN, "STATENFORCE_BOOTSTRAP_SYSADMIN_PASSWORD",
				SYSADMIN_PASSWORD), List.of("--spring.profiles.active=mysql"));
		try {
			LeadCrashScenario.Outcome outcome = LeadCrashScenario.run(app, SYSADMIN, SYSADMIN_PASSWORD);
			System.out.println("MariaDB crash test: " + outcome);
		}
		finally {
			app.kill();
		}
		sql("DROP DATABASE IF EXISTS " + DATABASE);
	}

	private static void sql(String... statements) throws Exception {
		try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

}

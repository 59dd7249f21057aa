package cn.statenforce.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh database on the integration-test server for a reliability test that runs the packaged application as its
 * own process: {@code <STATENFORCE_IT_DB_NAME>_<suffix>}, dropped and created empty, and the application's
 * environment for it (demo data on, so the demo accounts exist), optionally through another port (a {@link TcpProxy}).
 */
final class FreshMariaDb {

	static final String SERVER = System.getenv()
		.getOrDefault("STATENFORCE_IT_SERVER_URL", "jdbc:mysql://127.0.0.1:3306/?sendFractionalSeconds=false");

	static final String USER = System.getenv().getOrDefault("STATENFORCE_IT_DB_USER", "root");

	static final String PASSWORD = System.getenv().getOrDefault("STATENFORCE_IT_DB_PASSWORD", "");

	static final String HOST = SERVER.substring("jdbc:mysql://".length(), SERVER.indexOf('/', "jdbc:mysql://".length()));

	final String name;

	FreshMariaDb(String suffix) throws SQLException {
		this.name = System.getenv().getOrDefault("STATENFORCE_IT_DB_NAME", "statenforce_it") + "_" + suffix;
		execute("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
	}

	static String host() {
		return HOST.contains(":") ? HOST.substring(0, HOST.indexOf(':')) : HOST;
	}

	static int port() {
		return HOST.contains(":") ? Integer.parseInt(HOST.substring(HOST.indexOf(':') + 1)) : 3306;
	}

	/** The application's environment for this database, reached at {@code host:port}. */
	Map<String, String> environment(String host, int port) {
		Map<String, String> env = new HashMap<>();
		env.put("STATENFORCE_DB_URL", "jdbc:mysql://" + host + ":" + port + "/" + name
				+ "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
				+ "&connectionTimeZone=Asia/Shanghai&connectTimeout=3000");
		env.put("STATENFORCE_DB_USER", USER);
		env.put("STATENFORCE_DB_PASSWORD", PASSWORD);
		env.put("STATENFORCE_DEMO_DATA", "true");
		return env;
	}

	Map<String, String> environment() {
		return environment(host(), port());
	}

	long count(String sql, Object... args) throws SQLException {
		try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				s.setObject(i + 1, args[i]);
			}
			try (ResultSet r = s.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		}
	}

	int update(String sql, Object... args) throws SQLException {
		try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				s.setObject(i + 1, args[i]);
			}
			return s.executeUpdate();
		}
	}

	/** Rows of a two-column query as key → value. */
	Map<String, Long> pairs(String sql) throws SQLException {
		Map<String, Long> out = new HashMap<>();
		try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			while (r.next()) {
				out.put(r.getString(1), r.getLong(2));
			}
		}
		return out;
	}

	/** Rows of a query, each as its columns joined by " | " (for failure messages). */
	java.util.List<String> rows(String sql) throws SQLException {
		java.util.List<String> out = new java.util.ArrayList<>();
		try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			int n = r.getMetaData().getColumnCount();
			while (r.next()) {
				StringBuilder b = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					b.append(i > 1 ? " | " : "").append(r.getMetaData().getColumnLabel(i)).append('=').append(r.getString(i));
				}
				out.add(b.toString());
			}
		}
		return out;
	}

	/** The first column of every row. */
	List<String> strings(String sql, Object... args) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				s.setObject(i + 1, args[i]);
			}
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					out.add(r.getString(1));
				}
			}
		}
		return out;
	}

	/**
	 * Runs a locking query ({@code SELECT … FOR UPDATE}) in a transaction that stays open until {@link Held#close()}
	 * rolls it back: whoever needs those rows meanwhile waits (at most {@code innodb_lock_wait_timeout}, 50 s).
	 */
	Held hold(String lockingQuery) throws SQLException {
		Connection c = connection();
		c.setAutoCommit(false);
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(lockingQuery)) {
			int rows = 0;
			while (r.next()) {
				rows++;
			}
			return new Held(c, rows);
		}
	}

	/** A transaction holding row locks; closing it rolls back and releases them. */
	static final class Held implements AutoCloseable {

		private final Connection connection;

		final int rows;

		Held(Connection connection, int rows) {
			this.connection = connection;
			this.rows = rows;
		}

		@Override
		public void close() throws SQLException {
			try {
				connection.rollback();
			}
			finally {
				connection.close();
			}
		}

	}

	void drop() throws SQLException {
		execute("DROP DATABASE IF EXISTS " + name);
	}

	private Connection connection() throws SQLException {
		return DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + name + "?sendFractionalSeconds=false"
				+ "&connectionTimeZone=Asia/Shanghai", USER, PASSWORD);
	}

	private static void execute(String... statements) throws SQLException {
		try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

}

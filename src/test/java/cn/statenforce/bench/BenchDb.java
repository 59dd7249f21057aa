package cn.statenforce.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's MariaDB access outside the application: create and drop its databases, and bulk-load
 * tab-separated files with {@code LOAD DATA LOCAL INFILE} (the fast path; nothing goes through HTTP or the
 * application's mappers).
 */
final class BenchDb {

	static final String HOST = System.getProperty("bench.db.host", "127.0.0.1:3306");

	static final String USER = System.getProperty("bench.db.user", "root");

	static final String PASSWORD = System.getProperty("bench.db.password", "");

	static final String PARAMS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
			+ "&connectionTimeZone=Asia/Shanghai";

	private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private BenchDb() {
	}

	/** The URL the application uses for a bench database (same flags as production). */
	static String appUrl(String db) {
		return "jdbc:mysql://" + HOST + "/" + db + "?" + PARAMS;
	}

	static Connection server() throws SQLException {
		return DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + PARAMS, USER, PASSWORD);
	}

	static Connection connect(String db) throws SQLException {
		Connection c = DriverManager.getConnection(
				"jdbc:mysql://" + HOST + "/" + db + "?" + PARAMS + "&allowLoadLocalInfile=true&useCompression=false",
				USER, PASSWORD);
		try (Statement s = c.createStatement()) {
			s.execute("SET SESSION unique_checks = 0");
			s.execute("SET SESSION foreign_key_checks = 0");
		}
		return c;
	}

	static void recreate(String db) throws SQLException {
		require(db);
		try (Connection c = server(); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + db);
			s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
	}

	static void drop(String db) throws SQLException {
		require(db);
		try (Connection c = server(); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + db);
		}
	}

	/** Only the benchmark's own databases are ever created or dropped. */
	private static void require(String db) {
		if (!db.equals("statenforce_bench") && !db.startsWith("statenforce_bench_")) {
			throw new IllegalArgumentException("not a benchmark database: " + db);
		}
	}

	static Map<String, String> variables(Connection c, String... names) throws SQLException {
		Map<String, String> m = new LinkedHashMap<>();
		try (Statement s = c.createStatement()) {
			for (String n : names) {
				try (ResultSet r = s.executeQuery("SELECT @@" + n)) {
					r.next();
					m.put(n, r.getString(1));
				}
			}
		}
		return m;
	}

	static long count(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getLong(1);
		}
	}

	static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
		List<Map<String, Object>> out = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			int n = r.getMetaData().getColumnCount();
			while (r.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= n; i++) {
					row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
				}
				out.add(row);
			}
		}
		return out;
	}

	/** Loads a file written by {@link Tsv} into the table (columns in file order). */
	static long load(Connection c, String table, List<String> columns, Path file) throws SQLException {
		String sql = "LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("\\", "/") + "' INTO TABLE "
				+ table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
				+ String.join(", ", columns) + ")";
		try (Statement s = c.createStatement()) {
			return s.executeLargeUpdate(sql);
		}
	}

	/** A tab-separated file in LOAD DATA's default escaping (\N = NULL). */
	static final class Tsv implements AutoCloseable {

		final Path file;

		final List<String> columns;

		long rows;

		private final BufferedWriter w;

		Tsv(Path file, List<String> columns) {
			this.file = file;
			this.columns = columns;
			try {
				this.w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		void row(Object... values) {
			try {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						w.write('\t');
					}
					w.write(text(values[i]));
				}
				w.write('\n');
				rows++;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** A row of cells already in the file's escaping (see {@link #text}). */
		void raw(String[] cells) {
			try {
				for (int i = 0; i < cells.length; i++) {
					if (i > 0) {
						w.write('\t');
					}
					w.write(cells[i]);
				}
				w.write('\n');
				rows++;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void close() {
			try {
				w.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		static String text(Object v) {
			if (v == null) {
				return "\\N";
			}
			if (v instanceof Boolean b) {
				return b ? "1" : "0";
			}
			if (v instanceof LocalDateTime t) {
				return TS.format(t);
			}
			if (v instanceof java.sql.Timestamp t) {
				return TS.format(t.toLocalDateTime());
			}
			if (v instanceof LocalDate d) {
				return d.toString();
			}
			if (v instanceof BigDecimal d) {
				return d.toPlainString();
			}
			if (v instanceof byte[] bytes) {
				StringBuilder sb = new StringBuilder();
				for (byte b : bytes) {
					escape(sb, (char) (b & 0xff));
				}
				return sb.toString();
			}
			String s = v.toString();
			StringBuilder sb = null;
			for (int i = 0; i < s.length(); i++) {
				char ch = s.charAt(i);
				if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == 0) {
					if (sb == null) {
						sb = new StringBuilder(s.length() + 8).append(s, 0, i);
					}
					escape(sb, ch);
				}
				else if (sb != null) {
					sb.append(ch);
				}
			}
			return sb == null ? s : sb.toString();
		}

		private static void escape(StringBuilder sb, char ch) {
			switch (ch) {
				case '\\' -> sb.append("\\\\");
				case '\t' -> sb.append("\\t");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case 0 -> sb.append("\\0");
				default -> sb.append(ch);
			}
		}

	}

}

package cn.statenforce.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The directory's port for bulk imports (名录库导入, run by the inspection capability): writes units into
 * {@code enterprise} in the caller's transaction. Plain JDBC rather than a MyBatis mapper because a 1,000,000-row
 * import needs multi-row INSERTs and batched UPDATEs, and MyBatis' batch executor cannot join a transaction its
 * simple executor already uses. Column names come only from {@link #COLUMNS} (fixed, anything else is refused),
 * values are always bound.
 * <p>
 * Every {@code null} is bound with its column's SQL type ({@link #TYPES}): with an untyped {@code null} Spring asks the driver for
 * the parameter's type, and MySQL Connector/J (client-side prepared statements) answers each time by building and
 * throwing an {@code SQLException} and then reading the connection's metadata — per {@code null} cell, millions of
 * times in a 1,000,000-row import, where it was most of the import's time on MariaDB.
 */
@Component
public class EnterpriseImports {

	/** The columns an import may fill, in INSERT order (besides bureau and credit code). */
	public static final List<String> COLUMNS = List.of("name", "region_code", "industry_code", "size_class",
			"party_type", "legal_representative", "address", "phone", "online_reporting", "risk_tags",
			"last_inspected_on", "last_inspection_result");

	/** The SQL type of each of {@link #COLUMNS}, by name. */
	static final Map<String, Integer> TYPES = Map.ofEntries(Map.entry("name", Types.VARCHAR),
			Map.entry("region_code", Types.CHAR), Map.entry("industry_code", Types.VARCHAR),
			Map.entry("size_class", Types.VARCHAR), Map.entry("party_type", Types.VARCHAR),
			Map.entry("legal_representative", Types.VARCHAR), Map.entry("address", Types.VARCHAR),
			Map.entry("phone", Types.VARCHAR), Map.entry("online_reporting", Types.BOOLEAN),
			Map.entry("risk_tags", Types.VARCHAR), Map.entry("last_inspected_on", Types.DATE),
			Map.entry("last_inspection_result", Types.VARCHAR));

	/** One unit of an import file: its credit code and the values by {@link #COLUMNS} name. */
	public record ImportedUnit(String creditCode, Map<String, Object> values) {
	}

	private final JdbcTemplate jdbc;

	private final EnterpriseMapper mapper;

	EnterpriseImports(JdbcTemplate jdbc, EnterpriseMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	/**
	 * Every 统一社会信用代码 already in the bureau's directory, one by one (for a province a list of rows would not
	 * fit): the import tells new units from known ones with it.
	 */
	public void forEachCreditCode(long bureauId, java.util.function.Consumer<String> each) {
		mapper.selectCreditCodes(bureauId, ctx -> each.accept(ctx.getResultObject()));
	}

	/**
	 * The INSERTs of one import, in the caller's transaction (close before it ends). The statement of a full chunk
	 * is prepared once and executed for every chunk of that size: Connector/J parses a client-side prepared
	 * statement's text each time it is prepared, and a 500-row INSERT is 25 KB of SQL.
	 */
	public Inserts inserts(long bureauId) {
		return new Inserts(bureauId, DataSourceUtils.getConnection(jdbc.getDataSource()));
	}

	/** See {@link #inserts(long)}. */
	public final class Inserts implements AutoCloseable {

		private final long bureauId;

		private final Connection con;

		private PreparedStatement full;

		private int fullRows;

		private Inserts(long bureauId, Connection con) {
			this.bureauId = bureauId;
			this.con = con;
		}

		/** New units: one multi-row INSERT; columns absent from the file take their defaults. */
		public void insert(List<ImportedUnit> rows, LocalDateTime now) {
			if (rows.isEmpty()) {
				return;
			}
			// the first chunk's statement serves every chunk of its size; only a smaller (last) chunk gets its own
			boolean reuse = full != null && fullRows == rows.size();
			String sql = reuse ? null : sql(rows.size());
			try {
				PreparedStatement ps = reuse ? full : con.prepareStatement(sql);
				if (full == null) {
					full = ps;
					fullRows = rows.size();
				}
				try {
					bind(ps, rows, now);
					ps.executeUpdate();
				}
				finally {
					if (ps != full) {
						ps.close();
					}
				}
			}
			catch (SQLException e) {
				throw translated(sql != null ? sql : "INSERT INTO enterprise … (" + rows.size() + " rows)", e);
			}
		}

		private void bind(PreparedStatement ps, List<ImportedUnit> rows, LocalDateTime now) throws SQLException {
			int a = 1;
			for (ImportedUnit row : rows) {
				Map<String, Object> v = row.values();
				StatementCreatorUtils.setParameterValue(ps, a++, SqlTypeValue.TYPE_UNKNOWN, bureauId);
				StatementCreatorUtils.setParameterValue(ps, a++, SqlTypeValue.TYPE_UNKNOWN, row.creditCode());
				for (String c : COLUMNS) {
					Object value = v.containsKey(c) ? v.get(c) : defaultOf(c);
					StatementCreatorUtils.setParameterValue(ps, a++, typeOf(c, value), value);
				}
				StatementCreatorUtils.setParameterValue(ps, a++, SqlTypeValue.TYPE_UNKNOWN, now);
				StatementCreatorUtils.setParameterValue(ps, a++, SqlTypeValue.TYPE_UNKNOWN, now);
			}
		}

		@Override
		public void close() {
			try {
				if (full != null) {
					full.close();
				}
			}
			catch (SQLException e) {
				throw translated("close", e);
			}
			finally {
				DataSourceUtils.releaseConnection(con, jdbc.getDataSource());
			}
		}

	}

	private static String sql(int rows) {
		StringBuilder sql = new StringBuilder("INSERT INTO enterprise (bureau_id, credit_code");
		COLUMNS.forEach(c -> sql.append(", ").append(c));
		sql.append(", created_at, updated_at, row_version) VALUES ");
		String tuple = "(" + "?, ".repeat(COLUMNS.size() + 4) + "0)";
		for (int i = 0; i < rows; i++) {
			sql.append(i == 0 ? "" : ", ").append(tuple);
		}
		return sql.toString();
	}

	private RuntimeException translated(String sql, SQLException e) {
		RuntimeException t = jdbc.getExceptionTranslator().translate("directory import", sql, e);
		return t != null ? t : new org.springframework.jdbc.UncategorizedSQLException("directory import", sql, e);
	}

	/** Units already in the bureau's directory: the {@code columns} the file has are overwritten. */
	public void update(long bureauId, Set<String> columns, List<ImportedUnit> rows, LocalDateTime now) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> set = COLUMNS.stream().filter(columns::contains).toList();
		StringBuilder sql = new StringBuilder("UPDATE enterprise SET ");
		set.forEach(c -> sql.append(c).append(" = ?, "));
		sql.append("updated_at = ?, row_version = row_version + 1 WHERE bureau_id = ? AND credit_code = ?");
		jdbc.batchUpdate(sql.toString(), rows, rows.size(), (ps, r) -> {
			int i = 1;
			for (String c : set) {
				Object value = r.values().get(c);
				StatementCreatorUtils.setParameterValue(ps, i++, typeOf(c, value), value);
			}
			StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, now);
			StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, bureauId);
			StatementCreatorUtils.setParameterValue(ps, i, SqlTypeValue.TYPE_UNKNOWN, r.creditCode());
		});
	}

	/**
	 * A null is bound with the column's type (no driver look-up); any other value exactly as before, by its Java
	 * type.
	 */
	private static int typeOf(String column, Object value) {
		return value == null ? TYPES.get(column) : SqlTypeValue.TYPE_UNKNOWN;
	}

	private static Object defaultOf(String column) {
		return switch (column) {
			case "party_type" -> "ORGANIZATION";
			case "online_reporting" -> Boolean.FALSE;
			default -> null;
		};
	}

}

package cn.statenforce.inspection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk writes of the directory import into the platform's {@code enterprise} table, in the caller's
 * transaction. Plain JDBC rather than a MyBatis mapper because a 1,000,000-row import needs multi-row
 * INSERTs and batched UPDATEs, and MyBatis' batch executor cannot join a transaction its simple executor
 * already uses. Column names come only from {@link DirectoryColumn} (fixed), values are always bound.
 */
@Component
class EnterpriseBatchWriter {

	private static final List<DirectoryColumn> INSERTED = List.of(DirectoryColumn.NAME, DirectoryColumn.REGION_CODE,
			DirectoryColumn.INDUSTRY_CODE, DirectoryColumn.SIZE_CLASS, DirectoryColumn.PARTY_TYPE,
			DirectoryColumn.LEGAL_REPRESENTATIVE, DirectoryColumn.ADDRESS, DirectoryColumn.PHONE,
			DirectoryColumn.ONLINE_REPORTING, DirectoryColumn.RISK_TAGS, DirectoryColumn.LAST_INSPECTED_ON,
			DirectoryColumn.LAST_INSPECTION_RESULT);

	private final JdbcTemplate jdbc;

	EnterpriseBatchWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** New units: one multi-row INSERT; columns absent from the file take their defaults. */
	void insert(long bureauId, List<DirectoryRowValidator.ValidRow> rows, LocalDateTime now) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("INSERT INTO enterprise (bureau_id, credit_code");
		INSERTED.forEach(c -> sql.append(", ").append(c.dbColumn));
		sql.append(", created_at, updated_at, row_version) VALUES ");
		String tuple = "(" + "?, ".repeat(INSERTED.size() + 4) + "0)";
		List<Object> args = new ArrayList<>(rows.size() * (INSERTED.size() + 4));
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(tuple);
			Map<DirectoryColumn, Object> v = rows.get(i).values();
			args.add(bureauId);
			args.add(rows.get(i).creditCode());
			for (DirectoryColumn c : INSERTED) {
				args.add(v.containsKey(c) ? v.get(c) : defaultOf(c));
			}
			args.add(now);
			args.add(now);
		}
		jdbc.update(sql.toString(), args.toArray());
	}

	/** Units already in the bureau's directory: the columns the file has are overwritten. */
	void update(long bureauId, Set<DirectoryColumn> columns, List<DirectoryRowValidator.ValidRow> rows,
			LocalDateTime now) {
		if (rows.isEmpty()) {
			return;
		}
		List<DirectoryColumn> set = INSERTED.stream().filter(columns::contains).toList();
		StringBuilder sql = new StringBuilder("UPDATE enterprise SET ");
		set.forEach(c -> sql.append(c.dbColumn).append(" = ?, "));
		sql.append("updated_at = ?, row_version = row_version + 1 WHERE bureau_id = ? AND credit_code = ?");
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (DirectoryRowValidator.ValidRow r : rows) {
			List<Object> args = new ArrayList<>(set.size() + 3);
			set.forEach(c -> args.add(r.values().get(c)));
			args.add(now);
			args.add(bureauId);
			args.add(r.creditCode());
			batch.add(args.toArray());
		}
		jdbc.batchUpdate(sql.toString(), batch);
	}

	private static Object defaultOf(DirectoryColumn c) {
		return switch (c) {
			case PARTY_TYPE -> "ORGANIZATION";
			case ONLINE_REPORTING -> Boolean.FALSE;
			default -> null;
		};
	}

}

package cn.statenforce.directory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's port for bulk imports (名录库导入, run by the inspection capability): writes units into
 * {@code enterprise} in the caller's transaction. Plain JDBC rather than a MyBatis mapper because a 1,000,000-row
 * import needs multi-row INSERTs and batched UPDATEs, and MyBatis' batch executor cannot join a transaction its
 * simple executor already uses. Column names come only from {@link #COLUMNS} (fixed, anything else is refused),
 * values are always bound.
 */
@Component
public class EnterpriseImports {

	/** The columns an import may fill, in INSERT order (besides bureau and credit code). */
	public static final List<String> COLUMNS = List.of("name", "region_code", "industry_code", "size_class",
			"party_type", "legal_representative", "address", "phone", "online_reporting", "risk_tags",
			"last_inspected_on", "last_inspection_result");

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

	/** New units: one multi-row INSERT; columns absent from the file take their defaults. */
	public void insert(long bureauId, List<ImportedUnit> rows, LocalDateTime now) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("INSERT INTO enterprise (bureau_id, credit_code");
		COLUMNS.forEach(c -> sql.append(", ").append(c));
		sql.append(", created_at, updated_at, row_version) VALUES ");
		String tuple = "(" + "?, ".repeat(COLUMNS.size() + 4) + "0)";
		List<Object> args = new ArrayList<>(rows.size() * (COLUMNS.size() + 4));
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(tuple);
			Map<String, Object> v = rows.get(i).values();
			args.add(bureauId);
			args.add(rows.get(i).creditCode());
			for (String c : COLUMNS) {
				args.add(v.containsKey(c) ? v.get(c) : defaultOf(c));
			}
			args.add(now);
			args.add(now);
		}
		jdbc.update(sql.toString(), args.toArray());
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
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (ImportedUnit r : rows) {
			List<Object> args = new ArrayList<>(set.size() + 3);
			set.forEach(c -> args.add(r.values().get(c)));
			args.add(now);
			args.add(bureauId);
			args.add(r.creditCode());
			batch.add(args.toArray());
		}
		jdbc.batchUpdate(sql.toString(), batch);
	}

	private static Object defaultOf(String column) {
		return switch (column) {
			case "party_type" -> "ORGANIZATION";
			case "online_reporting" -> Boolean.FALSE;
			default -> null;
		};
	}

}

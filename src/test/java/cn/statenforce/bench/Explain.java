package cn.statenforce.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * EXPLAIN of what the application really runs: a service call is made with {@link SqlTimer#capture} on, and
 * each SELECT it issued is explained on MariaDB with the same parameters.
 */
final class Explain {

	private Explain() {
	}

	/** The plan of one captured statement: the SQL (shortened) and the EXPLAIN rows. */
	record Plan(String what, String sql, List<Map<String, Object>> rows) {

		boolean fullScan() {
			return rows.stream().anyMatch(r -> "ALL".equals(String.valueOf(r.get("type"))) && !String.valueOf(r.get("table")).startsWith("<"));
		}

	}

	static List<Plan> of(String what, Connection c, Supplier<?> call, java.util.function.Predicate<String> keep) throws Exception {
		SqlTimer.capture();
		try {
			call.get();
		}
		catch (RuntimeException e) {
			SqlTimer.captured();
			throw e;
		}
		{
			List<SqlTimer.Captured> statements = SqlTimer.captured();
			List<Plan> plans = new ArrayList<>();
			for (SqlTimer.Captured s : statements) {
				if (!keep.test(s.sql())) {
					continue;
				}
				try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + s.sql())) {
					for (Map.Entry<Integer, Object> p : s.params().entrySet()) {
						ps.setObject(p.getKey(), p.getValue());
					}
					List<Map<String, Object>> rows = new ArrayList<>();
					try (ResultSet r = ps.executeQuery()) {
						while (r.next()) {
							Map<String, Object> row = new LinkedHashMap<>();
							for (String col : List.of("id", "select_type", "table", "type", "possible_keys", "key", "key_len", "rows", "Extra")) {
								row.put(col, r.getObject(col));
							}
							rows.add(row);
						}
					}
					plans.add(new Plan(what, s.sql().replaceAll("\\s+", " ").trim(), rows));
				}
			}
			planned.addAll(plans);
			return plans;
		}
	}

	static final List<Plan> planned = new ArrayList<>();

}

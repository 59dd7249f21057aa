package cn.statenforce.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the directory units in a plan's scope for the draw. Plain JDBC rather than a MyBatis mapper: an
 * upper bureau's draw reads up to millions of rows, and per-row object mapping would dominate the draw's
 * time. The SQL is assembled only from fixed fragments; every value is bound. Units come in credit-code order.
 * <p>
 * The rows are streamed, never held all at once: MySQL Connector/J ignores a positive fetch size (without
 * {@code useCursorFetch}) and would read the whole result into the heap before the first row is handled — for a
 * 1,000,000-unit directory that took most of the draw's time on MariaDB — so on MySQL/MariaDB the statement is
 * forward-only, read-only with the driver's streaming fetch size {@link Integer#MIN_VALUE} (the handler issues no
 * statement on the connection while the rows arrive); other databases (H2) get a fetch size of
 * {@value #FETCH_SIZE}.
 */
@Component
class DirectoryPopulation {

	/** One unit with what the exclusions need. */
	record Unit(long id, long bureauId, String creditCode, String groupCode, String riskTags, LocalDate lastInspectedOn,
			String lastInspectionResult) {
	}

	/** Receives each unit. */
	interface UnitHandler {

		void unit(Unit unit);

	}

	static final int FETCH_SIZE = 10_000;

	private final JdbcTemplate jdbc;

	DirectoryPopulation(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The units in the plan's scope (a random plan) or the units it names (a 重点检查, {@code named} not null). */
	void read(List<Long> bureauIds, InspectionPlan plan, List<Long> named, UnitHandler handler) {
		// the bureau's region code is the unit's group in a multi-stage draw: a small map, not a join per row
		Map<Long, String> regions = new HashMap<>();
		jdbc.query("SELECT id, region_code FROM bureau", rs -> {
			regions.put(rs.getLong(1), rs.getString(2));
		});
		Query q = query(bureauIds, plan, named);
		jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement(q.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
			ps.setFetchSize(fetchSize(con));
			new ArgumentPreparedStatementSetter(q.args()).setValues(ps);
			return ps;
		}, rs -> {
			handler.unit(unit(rs, regions));
		});
	}

	/** The read's statement and its values. */
	record Query(String sql, Object[] args) {
	}

	/**
	 * The read of the scope. Its columns are those of {@code ix_enterprise_draw} (V9_2), so within one bureau it is
	 * one ordered scan of that index, with no sort and no row read.
	 */
	static Query query(List<Long> bureauIds, InspectionPlan plan, List<Long> named) {
		List<Object> args = new ArrayList<>(bureauIds);
		StringBuilder sql = new StringBuilder("SELECT e.id, e.bureau_id, e.credit_code, e.risk_tags, "
				+ "e.last_inspected_on, e.last_inspection_result FROM enterprise e "
				+ "WHERE e.bureau_id IN (" + marks(bureauIds.size()) + ")");
		if (named != null) {
			sql.append(" AND e.id IN (").append(named.isEmpty() ? "NULL" : marks(named.size())).append(')');
			args.addAll(named);
		}
		else if (!plan.regions().isEmpty()) {
			sql.append(" AND e.region_code IN (").append(marks(plan.regions().size())).append(')');
			args.addAll(plan.regions());
		}
		if (named == null && !plan.industries().isEmpty()) {
			sql.append(" AND (").append(String.join(" OR ", Collections.nCopies(plan.industries().size(),
					"e.industry_code LIKE ?"))).append(')');
			plan.industries().forEach(i -> args.add(i.replace("%", "").replace("_", "") + "%"));
		}
		if (named == null && !plan.sizes().isEmpty()) {
			sql.append(" AND e.size_class IN (").append(marks(plan.sizes().size())).append(')');
			args.addAll(plan.sizes());
		}
		if (named == null && plan.scopeOnlineOnly()) {
			sql.append(" AND e.online_reporting = TRUE");
		}
		if (named == null && plan.scopeRiskOnly()) {
			sql.append(" AND e.risk_tags IS NOT NULL AND e.risk_tags <> ''");
		}
		// the snapshot's canonical order, so the snapshot can be sealed while it is read: within one bureau the
		// ix_enterprise_draw index delivers it without a sort; utf8mb4_bin and H2 compare the ASCII codes as
		// Java does (SnapshotStream falls back to sorting in memory if not)
		sql.append(" ORDER BY e.credit_code");
		return new Query(sql.toString(), args.toArray());
	}

	/** The driver's streaming mode on MySQL/MariaDB, a bounded fetch size elsewhere. */
	static int fetchSize(Connection con) throws SQLException {
		String product = con.getMetaData().getDatabaseProductName();
		return "MySQL".equalsIgnoreCase(product) || "MariaDB".equalsIgnoreCase(product) ? Integer.MIN_VALUE : FETCH_SIZE;
	}

	private static Unit unit(ResultSet rs, Map<Long, String> regions) throws SQLException {
		long bureauId = rs.getLong(2);
		return new Unit(rs.getLong(1), bureauId, rs.getString(3), regions.get(bureauId), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6));
	}

	private static String marks(int n) {
		return String.join(",", Collections.nCopies(n, "?"));
	}

}

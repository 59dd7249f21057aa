package cn.statenforce.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * 全过程记录校验命令: re-walks every bureau's chain (or one bureau's, by 行政区划代码) straight from the database, without
 * starting the application, and prints the first broken link of each. Exit code 0 when every chain is intact, 2
 * when one is broken, 1 when the check could not run.
 *
 * <pre>
 * java -cp target/statenforce-*.jar -Dloader.main=cn.statenforce.audit.AuditVerifyCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   'jdbc:mysql://db:3306/statenforce?sendFractionalSeconds=false' statenforce "$STATENFORCE_DB_PASSWORD" [430302]
 * </pre>
 */
public final class AuditVerifyCommand {

	private AuditVerifyCommand() {
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("用法：AuditVerifyCommand <JDBC URL> [用户名] [密码] [行政区划代码]");
			System.exit(1);
		}
		String user = args.length > 1 ? args[1] : "";
		String password = args.length > 2 ? args[2] : "";
		String region = args.length > 3 ? args[3] : null;
		try (Connection c = DriverManager.getConnection(args[0], user, password)) {
			System.exit(run(c, region, System.out));
		}
		catch (SQLException e) {
			System.err.println("无法读取数据库：" + e.getMessage());
			System.exit(1);
		}
	}

	/** Verifies the chains and prints one line per bureau; returns the exit code. */
	public static int run(Connection c, String regionCode, PrintStream out) throws SQLException {
		List<Object[]> bureaus = new ArrayList<>();
		String sql = "SELECT id, region_code, name FROM bureau" + (regionCode == null ? "" : " WHERE region_code = ?")
				+ " ORDER BY region_code";
		try (PreparedStatement s = c.prepareStatement(sql)) {
			if (regionCode != null) {
				s.setString(1, regionCode);
			}
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					bureaus.add(new Object[] { r.getLong(1), r.getString(2), r.getString(3) });
				}
			}
		}
		if (bureaus.isEmpty()) {
			out.println("没有行政区划代码为 " + regionCode + " 的统计局");
			return 1;
		}
		boolean allIntact = true;
		for (Object[] b : bureaus) {
			AuditVerification v = verify(c, (Long) b[0]);
			allIntact &= v.intact();
			out.println(b[2] + "（" + b[1] + "）：" + v.summary() + (v.intact() ? "，链头摘要 " + v.lastHash() : ""));
		}
		return allIntact ? 0 : 2;
	}

	/** The head's sequence number as it is now (entries appended while the check ran move it on). */
	private static long headNow(Connection c, long bureauId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM audit_chain_head WHERE bureau_id = ?")) {
			s.setLong(1, bureauId);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? r.getLong(1) : -1;
			}
		}
	}

	static AuditVerification verify(Connection c, long bureauId) throws SQLException {
		AuditVerifier.Head head = null;
		try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE bureau_id = ?")) {
			s.setLong(1, bureauId);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					head = new AuditVerifier.Head(r.getLong(1), r.getString(2));
				}
			}
		}
		AuditVerifier v = new AuditVerifier(bureauId, head);
		String sql = "SELECT id, bureau_id, seq, occurred_at, actor_kind, actor, actor_name, actor_roles, actor_bureau_id,"
				+ " client_address, subject_type, subject_id, action, old_value, new_value, prev_hash, entry_hash"
				+ " FROM audit_record WHERE bureau_id = ? AND seq <= ? ORDER BY seq";
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setLong(1, bureauId);
			s.setLong(2, head == null ? Long.MAX_VALUE : head.lastSeq());
			s.setFetchSize(500);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					long actorBureau = r.getLong(9);
					Long actorBureauId = r.wasNull() ? null : actorBureau;
					AuditEntry e = new AuditEntry(r.getLong(1), r.getLong(2), r.getLong(3),
							r.getObject(4, java.time.LocalDateTime.class), r.getString(5), r.getString(6), r.getString(7),
							r.getString(8), actorBureauId, r.getString(10), r.getString(11), r.getLong(12),
							r.getString(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17));
					if (!v.accept(e)) {
						break;
					}
				}
			}
		}
		if (head != null) {
			try (PreparedStatement s = c.prepareStatement("SELECT MAX(seq) FROM audit_record WHERE bureau_id = ?")) {
				s.setLong(1, bureauId);
				try (ResultSet r = s.executeQuery()) {
					if (r.next() && r.getLong(1) > head.lastSeq() && headNow(c, bureauId) < r.getLong(1)) {
						return v.beyondHead(head.lastSeq() + 1);
					}
				}
			}
		}
		return v.result();
	}

}

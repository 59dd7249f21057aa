package cn.statenforce.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * The province the benchmark runs on, generated from a seed: 湖南省统计局 with its 14 city (州) bureaus and 85
 * county bureaus (100 in all), nine accounts per bureau (four inspectors with valid 统计执法证, legal reviewer,
 * leader, director, rectification owner, admin), the directory (名录库, {@code enterprises} units spread evenly
 * over the bureaus, valid credit codes) and closed rectification plans with {@code measures} measures. The
 * rows go straight into MariaDB with LOAD DATA; the same seed gives the same rows.
 */
final class ProvinceData {

	static final String PASSWORD = "bench123456";

	/** Bureau {@code id} (1-based, explicit) with its region code and names. */
	record BureauRow(long id, String regionCode, String name, String docPrefix, String level, Long parentId,
			String treePath, String district) {

		String user(String role) {
			return "b" + regionCode + "." + role;
		}

	}

	static final String[][] CITIES = { { "430100", "长沙市", "长" }, { "430200", "株洲市", "株" }, { "430300", "湘潭市", "潭" },
			{ "430400", "衡阳市", "衡" }, { "430500", "邵阳市", "邵" }, { "430600", "岳阳市", "岳" }, { "430700", "常德市", "常" },
			{ "430800", "张家界市", "张" }, { "430900", "益阳市", "益" }, { "431000", "郴州市", "郴" }, { "431100", "永州市", "永" },
			{ "431200", "怀化市", "怀" }, { "431300", "娄底市", "娄" }, { "433100", "湘西土家族苗族自治州", "湘西" } };

	static final String[] COUNTY_SUFFIX = { "02", "03", "04", "05", "11", "21", "81" };

	static final String[] COUNTY_NAMES = { "一区", "二区", "三区", "四区", "五区", "一县", "一市" };

	static final String[] TRADES = { "恒达", "华盛", "宏远", "鑫源", "瑞丰", "金桥", "永信", "天成", "湘江", "昭山", "盘龙", "九华", "莲城",
			"韶峰", "嘉禾", "银河", "长城", "新科", "晨光", "泰和", "福瑞", "汇通", "正大", "润达", "博远" };

	static final String[][] INDUSTRIES = { { "C34", "机械制造有限公司" }, { "C39", "电子科技有限公司" }, { "C26", "化工有限公司" },
			{ "E47", "建筑工程有限公司" }, { "F51", "商贸有限公司" }, { "F52", "超市有限公司" }, { "H61", "酒店管理有限公司" },
			{ "H62", "餐饮管理有限公司" }, { "I65", "信息技术有限公司" }, { "K70", "房地产开发有限公司" }, { "L72", "物业服务有限公司" },
			{ "C13", "食品有限公司" }, { "C30", "建材有限公司" }, { "G54", "物流有限公司" } };

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林" };

	static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明", "超", "霞" };

	static final String[] SIZES = { "LARGE", "MEDIUM", "SMALL", "SMALL", "MICRO", "MICRO" };

	static final String[] ROLES = { "inspector1", "inspector2", "inspector3", "inspector4", "legal", "leader", "director",
			"owner", "admin" };

	final List<BureauRow> bureaus = new ArrayList<>();

	final long seed;

	ProvinceData(long seed) {
		this.seed = seed;
		bureaus.add(new BureauRow(1, "430000", "湖南省统计局", "湘统", "PROVINCE", null, "/1/", "湖南省"));
		long id = 2;
		List<BureauRow> cities = new ArrayList<>();
		for (String[] c : CITIES) {
			BureauRow b = new BureauRow(id, c[0], c[1] + "统计局", c[2] + "统", "CITY", 1L, "/1/" + id + "/", c[1]);
			cities.add(b);
			bureaus.add(b);
			id++;
		}
		// 85 counties: seven for 长沙, six for every other city
		for (int ci = 0; ci < cities.size(); ci++) {
			BureauRow city = cities.get(ci);
			int n = ci == 0 ? 7 : 6;
			for (int k = 0; k < n; k++) {
				String code = city.regionCode().substring(0, 4) + COUNTY_SUFFIX[k];
				String district = city.district() + COUNTY_NAMES[k];
				bureaus.add(new BureauRow(id, code, district + "统计局", city.docPrefix().substring(0, 1) + (k + 1) + "统",
						"COUNTY", city.id(), city.treePath() + id + "/", district));
				id++;
			}
		}
	}

	BureauRow bureau(long id) {
		return bureaus.get((int) id - 1);
	}

	BureauRow bureauByRegion(String region) {
		return bureaus.stream().filter(b -> b.regionCode().equals(region)).findFirst().orElseThrow();
	}

	List<BureauRow> counties() {
		return bureaus.stream().filter(b -> b.level().equals("COUNTY")).toList();
	}

	/** The bureau of enterprise {@code id}: units are dealt to the 100 bureaus in turn. */
	static long bureauOfEnterprise(long id) {
		return (id - 1) % 100 + 1;
	}

	/** One unit in ten is an individual business (个体工商户), the rest organisations. */
	static boolean isIndividual(long id) {
		return (id - 1) / 100 % 10 == 9;
	}

	/** The {@code k}-th organisation (not an individual business) of the bureau, within the first {@code perBureau} units. */
	static long organizationOf(long bureauId, long k, long perBureau) {
		long slot = k % (perBureau - perBureau / 10);
		long n = slot / 9 * 10 + slot % 9;
		return bureauId + 100 * n;
	}

	/** Display data of enterprise {@code id}, computed (the generator and the case cloner agree). */
	record Unit(long id, long bureauId, String creditCode, String name, String partyType, String legalRepresentative,
			String address) {
	}

	Unit unit(long id) {
		BureauRow b = bureau(bureauOfEnterprise(id));
		Random r = new Random(seed * 31 + id);
		String[] industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
		boolean individual = isIndividual(id);
		String trade = TRADES[r.nextInt(TRADES.length)] + TRADES[r.nextInt(TRADES.length)].charAt(0);
		String name = b.district() + trade + id + (individual ? "经营部" : industry[1]);
		String code = UnifiedSocialCreditCode.of(individual ? "92" : "91", b.regionCode(), String.format("B%07d", id % 10_000_000))
			.value();
		return new Unit(id, b.id(), code, name, individual ? "INDIVIDUAL_BUSINESS" : "ORGANIZATION",
				SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)],
				b.district() + TRADES[r.nextInt(TRADES.length)] + "路" + (1 + r.nextInt(300)) + "号");
	}

	/** Bureaus, users, roles and certificates. */
	void loadOrganization(Connection c, Path dir, LocalDate today) throws SQLException {
		LocalDateTime created = today.minusYears(6).atTime(9, 0);
		try (BenchDb.Tsv t = new BenchDb.Tsv(dir.resolve("bureau.tsv"),
				List.of("id", "region_code", "name", "doc_prefix", "level_code", "parent_id", "tree_path", "created_at"))) {
			for (BureauRow b : bureaus) {
				t.row(b.id(), b.regionCode(), b.name(), b.docPrefix(), b.level(), b.parentId(), b.treePath(), created);
			}
			t.close();
			BenchDb.load(c, "bureau", t.columns, t.file);
		}
		String hash = new BCryptPasswordEncoder().encode(PASSWORD);
		Random r = new Random(seed);
		try (BenchDb.Tsv users = new BenchDb.Tsv(dir.resolve("app_user.tsv"),
				List.of("id", "username", "display_name", "password_hash", "bureau_id", "enabled", "failed_logins", "created_at"));
				BenchDb.Tsv roles = new BenchDb.Tsv(dir.resolve("user_role.tsv"), List.of("user_id", "role"));
				BenchDb.Tsv certs = new BenchDb.Tsv(dir.resolve("cert.tsv"),
						List.of("id", "user_id", "cert_number", "valid_from", "valid_to", "issued_by", "specialties"))) {
			long uid = 1;
			for (BureauRow b : bureaus) {
				for (int k = 0; k < ROLES.length; k++) {
					String role = ROLES[k];
					String display = role.equals("owner") ? b.district() + "统计局办公室"
							: SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
					users.row(uid, b.user(role), display, hash, b.id(), true, 0, created);
					String appRole = switch (role) {
						case "legal" -> "LEGAL_REVIEWER";
						case "leader" -> "LEADER";
						case "director" -> "DIRECTOR";
						case "owner" -> "RECTIFICATION_OWNER";
						case "admin" -> "ADMIN";
						default -> "INSPECTOR";
					};
					roles.row(uid, appRole);
					if (appRole.equals("INSPECTOR")) {
						certs.row(uid, uid, b.regionCode() + String.format("%02d%04d", k + 1, r.nextInt(10_000)),
								today.minusYears(1), today.plusYears(4), "湖南省统计局", "工业,贸易");
					}
					uid++;
				}
			}
			users.close();
			roles.close();
			certs.close();
			BenchDb.load(c, "app_user", users.columns, users.file);
			BenchDb.load(c, "user_role", roles.columns, roles.file);
			BenchDb.load(c, "enforcement_certificate", certs.columns, certs.file);
		}
	}

	/** The directory: {@code count} units, in files of 200,000 rows. */
	long loadEnterprises(Connection c, Path dir, long count, LocalDate today) throws SQLException {
		LocalDateTime created = today.minusYears(3).atTime(10, 0);
		List<String> cols = List.of("id", "bureau_id", "credit_code", "name", "region_code", "industry_code", "size_class",
				"party_type", "legal_representative", "address", "online_reporting", "risk_tags", "created_at", "updated_at",
				"row_version");
		long loaded = 0;
		for (long from = 1; from <= count; from += 200_000) {
			long to = Math.min(count, from + 199_999);
			Path f = dir.resolve("enterprise-" + from + ".tsv");
			try (BenchDb.Tsv t = new BenchDb.Tsv(f, cols)) {
				for (long id = from; id <= to; id++) {
					Unit u = unit(id);
					Random r = new Random(seed * 17 + id);
					BureauRow b = bureau(u.bureauId());
					String tags = switch (r.nextInt(12)) {
						case 0 -> "COMPLAINT";
						case 1 -> "DATA_ANOMALY";
						case 2 -> "PRIOR_VIOLATION";
						default -> null;
					};
					t.row(id, u.bureauId(), u.creditCode(), u.name(), b.regionCode(),
							INDUSTRIES[r.nextInt(INDUSTRIES.length)][0], SIZES[r.nextInt(SIZES.length)], u.partyType(),
							u.legalRepresentative(), u.address(), r.nextBoolean(), tags, created, created, 0);
				}
			}
			loaded += BenchDb.load(c, "enterprise", cols, f);
			f.toFile().delete();
		}
		return loaded;
	}

	/**
	 * Finished rectification plans (巡察/审计反馈 → 2 aspects → 5 problems → 10 measures, each signed off with one
	 * progress entry), received over the last five years; {@code measures} measures in all. They carry no engine
	 * state (the plans are finished; only the enforcement cases get engine history).
	 */
	long loadRectification(Connection c, Path dir, long measures, LocalDate today) throws SQLException {
		long plans = Math.max(1, measures / 10);
		Random r = new Random(seed * 7);
		List<String> planCols = List.of("id", "bureau_id", "plan_number", "kind", "source", "source_body", "received_on",
				"document_number", "title", "plan_leader", "plan_due", "report_due", "status", "published_at",
				"report_content", "report_submitted_at", "closed_at", "look_back_due", "look_back_round", "created_by",
				"created_at", "row_version");
		try (BenchDb.Tsv p = new BenchDb.Tsv(dir.resolve("rect_plan.tsv"), planCols);
				BenchDb.Tsv a = new BenchDb.Tsv(dir.resolve("rect_aspect.tsv"), List.of("id", "plan_id", "seq", "title"));
				BenchDb.Tsv q = new BenchDb.Tsv(dir.resolve("rect_problem.tsv"),
						List.of("id", "plan_id", "aspect_id", "seq", "description", "status", "closed_at", "reopen_count"));
				BenchDb.Tsv m = new BenchDb.Tsv(dir.resolve("rect_measure.tsv"),
						List.of("id", "plan_id", "problem_id", "seq", "content", "owner_username", "owner_name", "leader_username",
								"leader_name", "deadline", "category", "status", "latest_progress", "escalation_level",
								"accountability", "submitted_at", "signed_off_at", "signed_off_by", "row_version"));
				BenchDb.Tsv g = new BenchDb.Tsv(dir.resolve("rect_progress.tsv"),
						List.of("id", "measure_id", "kind", "content", "actor", "actor_name", "occurred_at"))) {
			long measureId = 1;
			int[] perBureauYear = new int[100 * 10];
			for (long pid = 1; pid <= plans; pid++) {
				BureauRow b = bureau(1 + r.nextInt(100));
				LocalDate received = today.minusDays(60 + r.nextInt(5 * 365));
				int yi = received.getYear() % 10;
				int n = ++perBureauYear[(int) (b.id() - 1) * 10 + yi];
				String number = b.regionCode() + "-ZG-" + received.getYear() + "-" + String.format("%03d", n);
				LocalDateTime closed = received.plusDays(50).atTime(16, 0);
				p.row(pid, b.id(), number, "PLAN", r.nextBoolean() ? "PATROL" : "AUDIT",
						r.nextBoolean() ? "省委第五巡察组" : "省审计厅", received, "湘巡反馈〔" + received.getYear() + "〕" + n + "号",
						received.getYear() + "年巡察反馈问题整改", b.user("leader"), received.plusMonths(1), received.plusMonths(2),
						"FINISHED", received.plusDays(10).atTime(9, 0), "整改报告：各项问题均已整改到位。", closed, closed,
						closed.toLocalDate().plusMonths(6), 1, b.user("admin"), received.atTime(9, 0), 3);
				for (int k = 1; k <= 2; k++) {
					long aspectId = (pid - 1) * 2 + k;
					a.row(aspectId, pid, k, k == 1 ? "统计数据质量方面" : "统计执法监督方面");
					for (int j = 1; j <= 5 && (pid - 1) * 10 + (k - 1) * 5 + j <= measures; j++) {
						long problemId = (pid - 1) * 10 + (k - 1) * 5 + j;
						q.row(problemId, pid, aspectId, j, "问题" + j + "：统计台账不健全，原始记录与报表数据不一致", "CLOSED",
								closed.minusDays(5), 0);
						m.row(measureId, pid, problemId, 1, "建立健全统计台账，逐月核对原始记录与报表数据", b.user("owner"),
								b.district() + "统计局办公室", b.user("leader"), "分管领导", received.plusDays(40), "DEADLINE",
								"SIGNED_OFF", "已整改到位", 0, false, closed.minusDays(8), closed.minusDays(5), b.user("leader"), 4);
						g.row(measureId, measureId, "SIGN_OFF", "审核通过，同意销号", b.user("leader"), "分管领导", closed.minusDays(5));
						measureId++;
					}
				}
			}
			p.close();
			a.close();
			q.close();
			m.close();
			g.close();
			BenchDb.load(c, "rect_plan", p.columns, p.file);
			BenchDb.load(c, "rect_aspect", a.columns, a.file);
			BenchDb.load(c, "rect_problem", q.columns, q.file);
			BenchDb.load(c, "rect_measure", m.columns, m.file);
			BenchDb.load(c, "rect_progress", g.columns, g.file);
			// the numbers continue where the generated plans end (the application's next plan gets the next number)
			StringBuilder seq = new StringBuilder();
			for (int i = 0; i < perBureauYear.length; i++) {
				if (perBureauYear[i] > 0) {
					int yearDigit = i % 10;
					int year = today.getYear() - Math.floorMod(today.getYear() % 10 - yearDigit, 10);
					seq.append(seq.isEmpty() ? "" : ",").append('(').append(i / 10 + 1).append(",'RECTIFICATION',").append(year)
						.append(',').append(perBureauYear[i]).append(')');
				}
			}
			if (!seq.isEmpty()) {
				try (java.sql.Statement st = c.createStatement()) {
					st.execute("INSERT INTO number_sequence (bureau_id, seq_type, seq_year, last_value) VALUES " + seq
							+ " ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, VALUES(last_value))");
				}
			}
			return measureId - 1;
		}
	}

}

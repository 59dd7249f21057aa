package cn.statenforce.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.HttpTestClient;
import cn.statenforce.WebTestSupport;

/**
 * Issue 16, authorization matrix: every record endpoint and page (GET, one path variable; read from Spring MVC's
 * handler mapping, so a new one joins by itself) of the enforcement case and the directory unit × every role of
 * the city bureau, a district and the sibling district × the record's relation to the user's bureau (own,
 * subordinate, sibling, superior), against the expected table {@link #EXPECTED} kept here, written from the rules
 * (README: "The city bureau reads the districts' records but cannot change them; a district never sees the
 * other"; {@code Role}: a rectification owner works rectification measures, the system administrator no bureau
 * work). Allowed = 200, refused = 403 or 404. The generated matrix is written to
 * {@code target/authorization-matrix.md}.
 */
@Tag("reliability")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = { "server.port=" + FuzzIT.PORT,
		"spring.datasource.url=jdbc:h2:mem:statenforce-fuzz;MODE=MySQL;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class AuthorizationMatrixIT {

	enum Relation {
		OWN, SUBORDINATE, SIBLING, SUPERIOR
	}

	/** The roles as the demo names their accounts (README table): role → login suffix. */
	static final Map<String, String> ROLES = Map.of("INSPECTOR", "inspector1", "LEGAL_REVIEWER", "legal", "LEADER", "leader",
			"DIRECTOR", "director", "RECTIFICATION_OWNER", "owner", "ADMIN", "admin");

	/**
	 * The expected table: record family → role → the relations under which the role reads the record. Staff of a
	 * bureau read their own and their lower bureaus' records, never a sibling's or an upper bureau's; a
	 * rectification owner reads no enforcement case (reporters, findings) but the directory units of its bureau it
	 * reports about are not shown to it either (it has no directory work); the system administrator has no bureau
	 * work at all.
	 */
	static final Set<Relation> OWN_AND_BELOW = Set.of(Relation.OWN, Relation.SUBORDINATE);

	static final Set<Relation> OWN_ONLY = Set.of(Relation.OWN);

	static final Set<Relation> NONE = Set.of();

	/** The bureau's staff (README: "read by a bureau's staff only") read their own and the lower bureaus' records. */
	static Map<String, Set<Relation>> staff() {
		return Map.of("INSPECTOR", OWN_AND_BELOW, "LEGAL_REVIEWER", OWN_AND_BELOW, "LEADER", OWN_AND_BELOW,
				"DIRECTOR", OWN_AND_BELOW, "ADMIN", OWN_AND_BELOW, "RECTIFICATION_OWNER", NONE, "SYSTEM_ADMIN", NONE);
	}

	/**
	 * The other record families (issue 16: beyond cases and units). Inspection plans and inspections, rectification
	 * plans: the bureau's staff (README "The city bureau reads the districts' records but cannot change them; a
	 * district never sees the other"). Rectification measures: the staff, and the 整改责任单位 account the measure is
	 * assigned to ("a 整改责任单位 account works its rectification measures"), in its own bureau. Complaints: inspectors,
	 * leaders and directors (README "Reporters": "other inspectors and an upper bureau's leaders see the complaint"),
	 * not the legal section, the administrator or a unit. Interference records (README "Confidential registers"): the
	 * staff member who recorded it (here the bureau's inspector1) and the bureau's director; an upper bureau's director
	 * sees the reports, never the records; everyone else 404. Lead transfers to discipline or judicial bodies (they name
	 * officials and party members): the case workers — inspectors, legal section, leaders, director — of the bureau
	 * and above; not the administrator, not a unit.
	 */
	static final Map<String, Map<String, Set<Relation>>> MORE = Map.of(
			"inspection-plan", staff(),
			"inspection", staff(),
			// a 整改责任单位 account reads the plan its measure belongs to (its own bureau's), nothing else
			"rectification-plan", Map.of("INSPECTOR", OWN_AND_BELOW, "LEGAL_REVIEWER", OWN_AND_BELOW, "LEADER", OWN_AND_BELOW,
					"DIRECTOR", OWN_AND_BELOW, "ADMIN", OWN_AND_BELOW, "RECTIFICATION_OWNER", OWN_ONLY, "SYSTEM_ADMIN", NONE),
			"measure", Map.of("INSPECTOR", OWN_AND_BELOW, "LEGAL_REVIEWER", OWN_AND_BELOW, "LEADER", OWN_AND_BELOW,
					"DIRECTOR", OWN_AND_BELOW, "ADMIN", OWN_AND_BELOW, "RECTIFICATION_OWNER", OWN_ONLY, "SYSTEM_ADMIN", NONE),
			"complaint", Map.of("INSPECTOR", OWN_AND_BELOW, "LEGAL_REVIEWER", NONE, "LEADER", OWN_AND_BELOW,
					"DIRECTOR", OWN_AND_BELOW, "ADMIN", NONE, "RECTIFICATION_OWNER", NONE, "SYSTEM_ADMIN", NONE),
			"interference", Map.of("INSPECTOR", OWN_ONLY, "LEGAL_REVIEWER", NONE, "LEADER", NONE, "DIRECTOR", OWN_ONLY,
					"ADMIN", NONE, "RECTIFICATION_OWNER", NONE, "SYSTEM_ADMIN", NONE),
			"transfer", Map.of("INSPECTOR", OWN_AND_BELOW, "LEGAL_REVIEWER", OWN_AND_BELOW, "LEADER", OWN_AND_BELOW,
					"DIRECTOR", OWN_AND_BELOW, "ADMIN", NONE, "RECTIFICATION_OWNER", NONE, "SYSTEM_ADMIN", NONE),
			"credit-record", credit(),
			"credit-repair", credit());

	/**
	 * 统计信用 (serious dishonesty identified from closed cases, and its repair): enforcement work of the bureau's case
	 * workers — inspectors, legal section, leaders, director — of the bureau and above, like the cases it comes from;
	 * not the 管理员 (its work is the bureau's users and calendar, {@code Role}), not a 整改责任单位 account, not the system
	 * administrator (no bureau work).
	 */
	static Map<String, Set<Relation>> credit() {
		return Map.of("INSPECTOR", OWN_AND_BELOW, "LEGAL_REVIEWER", OWN_AND_BELOW, "LEADER", OWN_AND_BELOW,
				"DIRECTOR", OWN_AND_BELOW, "ADMIN", NONE, "RECTIFICATION_OWNER", NONE, "SYSTEM_ADMIN", NONE);
	}

	/** GET record endpoints of each further family, by path prefix (one path variable {id}). */
	static final Map<String, List<String>> PREFIXES = Map.of(
			"inspection-plan", List.of("/api/inspection/plans/{id}", "/inspection/plans/{id}"),
			"inspection", List.of("/api/inspection/inspections/{id}", "/inspection/inspections/{id}", "/api/inspections/{id}"),
			"rectification-plan", List.of("/api/rectification/plans/{id}", "/rectification/plans/{id}"),
			"measure", List.of("/api/rectification/measures/{id}", "/rectification/measures/{id}"),
			"complaint", List.of("/api/complaints/{id}", "/complaints/{id}"),
			"interference", List.of("/api/interference/records/{id}", "/interference/records/{id}"),
			"transfer", List.of("/api/transfers/{id}", "/transfers/{id}"),
			"credit-record", List.of("/api/credit/records/{id}", "/credit/records/{id}"),
			"credit-repair", List.of("/credit/repairs/{id}"));

	static final Map<String, Map<String, Set<Relation>>> EXPECTED = Map.of(
			"case", Map.of(
					"INSPECTOR", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"LEGAL_REVIEWER", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"LEADER", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"DIRECTOR", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"ADMIN", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"RECTIFICATION_OWNER", Set.of(),
					"SYSTEM_ADMIN", Set.of()),
			"enterprise", Map.of(
					"INSPECTOR", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"LEGAL_REVIEWER", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"LEADER", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"DIRECTOR", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"ADMIN", Set.of(Relation.OWN, Relation.SUBORDINATE),
					"RECTIFICATION_OWNER", Set.of(),
					"SYSTEM_ADMIN", Set.of()));

	/** Bureau of each demo prefix and who is above whom (湘潭市 above 雨湖区 and 岳塘区). */
	static final List<String> BUREAUS = List.of("city", "yuhu", "yuetang");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	cn.statenforce.organization.UserService users;

	@Autowired
	cn.statenforce.inspection.InspectionPlanService inspectionPlans;

	@Autowired
	cn.statenforce.inspection.InspectionRegisters inspectionRegisters;

	@Autowired
	cn.statenforce.rectification.RectificationService rectification;

	@Autowired
	cn.statenforce.complaint.ComplaintService complaints;

	@Autowired
	cn.statenforce.interference.InterferenceService interference;

	@Autowired
	cn.statenforce.leadtransfer.TransferService transfers;

	@Autowired
	cn.statenforce.training.TrainingService trainings;

	record Cell(String endpoint, String user, String role, Relation relation, int status, boolean expected) {

		boolean allowed() {
			return status == 200;
		}

		boolean ok() {
			return expected ? status == 200 : status == 403 || status == 404;
		}

	}

	@Test
	void shouldAnswerEveryRecordEndpointAsTheTableSays() throws Exception {
		String base = FuzzIT.BASE;
		// one lead per bureau (the city registers its own cases too); directory units exist in the districts only
		Map<String, Long> caseOf = new java.util.HashMap<>();
		// the demo's directory units are the districts'; the city registers one of its own for its lead
		cityUnit(base);
		for (String b : BUREAUS) {
			caseOf.put(b, lead(base, b));
		}
		Map<String, Long> enterpriseOf = Map.of(
				"city", jdbc.queryForObject("SELECT MIN(e.id) FROM enterprise e JOIN bureau b ON b.id = e.bureau_id "
						+ "WHERE b.region_code = '430300'", Long.class),
				"yuhu", jdbc.queryForObject("SELECT MIN(e.id) FROM enterprise e JOIN bureau b ON b.id = e.bureau_id "
						+ "WHERE b.region_code = '430302'", Long.class),
				"yuetang", jdbc.queryForObject("SELECT MIN(e.id) FROM enterprise e JOIN bureau b ON b.id = e.bureau_id "
						+ "WHERE b.region_code = '430304'", Long.class));

		List<String> caseEndpoints = new ArrayList<>();
		List<String> enterpriseEndpoints = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
					: info.getPatternsCondition().getPatterns();
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET);
			for (String p : patterns) {
				if (!get || p.chars().filter(c -> c == '{').count() != 1 || !p.contains("{id}")) {
					continue;
				}
				// the archive bundle is made, not read: it issues the bundle and stores its manifest hash, so it is a
				// write of the case's own bureau (403 above it) and answers 409 until the dossier is complete
				if (p.endsWith("/archive-bundle")) {
					continue;
				}
				if (p.startsWith("/api/cases/{id}") || p.startsWith("/cases/{id}")) {
					caseEndpoints.add(p);
				}
				else if (p.startsWith("/api/enterprises/{id}") || p.startsWith("/directory/enterprises/{id}")
						|| p.startsWith("/enterprises/{id}")) {
					enterpriseEndpoints.add(p);
				}
			}
		}
		assertThat(caseEndpoints).as("case record endpoints found").isNotEmpty();
		assertThat(enterpriseEndpoints).as("unit record endpoints found").isNotEmpty();

		List<Cell> cells = new ArrayList<>();
		Map<String, HttpTestClient> sessions = new java.util.HashMap<>();
		Map<String, HttpTestClient> apis = new java.util.HashMap<>();
		List<String[]> users = new ArrayList<>();
		for (String b : BUREAUS) {
			ROLES.forEach((role, suffix) -> users.add(new String[] { b + "." + suffix, role, b }));
		}
		users.add(new String[] { "sysadmin", "SYSTEM_ADMIN", "city" });
		for (String[] u : users) {
			apis.put(u[0], HttpTestClient.basic(base, u[0], WebTestSupport.DEMO_PASSWORD));
			sessions.put(u[0], HttpTestClient.session(base, u[0], WebTestSupport.DEMO_PASSWORD));
		}
		for (String family : List.of("case", "enterprise")) {
			List<String> endpoints = family.equals("case") ? caseEndpoints : enterpriseEndpoints;
			Map<String, Long> records = family.equals("case") ? caseOf : enterpriseOf;
			for (String endpoint : new TreeSet<>(endpoints)) {
				for (Map.Entry<String, Long> record : records.entrySet()) {
					for (String[] u : users) {
						Relation relation = relation(u[2], record.getKey());
						boolean expected = EXPECTED.get(family).get(u[1]).contains(relation);
						String path = endpoint.replace("{id}", Long.toString(record.getValue()));
						HttpTestClient client = endpoint.startsWith("/api/") ? apis.get(u[0]) : sessions.get(u[0]);
						HttpResponse<String> r = client.get(path);
						cells.add(new Cell(endpoint, u[0], u[1], relation, r.statusCode(), expected));
					}
				}
			}
		}
		writeMatrix(cells, "authorization-matrix.md", "");
		List<String> wrong = cells.stream().filter(c -> !c.ok())
			.map(c -> c.endpoint() + " " + c.user() + " (" + c.relation() + "): " + c.status() + ", expected "
					+ (c.expected() ? "200" : "403/404"))
			.toList();
		ReliabilityResults.record("authorization matrix (case and unit records, H2)", cells.size() + " requests over "
				+ caseEndpoints.size() + " case and " + enterpriseEndpoints.size() + " unit endpoints × " + users.size()
				+ " users × relation; differences from the table: " + wrong.size()
				+ (wrong.isEmpty() ? "" : " " + wrong.subList(0, Math.min(30, wrong.size()))));
		assertThat(wrong).as("cells that differ from the expected table (see target/authorization-matrix.md)").isEmpty();
	}

	/**
	 * The other record families × every user × relation (reads, {@link #MORE}), and the writes: one write endpoint per
	 * record type, sent as a probe that changes nothing even when allowed (a step that is not current, an edit on a
	 * version that does not exist): allowed answers 409 (the request reached the record's state), refused 403/404.
	 * The table for writes is the README's rule "a bureau changes only its own records": every user of another bureau
	 * is refused, above (403) or beside (404); in the own bureau at least one role reaches the record (which role may
	 * do which step is each capability's own test).
	 */
	@Test
	void shouldAnswerTheOtherRecordsAndTheWritesAsTheTableSays() throws Exception {
		String base = FuzzIT.BASE;
		cityUnit(base);
		Map<String, Map<String, Long>> records = new java.util.TreeMap<>();
		LocalDate today = cn.statenforce.shared.AppClock.today();
		for (String b : BUREAUS) {
			records.computeIfAbsent("case", k -> new java.util.HashMap<>()).put(b, lead(base, b));
			cn.statenforce.organization.CurrentUser legal = as(b + ".legal");
			records.computeIfAbsent("inspection-plan", k -> new java.util.HashMap<>()).put(b,
					inspectionPlans.create(legal, planCommand(legal, 2)).id());
			cn.statenforce.organization.CurrentUser leader = as(b + ".leader");
			var plan = rectification.registerFeedback(leader, new cn.statenforce.rectification.FeedbackCommand("PATROL",
					"区委第五巡察组", today, "巡反〔2026〕5号", "巡察反馈问题整改（授权矩阵）", b + ".director", null, null));
			var aspect = rectification.addAspect(leader, plan.id(), "落实统计工作决策部署方面");
			var problem = rectification.addProblem(leader, plan.id(), aspect.id(), "统计执法力量较为薄弱");
			var measure = rectification.addMeasure(leader, problem.id(), new cn.statenforce.rectification.MeasureCommand(
					"加强执法队伍建设", b + ".owner", b + ".leader", today.plusDays(40), "DEADLINE", "培训记录"));
			rectification.publish(leader, plan.id());
			records.computeIfAbsent("rectification-plan", k -> new java.util.HashMap<>()).put(b, plan.id());
			records.computeIfAbsent("measure", k -> new java.util.HashMap<>()).put(b, measure.id());
			cn.statenforce.organization.CurrentUser inspector = as(b + ".inspector1");
			records.computeIfAbsent("complaint", k -> new java.util.HashMap<>()).put(b, complaints.register(inspector,
					new cn.statenforce.complaint.ComplaintCommands.StaffEntry("PHONE", java.time.LocalDateTime.now().minusHours(2)
						.withNano(0), "湘潭市某建材贸易有限公司", null, "来电反映该公司2025年年报营业收入虚报约3000万元，财务账与台账不一致。", true,
							null, null, null, null), List.of()).id());
			records.computeIfAbsent("interference", k -> new java.util.HashMap<>()).put(b, interference.record(inspector,
					new cn.statenforce.interference.RecordCommand(today, "赵建国", "副区长", "湘潭市某区人民政府", "DEMAND_FALSE_DATA",
							"PHONE", "电话要求将本季度规模以上工业产值增速调整到8%以上，称数据要好看一些。", true, "局长", null, null),
					List.of()).id());
			records.computeIfAbsent("transfer", k -> new java.util.HashMap<>()).put(b, transfers.register(inspector,
					new cn.statenforce.leadtransfer.TransferCommands.Register(null, "孙卫东", "局长", "湘潭市某委办局", true, true,
							"要求被检查企业虚报数据并阻碍执法检查。", "DISCIPLINE_SUPERVISION", "湘潭市纪委监委", "统计执法检查报告"),
					List.of()).id());
			records.computeIfAbsent("training", k -> new java.util.HashMap<>()).put(b, trainings.register(inspector,
					new cn.statenforce.training.ActivityCommand("PUBLIC_LAW", today.minusDays(3), "《统计法》宣传进企业（授权矩阵）",
							"法规股", 35, "统计局三楼会议室", "讲解提供不真实统计资料的法律责任"), List.of()).id());
			long record = creditRecord(b, records.get("case").get(b), inspector);
			records.computeIfAbsent("credit-record", k -> new java.util.HashMap<>()).put(b, record);
			records.computeIfAbsent("credit-repair", k -> new java.util.HashMap<>()).put(b, creditRepair(record, inspector));
		}
		// inspections come from a drawn plan of a district (its directory units)
		for (String b : List.of("yuhu", "yuetang")) {
			cn.statenforce.organization.CurrentUser legal = as(b + ".legal");
			var p = inspectionPlans.create(legal, planCommand(legal, 2));
			inspectionPlans.submit(legal, p.id());
			inspectionPlans.decide(as(b + ".leader"), p.id(), true, "同意");
			inspectionPlans.draw(legal, p.id(), 20261202L);
			records.computeIfAbsent("inspection", k -> new java.util.HashMap<>()).put(b,
					inspectionPlans.start(legal, p.id()).get(0).id());
		}

		Map<String, List<String>> endpoints = new java.util.TreeMap<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
					: info.getPatternsCondition().getPatterns();
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET);
			for (String p : patterns) {
				// PDF views depend on LibreOffice being installed (the DOCX they convert is in the table); the 整改通知书
				// exists only once it is made (制作 takes its number, a write): 409 for everyone before
				if (!get || p.chars().filter(c -> c == '{').count() != 1 || !p.contains("{id}") || p.endsWith(".pdf")
						|| p.endsWith("/notice.docx") && p.startsWith("/rectification/")) {
					continue;
				}
				PREFIXES.forEach((family, prefixes) -> {
					if (prefixes.stream().anyMatch(x -> p.equals(x) || p.startsWith(x + "/") || p.startsWith(x + "."))) {
						endpoints.computeIfAbsent(family, k -> new ArrayList<>()).add(p);
					}
				});
			}
		}
		assertThat(endpoints.keySet()).as("record endpoints found for every family").containsAll(MORE.keySet());

		Map<String, HttpTestClient> sessions = new java.util.HashMap<>();
		Map<String, HttpTestClient> apis = new java.util.HashMap<>();
		List<String[]> everyone = new ArrayList<>();
		for (String b : BUREAUS) {
			ROLES.forEach((role, suffix) -> everyone.add(new String[] { b + "." + suffix, role, b }));
		}
		everyone.add(new String[] { "sysadmin", "SYSTEM_ADMIN", "city" });
		for (String[] u : everyone) {
			apis.put(u[0], HttpTestClient.basic(base, u[0], WebTestSupport.DEMO_PASSWORD));
			sessions.put(u[0], HttpTestClient.session(base, u[0], WebTestSupport.DEMO_PASSWORD));
		}
		List<Cell> cells = new ArrayList<>();
		for (String family : MORE.keySet()) {
			for (String endpoint : new TreeSet<>(endpoints.get(family))) {
				for (Map.Entry<String, Long> record : records.get(family).entrySet()) {
					for (String[] u : everyone) {
						Relation relation = relation(u[2], record.getKey());
						boolean expected = MORE.get(family).get(u[1]).contains(relation);
						String path = endpoint.replace("{id}", Long.toString(record.getValue()));
						HttpTestClient client = endpoint.startsWith("/api/") ? apis.get(u[0]) : sessions.get(u[0]);
						cells.add(new Cell(endpoint, u[0], u[1], relation, client.get(path).statusCode(), expected));
					}
				}
			}
		}

		// writes: probes that change nothing
		record Probe(String family, String method, String path, String body) {
		}
		List<Probe> probes = List.of(
				new Probe("case", "POST", "/api/cases/{id}/filing-approval", "{\"approved\":true,\"opinion\":\"同意立案\"}"),
				new Probe("rectification-plan", "POST", "/api/rectification/plans/{id}/coordinator?version=999999",
						"{\"coordinator\":\"yuhu.inspector1\"}"),
				new Probe("measure", "PUT", "/api/rectification/measures/{id}?version=999999",
						"{\"content\":\"加强执法队伍建设\",\"owner\":\"法规股\",\"leader\":\"yuhu.leader\",\"deadline\":\""
								+ today.plusDays(40) + "\",\"category\":\"DEADLINE\",\"requiredEvidence\":\"培训记录\"}"));
		List<String> writeWrong = new ArrayList<>();
		Map<String, Boolean> ownReached = new java.util.TreeMap<>();
		StringBuilder writes = new StringBuilder("\n## Writes (probes that change nothing; 409 = reached the record)\n\n"
				+ "| write | user | role | relation | status |\n|---|---|---|---|---|\n");
		for (Probe probe : probes) {
			for (Map.Entry<String, Long> record : records.get(probe.family()).entrySet()) {
				for (String[] u : everyone) {
					Relation relation = relation(u[2], record.getKey());
					String path = probe.path().replace("{id}", Long.toString(record.getValue()));
					int status = apis.get(u[0]).json(probe.method(), path, probe.body()).statusCode();
					boolean reached = status == 409 || status / 100 == 2;
					if (relation == Relation.OWN && reached) {
						ownReached.put(probe.family() + "@" + record.getKey(), true);
					}
					ownReached.putIfAbsent(probe.family() + "@" + record.getKey(), false);
					if (relation != Relation.OWN && status != 403 && status != 404) {
						writeWrong.add(probe.method() + " " + probe.path() + " " + u[0] + " (" + relation + "): " + status
								+ ", expected 403/404");
					}
					if (status >= 500) {
						writeWrong.add(probe.method() + " " + probe.path() + " " + u[0] + ": " + status);
					}
					writes.append("| ").append(probe.method()).append(' ').append(probe.path()).append(" | ").append(u[0])
						.append(" | ").append(u[1]).append(" | ").append(relation).append(" | ").append(status).append(" |\n");
				}
			}
		}
		// page-only writes of the registers and of credit: the Thymeleaf forms' POSTs (session and _csrf). A page step
		// answers with a redirect either way; it reached the record when the page it leads to says the version was stale
		List<PageProbe> pageProbes = pageProbes(today);
		Map<String, String> csrf = new java.util.HashMap<>();
		writes.append("\n## Page writes (form POSTs; reached = the stale-version message)\n\n"
				+ "| write | user | role | relation | status | reached |\n|---|---|---|---|---|---|\n");
		for (PageProbe probe : pageProbes) {
			for (Map.Entry<String, Long> record : records.get(probe.family()).entrySet()) {
				for (String[] u : everyone) {
					Relation relation = relation(u[2], record.getKey());
					String path = probe.path().replace("{id}", Long.toString(record.getValue()));
					HttpTestClient session = sessions.get(u[0]);
					String token = csrf.computeIfAbsent(u[0], k -> csrfOf(session));
					HttpResponse<String> r = session.send("POST", path, "application/x-www-form-urlencoded",
							probe.form() + "&_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
					int status = r.statusCode();
					boolean reached = false;
					if (status == 302) {
						String location = r.headers().firstValue("Location").orElse("");
						HttpResponse<String> page = session.get(location.startsWith(base) ? location.substring(base.length()) : location);
						status = page.statusCode() >= 500 ? page.statusCode() : status;
						reached = page.statusCode() == 200 && page.body().contains(probe.reachedText());
					}
					String key = probe.family() + " page@" + record.getKey();
					if (relation == Relation.OWN && reached) {
						ownReached.put(key, true);
					}
					ownReached.putIfAbsent(key, false);
					String what = "POST " + probe.path() + " " + u[0] + " (" + relation + "): ";
					if (status >= 500 || status != 302 && status != 403 && status != 404) {
						writeWrong.add(what + status + ", expected a redirect or 403/404");
					}
					else if (reached && (relation != Relation.OWN || probe.ownRefused().contains(u[1]))) {
						writeWrong.add(what + "reached the record, expected refused");
					}
					else if (!reached && relation == Relation.OWN && probe.ownReach().contains(u[1])) {
						writeWrong.add(what + "refused, expected to reach the record");
					}
					writes.append("| POST ").append(probe.path()).append(" | ").append(u[0]).append(" | ").append(u[1])
						.append(" | ").append(relation).append(" | ").append(status).append(" | ").append(reached ? "yes" : "no")
						.append(" |\n");
				}
			}
		}
		ownReached.forEach((k, v) -> {
			if (!v) {
				writeWrong.add(k + ": no user of the own bureau reached the record");
			}
		});
		writeMatrix(cells, "authorization-matrix-records.md", writes.toString());
		List<String> wrong = new ArrayList<>(cells.stream().filter(c -> !c.ok())
			.map(c -> c.endpoint() + " " + c.user() + " (" + c.relation() + "): " + c.status() + ", expected "
					+ (c.expected() ? "200" : "403/404"))
			.toList());
		wrong.addAll(writeWrong);
		long writeRequests = (probes.size() + pageProbes.size()) * (long) BUREAUS.size() * everyone.size();
		ReliabilityResults.record("authorization matrix (other records and writes, H2)", cells.size() + " reads over "
				+ endpoints.values().stream().mapToInt(List::size).sum() + " endpoints of " + MORE.size() + " record types, "
				+ writeRequests + " write probes over " + probes.size() + " API and " + pageProbes.size() + " page writes × " + everyone.size()
				+ " users × relation; differences from the table: " + wrong.size()
				+ (wrong.isEmpty() ? "" : " " + wrong.subList(0, Math.min(30, wrong.size()))));
		assertThat(wrong).as("cells that differ from the expected table (see target/authorization-matrix-records.md)").isEmpty();
	}

	/**
	 * A page form's write sent with a version that does not exist, so it changes nothing even when allowed. The table
	 * (README): a bureau changes only its own records (every user of another bureau refused, the city included, which
	 * reads the districts' records but does not change them); in the own bureau at least one role reaches the record,
	 * the roles in {@code ownReach} must, those in {@code ownRefused} must not: the interference register is the
	 * director's (and the recorders the director designates; the demo designates none), so not even the staff member who
	 * recorded it adds the follow-up; the roles that do not read a record (see {@link #MORE}) do not write it.
	 */
	record PageProbe(String family, String path, String form, String reachedText, Set<String> ownReach, Set<String> ownRefused) {
	}

	/** The stale-version message of {@code RowVersions} ("…已被他人修改，请刷新页面后重新操作"). */
	static final String STALE = "已被他人修改";

	static List<PageProbe> pageProbes(LocalDate today) {
		Set<String> nonReaders = Set.of("ADMIN", "RECTIFICATION_OWNER", "SYSTEM_ADMIN");
		return List.of(
				new PageProbe("interference", "/interference/records/{id}/follow-up",
						"version=999999&followUp=" + enc("已向区纪委监委书面报告，并告知本人不予执行"), STALE, Set.of("DIRECTOR"),
						Set.of("INSPECTOR", "LEGAL_REVIEWER", "LEADER", "ADMIN", "RECTIFICATION_OWNER", "SYSTEM_ADMIN")),
				new PageProbe("transfer", "/transfers/{id}/approval", "version=999999&approved=true&opinion=" + enc("同意移送"), STALE,
						Set.of(), nonReaders),
				new PageProbe("complaint", "/complaints/{id}/triage", "version=999999&decision=PASS_ON&opinion=" + enc("属市场监管职责")
						+ "&passTo=" + enc("湘潭市市场监督管理局") + "&toldMethod=PHONE", STALE, Set.of(),
						Set.of("LEGAL_REVIEWER", "ADMIN", "RECTIFICATION_OWNER", "SYSTEM_ADMIN")),
				new PageProbe("training", "/trainings/{id}", "version=999999&category=PUBLIC_LAW&heldOn=" + today.minusDays(3)
						+ "&topic=" + enc("《统计法》宣传进企业（授权矩阵）") + "&organiser=" + enc("法规股") + "&participants=36&place="
						+ enc("统计局三楼会议室") + "&summary=" + enc("讲解提供不真实统计资料的法律责任"), "刚被其他用户修改", Set.of(),
						Set.of("RECTIFICATION_OWNER", "SYSTEM_ADMIN")),
				new PageProbe("credit-record", "/credit/records/{id}/approval", "version=999999&approved=true&opinion=" + enc("同意认定"),
						STALE, Set.of(), nonReaders),
				new PageProbe("credit-repair", "/credit/repairs/{id}/review",
						"version=999999&recommended=true&opinion=" + enc("已纠正失信行为，符合修复条件"), STALE, Set.of(), nonReaders));
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** The session's CSRF token, from a page with a form (the layout's logout form). */
	private static String csrfOf(HttpTestClient session) {
		try {
			for (String page : List.of("/", "/account", "/notifications")) {
				java.util.regex.Matcher m = CSRF.matcher(session.get(page).body());
				if (m.find()) {
					return m.group(1);
				}
			}
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		throw new IllegalStateException("no CSRF token on the session's pages");
	}

	/**
	 * A published 统计严重失信 record of the bureau, stored as the credit capability stores an approved identification
	 * (the closed serious case it needs takes the whole case process; the matrix needs only a record of the bureau).
	 */
	private long creditRecord(String bureau, long caseId, cn.statenforce.organization.CurrentUser inspector) {
		Map<String, Object> unit = jdbc.queryForMap("SELECT e.id, e.name, e.credit_code FROM enterprise e JOIN bureau b ON b.id = e.bureau_id "
				+ "WHERE b.id = ? ORDER BY e.id LIMIT 1", inspector.bureauId());
		LocalDate today = cn.statenforce.shared.AppClock.today();
		String number = "XY" + bureau.toUpperCase() + "-" + today.getYear() + "-" + caseId;
		jdbc.update("INSERT INTO credit_record (bureau_id, record_number, enterprise_id, enterprise_name, credit_code, party_type, "
				+ "case_id, case_number, decision_number, basis, proposed_by, proposed_by_name, proposed_at, status, approved_by, "
				+ "approved_by_name, identified_on, published_from, published_until, process_instance_id) "
				+ "VALUES (?, ?, ?, ?, ?, 'ORGANIZATION', ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, 'none')",
				inspector.bureauId(), number, unit.get("id"), unit.get("name"), unit.get("credit_code"), caseId,
				"授权矩阵案-" + caseId, "湘统罚决字〔" + today.getYear() + "〕" + caseId + "号",
				"当事人" + unit.get("name") + "转移、毁弃原始记录，情节严重，认定为统计严重失信企业。", inspector.username(),
				inspector.displayName(), java.time.LocalDateTime.now().minusDays(200).withNano(0), bureau + ".leader", "分管领导",
				today.minusDays(200), today.minusDays(200), today.plusYears(3).minusDays(201));
		return jdbc.queryForObject("SELECT id FROM credit_record WHERE record_number = ?", Long.class, number);
	}

	/** A 信用修复 application of the record, awaiting its review. */
	private long creditRepair(long recordId, cn.statenforce.organization.CurrentUser inspector) {
		String number = "XF-" + recordId;
		jdbc.update("INSERT INTO credit_repair (bureau_id, repair_number, record_id, kind, applied_on, applicant, reason, status, "
				+ "registered_by, registered_at, process_instance_id) VALUES (?, ?, ?, 'REPAIR', ?, ?, ?, 'REVIEWING', ?, ?, 'none')",
				inspector.bureauId(), number, recordId, cn.statenforce.shared.AppClock.today().minusDays(2), "湘潭市某建材贸易有限公司",
				"已纠正失信行为，履行行政处罚决定，并作出信用承诺。", inspector.username(), java.time.LocalDateTime.now().minusDays(2).withNano(0));
		return jdbc.queryForObject("SELECT id FROM credit_repair WHERE repair_number = ?", Long.class, number);
	}

	private cn.statenforce.organization.CurrentUser as(String username) {
		var u = users.findByUsername(username);
		return new cn.statenforce.organization.CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), users.roles(u.id()));
	}

	private cn.statenforce.inspection.PlanCommand planCommand(cn.statenforce.organization.CurrentUser user, int sampleSize) {
		List<Long> items = inspectionRegisters.items(user.bureauId(), true).stream()
			.filter(cn.statenforce.inspection.InspectionItem::isDefault).map(cn.statenforce.inspection.InspectionItem::id).toList();
		return new cn.statenforce.inspection.PlanCommand("2026年度统计执法双随机抽查（授权矩阵）", cn.statenforce.inspection.PlanType.RANDOM,
				cn.statenforce.shared.AppClock.today().getYear(), null, "《统计法》第三十八条", null, null, null, false, false, sampleSize,
				// the city draws in two stages (first its districts, then their units)
				null, 1, user.bureauId().equals(users.findByUsername("city.legal").bureauId()) ? 1 : null,
				cn.statenforce.shared.AppClock.today().plusDays(7), items, null, null);
	}

	private static Relation relation(String userBureau, String recordBureau) {
		if (userBureau.equals(recordBureau)) {
			return Relation.OWN;
		}
		if (userBureau.equals("city")) {
			return Relation.SUBORDINATE;
		}
		return recordBureau.equals("city") ? Relation.SUPERIOR : Relation.SIBLING;
	}

	/** The demo's directory units are the districts'; the city registers one of its own (once) for its lead. */
	private void cityUnit(String base) throws Exception {
		if (jdbc.queryForObject("SELECT COUNT(*) FROM enterprise e JOIN bureau b ON b.id = e.bureau_id WHERE b.region_code = '430300'",
				Long.class) > 0) {
			return;
		}
		HttpResponse<String> unit = HttpTestClient.basic(base, "city.inspector1", WebTestSupport.DEMO_PASSWORD).json("POST",
				"/api/enterprises", """
						{"creditCode":"%s","name":"湘潭市昭山建材贸易有限公司","regionCode":"430300","partyType":"ORGANIZATION",
						 "onlineReporting":true,"sizeClass":"SMALL"}""".formatted(
						cn.statenforce.shared.UnifiedSocialCreditCode.of("91", "430300", "MA4L2X8Q").value()));
		assertThat(unit.statusCode()).as(unit.body()).isIn(201, 200);
	}

	private long lead(String base, String bureau) throws Exception {
		HttpTestClient inspector = HttpTestClient.basic(base, bureau + ".inspector1", WebTestSupport.DEMO_PASSWORD);
		String region = Map.of("city", "430300", "yuhu", "430302", "yuetang", "430304").get(bureau);
		Long enterprise = jdbc.queryForObject("SELECT MIN(e.id) FROM enterprise e JOIN bureau b ON b.id = e.bureau_id "
				+ "WHERE b.region_code = ?", Long.class, region);
		HttpResponse<String> r = inspector.json("POST", "/api/cases", """
				{"source":"DATA_REVIEW","enterpriseId":%d,"cause":"涉嫌提供不真实统计资料（授权矩阵）",
				 "findings":"该单位报表数据逻辑关系异常。","conductDate":"%s"}""".formatted(enterprise, LocalDate.now().minusDays(10)));
		assertThat(r.statusCode()).as("lead of %s: %s", bureau, r.body()).isEqualTo(201);
		return JSON.readTree(r.body()).path("id").asLong();
	}

	private static void writeMatrix(List<Cell> cells, String file, String more) throws Exception {
		StringBuilder b = new StringBuilder("# Authorization matrix (generated by AuthorizationMatrixIT)\n\n"
				+ "| endpoint | user | role | relation | status | expected |\n|---|---|---|---|---|---|\n");
		for (Cell c : cells) {
			b.append("| ").append(c.endpoint()).append(" | ").append(c.user()).append(" | ").append(c.role()).append(" | ")
				.append(c.relation()).append(" | ").append(c.status()).append(c.ok() ? "" : " ✗").append(" | ")
				.append(c.expected() ? "200" : "403/404").append(" |\n");
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", file), b.append(more).toString(), StandardCharsets.UTF_8);
	}

}

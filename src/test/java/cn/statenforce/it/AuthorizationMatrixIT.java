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
		HttpResponse<String> unit = HttpTestClient.basic(base, "city.inspector1", WebTestSupport.DEMO_PASSWORD).json("POST",
				"/api/enterprises", """
						{"creditCode":"%s","name":"湘潭市昭山建材贸易有限公司","regionCode":"430300","partyType":"ORGANIZATION",
						 "onlineReporting":true,"sizeClass":"SMALL"}""".formatted(
						cn.statenforce.shared.UnifiedSocialCreditCode.of("91", "430300", "MA4L2X8Q").value()));
		assertThat(unit.statusCode()).as(unit.body()).isIn(201, 200);
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
		writeMatrix(cells);
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

	private static Relation relation(String userBureau, String recordBureau) {
		if (userBureau.equals(recordBureau)) {
			return Relation.OWN;
		}
		if (userBureau.equals("city")) {
			return Relation.SUBORDINATE;
		}
		return recordBureau.equals("city") ? Relation.SUPERIOR : Relation.SIBLING;
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

	private static void writeMatrix(List<Cell> cells) throws Exception {
		StringBuilder b = new StringBuilder("# Authorization matrix (generated by AuthorizationMatrixIT)\n\n"
				+ "| endpoint | user | role | relation | status | expected |\n|---|---|---|---|---|---|\n");
		for (Cell c : cells) {
			b.append("| ").append(c.endpoint()).append(" | ").append(c.user()).append(" | ").append(c.role()).append(" | ")
				.append(c.relation()).append(" | ").append(c.status()).append(c.ok() ? "" : " ✗").append(" | ")
				.append(c.expected() ? "200" : "403/404").append(" |\n");
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "authorization-matrix.md"), b.toString(), StandardCharsets.UTF_8);
	}

}

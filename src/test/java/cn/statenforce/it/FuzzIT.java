package cn.statenforce.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.WebTestSupport;

/**
 * Issue 16, fuzzing: at least {@value #MIN_REQUESTS} malformed or hostile requests over every endpoint and page the
 * application maps (read from Spring MVC's handler mapping, so a new endpoint is fuzzed without touching this test)
 * plus the engine REST API, through the real Tomcat on port {@value #PORT}, as users of every role, a system
 * administrator and anonymous. Hostile: path variables that are not ids (negative, huge, NUL, {@code ;x=1}, encoded
 * slashes and dots, CR LF, script, SQL), query parameters with the same values, dates far outside any sane range,
 * enum values padded with spaces or NUL; bodies that are not JSON (truncated, trailing comma, invalid UTF-8, a NUL
 * byte, 2,000-deep nesting, 1 MB unterminated), the wrong content type, multipart files with a NUL in the name, form
 * fields of 5,000 characters with a NUL. Every request must be answered below 500, and none may write: the database's
 * fingerprint (row count of every table, and the newest {@code updated_at}, the sum of {@code row_version} and of the
 * engine's {@code REV_} where a table has them) is the same after each endpoint's requests as before.
 * <p>
 * Not fuzzed: {@code POST /api/auth/logout}, {@code /api/auth/logout-all} and {@code /logout} (they would end the
 * fuzzing users' own sessions; they take no input). Exempt from the write check only: endpoints that take no input
 * at all (no path variable, body, parameter or form), whose every call is a well-formed request, e.g.
 * {@code POST /api/auth/token}; they are listed in the figures.
 */
@Tag("reliability")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = { "server.port=" + FuzzIT.PORT,
		"spring.datasource.url=jdbc:h2:mem:statenforce-fuzz;MODE=MySQL;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class FuzzIT {

	static final int PORT = 18106;

	static final int MIN_REQUESTS = 10_000;

	static final String BASE = "http://127.0.0.1:" + PORT;

	static final Set<String> NOT_FUZZED = Set.of("POST /api/auth/logout", "POST /api/auth/logout-all", "POST /logout");

	/** Users by role and bureau (the README's demo table), and anonymous (null). */
	static final List<String> USERS = java.util.Arrays.asList("yuhu.inspector1", "yuhu.leader", "yuhu.admin", "yuhu.legal",
			"yuhu.director", "yuhu.owner", "city.leader", "city.admin", "yuetang.inspector1", "sysadmin", null);

	/** Values for a path variable or parameter, already percent-encoded where the raw text is not a legal URI. */
	static final List<String> HOSTILE = List.of("-1", "0", "99999999999999999999", "abc", "%00", "1%00", "1;x=1", "%2e%2e%2f",
			"..%2F..%2Fetc%2Fpasswd", "%E4%B8%AD%E6%96%87", "1%0D%0AX-Injected:%201", "1e309", "NaN", "%20LEAD%20", "LEAD%00",
			"%2B300000-01-01", "2026-02-30", "-999999999-01-01", "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"9".repeat(400), "A".repeat(5000), "%F0%9F%98%80", "%C0%AF", "null", "true", "%5B%5D", "%7B%7D");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcTemplate jdbc;

	record Endpoint(String method, String pattern, List<String> pathVariables, List<String> params, boolean jsonBody,
			boolean multipart, List<String> formFields, boolean firstParamIsText) {

		String key() {
			return method + " " + pattern;
		}

		boolean takesInput() {
			return !pathVariables.isEmpty() || !params.isEmpty() || jsonBody || multipart || !formFields.isEmpty();
		}

		boolean page() {
			return !pattern.startsWith("/api/");
		}

	}

	record Fuzz(String method, String path, String contentType, byte[] body) {
	}

	record Failure(String endpoint, String request, int status, String body) {

		Failure {
			request = request.length() > 200 ? request.substring(0, 200) + "…(" + request.length() + ")" : request;
		}

	}

	/** A user's credentials: a bearer token for /api, a form-login session (with its CSRF token) for pages. */
	record Identity(String user, String bearer, HttpClient session, String csrf) {
	}

	@Test
	void shouldNeverAnswer5xxNorWriteOnHostileInput() throws Exception {
		long began = System.nanoTime();
		List<Endpoint> endpoints = endpoints();
		List<Identity> identities = new ArrayList<>();
		for (String u : USERS) {
			identities.add(identity(u));
		}
		List<Fuzz> engine = engineRest();
		int perEndpoint = Math.max(1, (MIN_REQUESTS - engine.size()) / endpoints.size() + 1);
		List<String> tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
				+ "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", String.class);
		String fingerprintSql = fingerprintQuery(tables);

		int sent = 0;
		List<Failure> failures = new ArrayList<>();
		Map<String, String> writes = new TreeMap<>();
		Set<String> exempt = new TreeSet<>();
		Map<Integer, Integer> byStatus = new TreeMap<>();
		int n = 0;
		for (Endpoint e : endpoints) {
			Map<String, Object> before = fingerprint(fingerprintSql);
			List<Fuzz> requests = fuzz(e, perEndpoint);
			for (Fuzz f : requests) {
				Identity who = identities.get(n++ % identities.size());
				HttpResponse<String> r = send(who, f, e.page());
				sent++;
				byStatus.merge(r.statusCode(), 1, Integer::sum);
				if (r.statusCode() >= 500) {
					failures.add(new Failure(e.key(), f.method() + " " + f.path() + " as " + who.user(), r.statusCode(),
							r.body().substring(0, Math.min(300, r.body().length()))));
				}
			}
			Map<String, Object> after = fingerprint(fingerprintSql);
			if (!before.equals(after)) {
				if (!e.takesInput()) {
					exempt.add(e.key());
				}
				else {
					writes.put(e.key(), diff(before, after));
				}
			}
		}
		Map<String, Object> before = fingerprint(fingerprintSql);
		Identity sysadmin = identities.get(USERS.indexOf("sysadmin"));
		for (Fuzz f : engine) {
			HttpResponse<String> r = send(sysadmin, f, false);
			sent++;
			byStatus.merge(r.statusCode(), 1, Integer::sum);
			if (r.statusCode() >= 500) {
				failures.add(new Failure("engine REST", f.method() + " " + f.path() + " as sysadmin", r.statusCode(),
						r.body().substring(0, Math.min(300, r.body().length()))));
			}
		}
		if (!before.equals(fingerprint(fingerprintSql))) {
			writes.put("engine REST", diff(before, fingerprint(fingerprintSql)));
		}
		long seconds = (System.nanoTime() - began) / 1_000_000_000L;
		Map<String, Long> failingEndpoints = new TreeMap<>();
		failures.forEach(f -> failingEndpoints.merge(f.endpoint(), 1L, Long::sum));
		ReliabilityResults.record("fuzz (" + endpoints.size() + " endpoints and pages + engine REST, H2)", sent
				+ " requests in " + seconds + " s, by status " + byStatus + "; 5xx: " + failures.size()
				+ (failures.isEmpty() ? "" : " by endpoint " + failingEndpoints + ", first " + failures.subList(0, Math.min(5, failures.size())))
				+ "; endpoints that wrote: " + writes.size() + (writes.isEmpty() ? "" : " " + writes)
				+ "; exempt (take no input) and wrote: " + exempt);
		assertThat(sent).isGreaterThanOrEqualTo(MIN_REQUESTS);
		assertThat(failures).as("5xx answers (%d)", failures.size()).isEmpty();
		assertThat(writes).as("endpoints that wrote on hostile input").isEmpty();
	}

	// ---- the endpoints ---------------------------------------------------------------------------------------

	private List<Endpoint> endpoints() {
		List<Endpoint> out = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = m.getKey();
			HandlerMethod hm = m.getValue();
			if (!hm.getBeanType().getName().startsWith("cn.statenforce")) {
				continue; // Spring's /error, springdoc's pages: not ours
			}
			Set<String> patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
					: info.getPatternsCondition().getPatterns();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(x -> methods.add(x.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			List<String> pathVariables = new ArrayList<>();
			List<String> params = new ArrayList<>();
			List<String> form = new ArrayList<>();
			boolean body = false;
			boolean multipart = false;
			Boolean firstParamIsText = null;
			for (MethodParameter p : hm.getMethodParameters()) {
				p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				if (p.hasParameterAnnotation(PathVariable.class)) {
					PathVariable a = p.getParameterAnnotation(PathVariable.class);
					pathVariables.add(!a.name().isEmpty() ? a.name() : !a.value().isEmpty() ? a.value() : p.getParameterName());
				}
				else if (p.hasParameterAnnotation(RequestBody.class)) {
					body = true;
				}
				else if (p.hasParameterAnnotation(RequestPart.class) || MultipartFile.class.isAssignableFrom(p.getParameterType())
						|| p.getParameterType().isArray() && MultipartFile.class.isAssignableFrom(p.getParameterType().getComponentType())) {
					multipart = true;
				}
				else if (p.hasParameterAnnotation(RequestParam.class)) {
					RequestParam a = p.getParameterAnnotation(RequestParam.class);
					String name = !a.name().isEmpty() ? a.name() : !a.value().isEmpty() ? a.value() : p.getParameterName();
					if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
						multipart = true;
					}
					else if (name != null) {
						params.add(name);
						if (firstParamIsText == null) {
							firstParamIsText = CharSequence.class.isAssignableFrom(p.getParameterType());
						}
					}
				}
				else if (p.hasParameterAnnotation(ModelAttribute.class) || isFormObject(p.getParameterType())) {
					form.addAll(fields(p.getParameterType()));
				}
			}
			for (String pattern : patterns) {
				for (String method : methods) {
					Endpoint e = new Endpoint(method, pattern, pathVariables, params, body, multipart, form,
							firstParamIsText == null || firstParamIsText);
					if (!NOT_FUZZED.contains(e.key())) {
						out.add(e);
					}
				}
			}
		}
		out.sort(java.util.Comparator.comparing(Endpoint::key));
		return out;
	}

	private static boolean isFormObject(Class<?> type) {
		return type.getName().startsWith("cn.statenforce") && !type.isEnum();
	}

	private static List<String> fields(Class<?> type) {
		List<String> names = new ArrayList<>();
		if (type.isRecord()) {
			for (var c : type.getRecordComponents()) {
				names.add(c.getName());
			}
		}
		else {
			for (var f : type.getDeclaredFields()) {
				if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
					names.add(f.getName());
				}
			}
		}
		return names;
	}

	// ---- the requests ----------------------------------------------------------------------------------------

	private List<Fuzz> fuzz(Endpoint e, int count) {
		List<Fuzz> out = new ArrayList<>();
		List<byte[]> bodies = badBodies();
		for (int i = 0; out.size() < count; i++) {
			String hostile = HOSTILE.get(i % HOSTILE.size());
			// a path variable that is no record's id; or, every third request, id 1 with a broken body or parameter
			boolean realId = i % 3 == 2 && (e.jsonBody() || !e.params().isEmpty() || e.multipart() || !e.formFields().isEmpty());
			String path = e.pattern();
			for (String v : e.pathVariables()) {
				path = path.replaceAll("\\{" + Pattern.quote(v) + "(:[^}]*)?}", realId ? "1" : Matcher.quoteReplacement(hostile));
			}
			path = path.replaceAll("\\{[^}]+}", realId ? "1" : Matcher.quoteReplacement(hostile)).replace("/**", "/x");
			StringBuilder query = new StringBuilder();
			// a write whose only input is its parameters gets one no field may accept: not a number for a number,
			// 5,000 characters with a NUL for text (the others cycle through the hostile values)
			boolean onlyParams = !"GET".equals(e.method()) && e.pathVariables().isEmpty() && !e.jsonBody() && !e.multipart()
					&& e.formFields().isEmpty();
			for (int k = 0; k < e.params().size(); k++) {
				String value = HOSTILE.get((i + k + 1) % HOSTILE.size());
				if (k == 0 && onlyParams) {
					value = e.firstParamIsText() ? "%00" + "X".repeat(5000) : "abc%00";
				}
				else if (k == 0 && realId) {
					// with a real id the other parameters' values may all be plausible text (中文, "../", "1;x=1" are
					// things a person may type): the first one carries a NUL, which no parameter accepts
					value = value + "%00";
				}
				query.append(query.isEmpty() ? "?" : "&").append(e.params().get(k)).append('=').append(value);
			}
			if (e.jsonBody()) {
				byte[] body = bodies.get(i % bodies.size());
				String type = i % 7 == 6 ? "text/plain" : "application/json";
				out.add(new Fuzz(e.method(), path + query, type, body));
			}
			else if (e.multipart()) {
				out.add(multipart(e.method(), path + query, i));
			}
			else if (!e.formFields().isEmpty() || !"GET".equals(e.method()) && e.page()) {
				StringBuilder form = new StringBuilder();
				for (String f : e.formFields()) {
					form.append(form.isEmpty() ? "" : "&").append(f).append('=').append(formValue(i));
				}
				out.add(new Fuzz(e.method(), path + query, "application/x-www-form-urlencoded",
						form.toString().getBytes(StandardCharsets.UTF_8)));
			}
			else {
				out.add(new Fuzz(e.method(), path + query, null, null));
			}
		}
		return out;
	}

	/** A form value no field may accept: 5,000 characters with a NUL, or a NUL-padded option, or a date in year 300000. */
	private static String formValue(int i) {
		return switch (i % 3) {
			case 0 -> "%00" + "X".repeat(5000);
			case 1 -> "%20FILE%00";
			default -> "%2B300000-01-01%00";
		};
	}

	/** JSON bodies that are not JSON (so no endpoint can accept them whatever its fields). */
	private static List<byte[]> badBodies() {
		List<byte[]> out = new ArrayList<>();
		out.add("{".getBytes(StandardCharsets.UTF_8));
		out.add("{\"opinion\":\"同意\",}".getBytes(StandardCharsets.UTF_8));
		out.add("[1,2".getBytes(StandardCharsets.UTF_8));
		out.add("tru".getBytes(StandardCharsets.UTF_8));
		out.add(new byte[] { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc0, '"', '}' });
		out.add("{\u0000}".getBytes(StandardCharsets.UTF_8));
		out.add(("[".repeat(2000)).getBytes(StandardCharsets.UTF_8));
		out.add(("{\"findings\":\"" + "统".repeat(350_000)).getBytes(StandardCharsets.UTF_8));
		out.add("{\"a\":1}{\"b\":2".getBytes(StandardCharsets.UTF_8));
		out.add("{'single':'quotes'}".getBytes(StandardCharsets.UTF_8));
		out.add("{\"x\":NaN,".getBytes(StandardCharsets.UTF_8));
		return out;
	}

	private static Fuzz multipart(String method, String path, int i) {
		String boundary = "----fuzz" + i;
		String name = switch (i % 3) {
			case 0 -> "evil\u0000.xlsx";
			case 1 -> "../../../../etc/passwd";
			default -> "\r\nContent-Type: text/html\r\n\r\n<script>.pdf";
		};
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + "\u0000PK\u0003\u0004garbage".repeat(50) + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n\r\nx\r\n--"
				+ boundary + (i % 2 == 0 ? "--\r\n" : "\r\n"); // every other one without its closing boundary
		return new Fuzz(method, path, "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
	}

	/** The engine REST API (Jersey, not in Spring's mapping) with the odd paths and parameters of issue 16. */
	private static List<Fuzz> engineRest() {
		List<Fuzz> out = new ArrayList<>();
		List<String> paths = List.of("/engine-rest;x=1/task", "/engine-rest/task;x=1", "/engine-rest/task/%00",
				"/engine-rest/process-instance/..%2F..%2Fapi%2Fcases", "/engine-rest/task?maxResults=-1",
				"/engine-rest/task?firstResult=abc", "/engine-rest/task?dueAfter=%2B300000-01-01",
				"/engine-rest/process-instance?variables=a_eq_%00", "/engine-rest/job?sortBy=%27%3B--&sortOrder=x",
				"/engine-rest/history/process-instance?startedAfter=9999-99-99", "/engine-rest/%2e%2e/api/cases",
				"/engine-rest/incident?incidentType=%0D%0A", "/engine-rest/deployment/create", "/engine-rest/job/%00/retries",
				"/engine-rest/task/1/complete", "/engine-rest/process-definition/key/enforcement-case/start");
		for (String p : paths) {
			out.add(new Fuzz("GET", p, null, null));
			out.add(new Fuzz("POST", p, "application/json", "{".getBytes(StandardCharsets.UTF_8)));
			out.add(new Fuzz("PUT", p, "application/json", "{\"retries\":-1,}".getBytes(StandardCharsets.UTF_8)));
			out.add(new Fuzz("DELETE", p, null, null));
		}
		return out;
	}

	// ---- sending ---------------------------------------------------------------------------------------------

	private Identity identity(String user) throws Exception {
		HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER).build();
		if (user == null) {
			return new Identity("anonymous", null, session, null);
		}
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + WebTestSupport.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/auth/token"))
			.header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		String bearer = "Bearer " + JSON.readTree(token.body()).path("accessToken").asText();
		Matcher m = CSRF.matcher(session.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(m.find()).isTrue();
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ WebTestSupport.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		String page = session.send(HttpRequest.newBuilder(URI.create(BASE + "/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		return new Identity(user, bearer, session, csrf.find() ? csrf.group(1) : null);
	}

	private static HttpResponse<String> send(Identity who, Fuzz f, boolean page) throws IOException, InterruptedException {
		HttpRequest.Builder b;
		try {
			b = HttpRequest.newBuilder(URI.create(BASE + f.path())).timeout(Duration.ofSeconds(60));
		}
		catch (IllegalArgumentException notAUri) {
			throw new IllegalStateException("fuzz path is not a URI: " + f.path(), notAUri);
		}
		if (f.contentType() != null) {
			b.header("Content-Type", f.contentType());
		}
		if (who.bearer() != null && f.path().startsWith("/api/")) {
			b.header("Authorization", who.bearer());
		}
		if (who.csrf() != null && page) {
			b.header("X-CSRF-TOKEN", who.csrf());
		}
		if (f.path().startsWith("/engine-rest") && who.bearer() != null) {
			b.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((who.user() + ":" + WebTestSupport.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		b.method(f.method(), f.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(f.body()));
		HttpClient client = page || f.path().startsWith("/engine-rest") ? who.session() : PLAIN;
		try {
			return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IOException(f.method() + " " + f.path() + ": " + e, e);
		}
	}

	private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	// ---- the database fingerprint ----------------------------------------------------------------------------

	private String fingerprintQuery(List<String> tables) {
		List<String> parts = new ArrayList<>();
		for (String t : tables) {
			List<String> columns = jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
					+ "AND TABLE_NAME = ?", String.class, t);
			StringBuilder s = new StringBuilder("SELECT '" + t + "' AS T, CONCAT(COUNT(*), ''");
			if (columns.contains("UPDATED_AT")) {
				s.append(", '/', COALESCE(CAST(MAX(UPDATED_AT) AS VARCHAR), '-')");
			}
			if (columns.contains("ROW_VERSION")) {
				s.append(", '/', COALESCE(SUM(ROW_VERSION), 0)");
			}
			if (columns.contains("REV_")) {
				s.append(", '/', COALESCE(SUM(REV_), 0)");
			}
			s.append(") AS F FROM \"").append(t).append('"');
			parts.add(s.toString());
		}
		return String.join(" UNION ALL ", parts);
	}

	private Map<String, Object> fingerprint(String sql) {
		Map<String, Object> out = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			out.put(rs.getString("T"), rs.getString("F"));
		});
		return out;
	}

	private static String diff(Map<String, Object> before, Map<String, Object> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((t, f) -> {
			if (!f.equals(before.get(t))) {
				changed.add(t + " " + before.get(t) + "→" + f);
			}
		});
		return String.join(", ", changed);
	}

}

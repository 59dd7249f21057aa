package cn.statenforce.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.HttpTestClient;
import cn.statenforce.WebTestSupport;

/**
 * A load that creates and advances enforcement cases through the REST API of one or more running nodes, as a
 * district bureau works: two inspectors register leads and propose to file each at once (核查线索 → 立案审批, through
 * the background step 追责时效检查), the leader approves the filings that wait for approval (→ 立案编号 in the
 * background → 调查取证). Requests go to the nodes in turn; a request whose node has gone away (connection refused
 * or broken) has an unknown outcome and is not counted as acknowledged. What each answer acknowledged is kept.
 */
final class CaseLoad {

	static final ObjectMapper JSON = new ObjectMapper();

	static final List<String> INSPECTORS = List.of("yuhu.inspector1", "yuhu.inspector2");

	static final String LEADER = "yuhu.leader";

	/** How far the load got with a case, by the answers it had. */
	enum Step {
		REGISTERED, ASSESSED, FILED
	}

	/** One answer: operation, status (0 = no answer), time taken, when (ms since the load began). */
	record Answer(String operation, int status, long millis, long at, String body) {
	}

	private final List<String> nodes;

	private final long enterpriseId;

	private final Map<Long, Step> acknowledged = new ConcurrentHashMap<>();

	private final Map<Long, String> numbers = new ConcurrentHashMap<>();

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	private final AtomicBoolean stop = new AtomicBoolean();

	private final Set<String> deadNodes = ConcurrentHashMap.newKeySet();

	private final Instant began = Instant.now();

	private ExecutorService clients;

	CaseLoad(List<String> nodes) throws Exception {
		this.nodes = nodes;
		HttpTestClient inspector = HttpTestClient.basic(nodes.get(0), INSPECTORS.get(0), WebTestSupport.DEMO_PASSWORD);
		HttpResponse<String> r = inspector.get("/api/enterprises?size=1");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		this.enterpriseId = JSON.readTree(r.body()).path("items").get(0).path("id").asLong();
	}

	/** Starts the inspectors' and the leader's clients; each pauses {@code pause} between its requests. */
	CaseLoad start(Duration pause) {
		clients = Executors.newFixedThreadPool(INSPECTORS.size() + 1);
		for (int i = 0; i < INSPECTORS.size(); i++) {
			String user = INSPECTORS.get(i);
			int offset = i;
			clients.submit(() -> {
				inspectorLoop(user, offset, pause);
				return null;
			});
		}
		clients.submit(() -> {
			leaderLoop(pause);
			return null;
		});
		return this;
	}

	/** Requests to this node are no longer sent (it was killed); the others carry on. */
	void nodeDied(String node) {
		deadNodes.add(node);
	}

	void stop() throws InterruptedException {
		stop.set(true);
		clients.shutdown();
		assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).as("load clients finished").isTrue();
	}

	Map<Long, Step> acknowledged() {
		return Map.copyOf(acknowledged);
	}

	long acknowledged(Step step) {
		return acknowledged.values().stream().filter(s -> s == step).count();
	}

	String number(long id) {
		return numbers.get(id);
	}

	List<Answer> answers() {
		return List.copyOf(answers);
	}

	long millisSinceStart() {
		return Duration.between(began, Instant.now()).toMillis();
	}

	private void inspectorLoop(String user, int offset, Duration pause) throws InterruptedException {
		int n = offset;
		while (!stop.get()) {
			String node = node(n++);
			if (node == null) {
				return;
			}
			HttpTestClient c = HttpTestClient.basic(node, user, WebTestSupport.DEMO_PASSWORD);
			String body0 = lead(n);
			HttpResponse<String> r = send("register", () -> c.json("POST", "/api/cases", body0));
			if (r != null && r.statusCode() == 201) {
				JsonNode body = read(r);
				long id = body.path("id").asLong();
				numbers.put(id, body.path("leadNumber").asText());
				acknowledged.put(id, Step.REGISTERED);
				String assessNode = node(n++);
				if (assessNode == null) {
					return;
				}
				HttpTestClient a = HttpTestClient.basic(assessNode, user, WebTestSupport.DEMO_PASSWORD);
				HttpResponse<String> assessed = send("assess", () -> a.json("POST", "/api/cases/" + id + "/assessment",
						"{\"proposal\":\"FILE\",\"opinion\":\"经核查，该单位营业收入与用电量、开票金额明显背离，涉嫌统计造假，建议立案调查。\"}"));
				if (assessed != null && assessed.statusCode() == 200) {
					acknowledged.put(id, Step.ASSESSED);
				}
			}
			Thread.sleep(pause.toMillis());
		}
	}

	private void leaderLoop(Duration pause) throws InterruptedException {
		int n = 0;
		while (!stop.get()) {
			String node = node(n++);
			if (node == null) {
				return;
			}
			HttpTestClient c = HttpTestClient.basic(node, LEADER, WebTestSupport.DEMO_PASSWORD);
			HttpResponse<String> list = send("list", () -> c.get("/api/cases?status=FILING_PROPOSED&size=50"));
			if (list != null && list.statusCode() == 200) {
				for (JsonNode row : read(list).path("items")) {
					long id = row.path("id").asLong();
					if (stop.get() || acknowledged.get(id) != Step.ASSESSED) {
						continue;
					}
					HttpResponse<String> approved = send("approve", () -> c.json("POST", "/api/cases/" + id
							+ "/filing-approval", "{\"approved\":true,\"opinion\":\"同意立案，由雨湖区统计局执法人员调查取证。\"}"));
					if (approved != null && approved.statusCode() == 200) {
						acknowledged.put(id, Step.FILED);
					}
				}
			}
			Thread.sleep(Math.max(pause.toMillis(), 300));
		}
	}

	/** The next live node in turn, or null when every node is dead. */
	private String node(int n) {
		for (int i = 0; i < nodes.size(); i++) {
			String node = nodes.get((n + i) % nodes.size());
			if (!deadNodes.contains(node)) {
				return node;
			}
		}
		return null;
	}

	interface Call {

		HttpResponse<String> send() throws IOException, InterruptedException;

	}

	private HttpResponse<String> send(String operation, Call call) throws InterruptedException {
		long t0 = System.nanoTime();
		long at = millisSinceStart();
		try {
			HttpResponse<String> r = call.send();
			answers.add(new Answer(operation, r.statusCode(), (System.nanoTime() - t0) / 1_000_000, at,
					r.statusCode() >= 500 ? r.body() : null));
			return r;
		}
		catch (IOException noAnswer) {
			answers.add(new Answer(operation, 0, (System.nanoTime() - t0) / 1_000_000, at, noAnswer.toString()));
			Thread.sleep(200);
			return null;
		}
	}

	private static JsonNode read(HttpResponse<String> r) {
		try {
			return JSON.readTree(r.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(r.body(), e);
		}
	}

	private String lead(int i) {
		return """
				{"source":"DATA_REVIEW","enterpriseId":%d,"cause":"涉嫌提供不真实统计资料（第%d条数据审核线索）",
				 "findings":"该单位报送的规模以上工业企业月度报表中，营业收入较上年同期增长明显高于用电量和增值税开票金额的增幅，数据逻辑关系异常，需核查原始记录和统计台账。",
				 "conductDate":"%s"}""".formatted(enterpriseId, i, LocalDate.now().minusDays(30));
	}

	// ---- checks after the load -------------------------------------------------------------------------------

	/**
	 * Every acknowledged case is stored with its number and at least as far as acknowledged; lead numbers and case
	 * numbers are 1..n without a gap or a repeat. Returns the stored cases by id (status).
	 */
	Map<Long, String> assertEveryAcknowledgedCaseStored(String node) throws Exception {
		HttpTestClient inspector = HttpTestClient.basic(node, INSPECTORS.get(0), WebTestSupport.DEMO_PASSWORD);
		Map<Long, JsonNode> stored = new HashMap<>();
		for (int page = 1;; page++) {
			HttpResponse<String> r = inspector.get("/api/cases?size=200&page=" + page);
			assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
			JsonNode result = JSON.readTree(r.body());
			result.path("items").forEach(row -> stored.put(row.path("id").asLong(), row));
			if ((long) page * 200 >= result.path("total").asLong()) {
				break;
			}
		}
		List<String> lost = new ArrayList<>();
		for (Map.Entry<Long, Step> e : acknowledged.entrySet()) {
			JsonNode row = stored.get(e.getKey());
			if (row == null) {
				lost.add(numbers.get(e.getKey()) + " (" + e.getValue() + ")");
				continue;
			}
			assertThat(row.path("leadNumber").asText()).isEqualTo(numbers.get(e.getKey()));
			Set<String> allowed = switch (e.getValue()) {
				case REGISTERED -> Set.of("LEAD", "FILING_PROPOSED", "INVESTIGATING");
				case ASSESSED -> Set.of("FILING_PROPOSED", "INVESTIGATING");
				case FILED -> Set.of("INVESTIGATING");
			};
			assertThat(row.path("status").asText()).as("status of %s acknowledged as %s", numbers.get(e.getKey()),
					e.getValue()).isIn(allowed);
		}
		assertThat(lost).as("acknowledged cases lost").isEmpty();
		assertGapFree(stored.values().stream().map(r -> r.path("leadNumber").asText()).toList(), "lead numbers");
		assertGapFree(stored.values().stream().map(r -> r.path("caseNumber").asText(null)).filter(n -> n != null).toList(),
				"case numbers");
		Map<Long, String> statuses = new HashMap<>();
		stored.forEach((id, row) -> statuses.put(id, row.path("status").asText()));
		return statuses;
	}

	/** Numbers end in their sequence (…-0007 or …第7号 / …7号): 1..n, each once. */
	static void assertGapFree(List<String> numbers, String what) {
		Set<Integer> sequences = new TreeSet<>();
		for (String n : numbers) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\D*$").matcher(n);
			assertThat(m.find()).as("%s %s ends in a sequence", what, n).isTrue();
			assertThat(sequences.add(Integer.parseInt(m.group(1)))).as("%s %s issued twice", what, n).isTrue();
		}
		List<Integer> expected = new ArrayList<>();
		for (int i = 1; i <= numbers.size(); i++) {
			expected.add(i);
		}
		assertThat(sequences).as(what).containsExactlyElementsOf(expected);
	}

	/** The ADMIN page 系统管理 → 一致性检查 of 雨湖区: no mismatch, every case checked. */
	static void assertConsistencyPage(String node, int expectedCases) throws Exception {
		HttpTestClient admin = HttpTestClient.session(node, "yuhu.admin", WebTestSupport.DEMO_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/consistency");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).as("consistency page").contains("id=\"consistent\"").doesNotContain("class=\"mismatch\"");
		assertThat(page.body()).contains("id=\"cases-checked\">" + expectedCases + "<");
	}

	/** Waits until no background step (async continuation) of any process is pending. */
	static void awaitNoPendingSteps(FreshMariaDb db, Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		long pending;
		do {
			pending = db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'");
			if (pending == 0) {
				return;
			}
			Thread.sleep(1000);
		}
		while (Instant.now().isBefore(deadline));
		assertThat(pending).as("background steps still pending after %s: %s", timeout, db.rows("SELECT ID_, RETRIES_, "
				+ "DUEDATE_, LOCK_OWNER_, LOCK_EXP_TIME_, SUBSTRING(EXCEPTION_MSG_, 1, 300) AS EXCEPTION_MSG_, HANDLER_CFG_ "
				+ "FROM ACT_RU_JOB WHERE TYPE_ = 'message'")).isZero();
	}

	/** "n requests, by status: 201×40 200×80 …, p50/max ms". */
	String figures() {
		Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
		answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
		long[] ms = answers.stream().mapToLong(Answer::millis).sorted().toArray();
		return answers.size() + " requests (" + byStatus.entrySet().stream().map(e -> (e.getKey() == 0 ? "no answer" : e.getKey())
				+ "×" + e.getValue()).reduce((a, b) -> a + " " + b).orElse("") + "), p50 " + (ms.length == 0 ? 0 : ms[ms.length / 2])
				+ " ms, max " + (ms.length == 0 ? 0 : ms[ms.length - 1]) + " ms; acknowledged " + acknowledged.size()
				+ " cases (registered " + acknowledged(Step.REGISTERED) + ", assessed " + acknowledged(Step.ASSESSED)
				+ ", filed " + acknowledged(Step.FILED) + ")";
	}

}

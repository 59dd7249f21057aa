package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.HttpTestClient;
import cn.statenforce.WebTestSupport;

/**
 * The crash test of issue 8: a bounded load of leads posted through the REST API by a demo inspector, the
 * application killed with SIGKILL while requests are in flight, started again on the same database. Then
 * every lead that was answered 201 exists (same id and number) with its process instance waiting at
 * 核查线索 (Task_AssessLead), every stored lead has exactly one instance, the stored numbers are 1..n without
 * a gap or a repeat, and the next lead gets n + 1.
 */
final class LeadCrashScenario {

	/** Leads acknowledged before the kill. */
	static final int KILL_AFTER_ACKNOWLEDGED = 30;

	/** Upper bound of the load (the kill comes long before). */
	static final int MAX_POSTS = 300;

	static final int CLIENTS = 4;

	private static final ObjectMapper JSON = new ObjectMapper();

	record Lead(long id, String number) {

		int sequence() {
			return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
		}

	}

	/** What happened, for the test's output (figures for the report). */
	record Outcome(int posted, int acknowledged, int inFlightAtKill, int storedAfterRestart, int highestAcknowledged,
			int next, Duration firstStart, Duration restart) {

		@Override
		public String toString() {
			return "posted " + posted + ", acknowledged (201) " + acknowledged + ", in flight at SIGKILL " + inFlightAtKill
					+ ", stored after restart " + storedAfterRestart + " (every acknowledged lead found), highest acknowledged number "
					+ highestAcknowledged + ", next number " + next + "; start " + firstStart.toSeconds() + " s, restart "
					+ restart.toSeconds() + " s";
		}

	}

	private LeadCrashScenario() {
	}

	static Outcome run(RunningApplication app, String sysadmin, String sysadminPassword) throws Exception {
		Duration firstStart = app.start();
		String base = app.baseUrl();
		HttpTestClient inspector = HttpTestClient.basic(base, "yuhu.inspector1", WebTestSupport.DEMO_PASSWORD);
		long enterpriseId = JSON.readTree(ok(inspector.get("/api/enterprises?size=1"), 200).body())
			.path("items").get(0).path("id").asLong();

		List<Lead> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger posted = new AtomicInteger();
		AtomicInteger inFlight = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			clients.submit(() -> {
				HttpTestClient client = HttpTestClient.basic(base, "yuhu.inspector1", WebTestSupport.DEMO_PASSWORD);
				while (!stop.get() && posted.incrementAndGet() <= MAX_POSTS) {
					inFlight.incrementAndGet();
					try {
						HttpResponse<String> r = client.json("POST", "/api/cases", lead(enterpriseId, posted.get()));
						if (r.statusCode() == 201) {
							JsonNode body = JSON.readTree(r.body());
							acknowledged.add(new Lead(body.path("id").asLong(), body.path("leadNumber").asText()));
						}
					}
					catch (IOException killed) {
						return null; // the server went away: this request's outcome is unknown
					}
					finally {
						inFlight.decrementAndGet();
					}
				}
				return null;
			});
		}
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && Instant.now().isBefore(deadline)) {
			Thread.sleep(5);
		}
		int inFlightAtKill = inFlight.get();
		app.kill();
		stop.set(true);
		clients.shutdown();
		assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).as("load clients finished").isTrue();
		List<Lead> acked = List.copyOf(acknowledged);
		assertThat(acked).as("leads acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);

		Duration restart = app.start();
		Map<String, JsonNode> stored = storedLeads(inspector);
		List<String> lost = acked.stream().map(Lead::number).filter(number -> !stored.containsKey(number)).sorted().toList();
		assertThat(lost).as("%d of %d acknowledged leads lost by the kill (stored after restart: %d)", lost.size(),
				acked.size(), stored.size()).isEmpty();
		for (Lead lead : acked) {
			JsonNode row = stored.get(lead.number());
			assertThat(row).as("acknowledged lead %s after the restart", lead.number()).isNotNull();
			assertThat(row.path("id").asLong()).as(lead.number()).isEqualTo(lead.id());
			assertThat(row.path("status").asText()).as(lead.number()).isEqualTo("LEAD");
		}
		// numbers: 1..n, none lost, none twice
		Set<Integer> sequences = new TreeSet<>();
		stored.keySet().forEach(n -> sequences.add(new Lead(0, n).sequence()));
		int n = stored.size();
		assertThat(sequences).as("stored lead numbers").hasSize(n);
		assertThat(sequences).containsExactlyElementsOf(range(1, n));

		// engine state: one instance per stored lead, waiting at 核查线索 for every acknowledged one
		HttpTestClient engine = HttpTestClient.basic(base, sysadmin, sysadminPassword);
		Map<String, String> instanceByKey = new HashMap<>();
		for (JsonNode pi : JSON.readTree(ok(engine.get(
				"/engine-rest/process-instance?processDefinitionKey=enforcement-case&maxResults=10000"), 200).body())) {
			assertThat(instanceByKey.put(pi.path("businessKey").asText(), pi.path("id").asText()))
				.as("one instance for %s", pi.path("businessKey").asText())
				.isNull();
		}
		assertThat(instanceByKey.keySet()).as("instances = stored leads").isEqualTo(stored.keySet());
		Set<String> waitingAtAssessment = new HashSet<>();
		for (JsonNode t : JSON.readTree(ok(engine.get("/engine-rest/task?processDefinitionKey=enforcement-case"
				+ "&taskDefinitionKey=Task_AssessLead&maxResults=10000"), 200).body())) {
			waitingAtAssessment.add(t.path("processInstanceId").asText());
		}
		for (Lead lead : acked) {
			assertThat(waitingAtAssessment).as("instance of %s waits at Task_AssessLead", lead.number())
				.contains(instanceByKey.get(lead.number()));
		}

		// the next number continues after the highest one issued
		int highestAcknowledged = acked.stream().mapToInt(Lead::sequence).max().orElseThrow();
		HttpResponse<String> next = ok(inspector.json("POST", "/api/cases", lead(enterpriseId, 0)), 201);
		int nextNumber = new Lead(0, JSON.readTree(next.body()).path("leadNumber").asText()).sequence();
		assertThat(nextNumber).isEqualTo(n + 1).isGreaterThan(highestAcknowledged);
		app.kill();
		return new Outcome(Math.min(posted.get(), MAX_POSTS), acked.size(), inFlightAtKill, n, highestAcknowledged,
				nextNumber, firstStart, restart);
	}

	private static Map<String, JsonNode> storedLeads(HttpTestClient inspector) throws Exception {
		Map<String, JsonNode> byNumber = new HashMap<>();
		for (int page = 1;; page++) {
			JsonNode result = JSON.readTree(ok(inspector.get("/api/cases?size=200&page=" + page), 200).body());
			for (JsonNode row : result.path("items")) {
				assertThat(byNumber.put(row.path("leadNumber").asText(), row)).as("lead number stored twice").isNull();
			}
			if ((long) page * 200 >= result.path("total").asLong()) {
				return byNumber;
			}
		}
	}

	/** A lead as an inspector registers it: data review of a monthly return, conduct a month ago. */
	private static String lead(long enterpriseId, int i) {
		return """
				{"source":"DATA_REVIEW","enterpriseId":%d,"cause":"涉嫌提供不真实统计资料（第%d条数据审核线索）",
				 "findings":"该单位报送的规模以上工业企业月度报表中，营业收入较上年同期增长明显高于用电量和增值税开票金额的增幅，数据逻辑关系异常，需核查原始记录和统计台账。",
				 "conductDate":"%s"}""".formatted(enterpriseId, i, LocalDate.now().minusDays(30));
	}

	private static HttpResponse<String> ok(HttpResponse<String> r, int status) {
		assertThat(r.statusCode()).as("%s %s: %s", r.request().method(), r.uri(), r.body()).isEqualTo(status);
		return r;
	}

	private static List<Integer> range(int from, int to) {
		List<Integer> all = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			all.add(i);
		}
		return all;
	}

}

package cn.statenforce.it;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceMariaDbIT;

/**
 * Issue 16, concurrency on MariaDB: {@value #THREADS} requests released at once by a latch. Completing one task →
 * one success, the rest 409, one set of rows; registering leads → {@value #THREADS} numbers without a duplicate or a
 * gap; editing one record with the same version (optimistic locking) → one success, the rest 409, the version moved
 * by one.
 */
@StatEnforceMariaDbIT
class ConcurrencyMariaDbIT {

	static final int THREADS = 20;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldCompleteOneTaskOnceWhenTwentyUsersSubmitAtOnce() throws Exception {
		long id = register(0);
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = 'ENFORCEMENT_CASE' "
				+ "AND subject_id = ?", Integer.class, id);
		Map<Integer, Integer> statuses = race(i -> post("/api/cases/" + id + "/assessment").with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"proposal\":\"FILE\",\"opinion\":\"经核查，数据异常属实，建议立案（并发提交第" + i + "次）\"}"));
		assertThat(statuses).as("answers").containsOnlyKeys(200, 409).containsEntry(200, 1).containsEntry(409, THREADS - 1);
		assertThat(jdbc.queryForObject("SELECT status FROM enforcement_case WHERE id = ?", String.class, id))
			.isEqualTo("FILING_PROPOSED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = 'ENFORCEMENT_CASE' "
				+ "AND subject_id = ?", Integer.class, id)).as("one timeline entry for the one assessment").isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_opinion WHERE case_id = ?", Integer.class, id))
			.as("one opinion").isEqualTo(1);
		ReliabilityResults.record("concurrency: one task, " + THREADS + " submissions", statuses.toString());
	}

	@Test
	void shouldNumberTwentyConcurrentLeadsWithoutDuplicateOrGap() throws Exception {
		long highest = highestLeadSequence();
		List<String> numbers = new ArrayList<>();
		Map<Integer, Integer> statuses = race(i -> post("/api/cases").with(api("yuhu.inspector" + (1 + i % 2)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(lead(i)), r -> numbers.add(JSON.readTree(r.getResponse().getContentAsString()).path("leadNumber").asText()));
		assertThat(statuses).containsOnlyKeys(201);
		List<Integer> sequences = numbers.stream().map(ConcurrencyMariaDbIT::sequence).sorted().toList();
		List<Integer> expected = new ArrayList<>();
		for (int i = 1; i <= THREADS; i++) {
			expected.add((int) highest + i);
		}
		assertThat(sequences).as("lead numbers after %d", highest).containsExactlyElementsOf(expected);
		ReliabilityResults.record("concurrency: " + THREADS + " leads numbered at once", "numbers " + numbers.stream().sorted().toList().get(0)
				+ " … " + numbers.stream().sorted().toList().get(THREADS - 1) + ", no duplicate, no gap");
	}

	@Test
	void shouldAcceptOneOfTwentyEditsWithTheSameVersion() throws Exception {
		long id = jdbc.queryForObject("SELECT MAX(id) FROM enterprise WHERE bureau_id = 2", Long.class);
		int version = jdbc.queryForObject("SELECT row_version FROM enterprise WHERE id = ?", Integer.class, id);
		var row = jdbc.queryForMap("SELECT credit_code, name, region_code FROM enterprise WHERE id = ?", id);
		Map<Integer, Integer> statuses = race(i -> put("/api/enterprises/{id}?version={v}", id, version)
			.with(api(i % 2 == 0 ? "yuhu.leader" : "yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"creditCode":"%s","name":"%s","regionCode":"%s","partyType":"ORGANIZATION","onlineReporting":true,
					 "sizeClass":"SMALL","phone":"0731-5822%04d"}""".formatted(row.get("credit_code"), row.get("name"),
					row.get("region_code"), i)));
		assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, 1).containsEntry(409, THREADS - 1);
		assertThat(jdbc.queryForObject("SELECT row_version FROM enterprise WHERE id = ?", Integer.class, id)).isEqualTo(version + 1);
		ReliabilityResults.record("concurrency: " + THREADS + " edits of one unit with one version", statuses.toString());
	}

	interface Request {

		RequestBuilder build(int i) throws Exception;

	}

	interface OnResult {

		void accept(MvcResult r) throws Exception;

	}

	private Map<Integer, Integer> race(Request request) throws Exception {
		return race(request, r -> {
		});
	}

	/** Sends {@value #THREADS} requests from as many threads, released together; answers counted by status. */
	private Map<Integer, Integer> race(Request request, OnResult onResult) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch ready = new CountDownLatch(THREADS);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Callable<MvcResult>> calls = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				RequestBuilder b = request.build(i);
				calls.add(() -> {
					ready.countDown();
					go.await();
					return mvc.perform(b).andReturn();
				});
			}
			List<Future<MvcResult>> futures = new ArrayList<>();
			calls.forEach(c -> futures.add(pool.submit(c)));
			ready.await();
			go.countDown();
			Map<Integer, Integer> statuses = new TreeMap<>();
			for (Future<MvcResult> f : futures) {
				MvcResult r = f.get();
				statuses.merge(r.getResponse().getStatus(), 1, Integer::sum);
				synchronized (this) {
					if (r.getResponse().getStatus() < 300) {
						onResult.accept(r);
					}
				}
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long register(int i) throws Exception {
		MvcResult r = mvc.perform(post("/api/cases").with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(lead(i))).andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		return JSON.readTree(r.getResponse().getContentAsString()).path("id").asLong();
	}

	private long highestLeadSequence() {
		return jdbc.queryForList("SELECT lead_number FROM enforcement_case WHERE bureau_id = 2", String.class)
			.stream()
			.mapToLong(ConcurrencyMariaDbIT::sequence)
			.max()
			.orElse(0);
	}

	private static int sequence(String number) {
		return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
	}

	private String lead(int i) {
		long enterprise = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE bureau_id = 2", Long.class);
		return """
				{"source":"DATA_REVIEW","enterpriseId":%s,"cause":"涉嫌提供不真实统计资料（并发登记第%d条）",
				 "findings":"该单位2026年三季度报表营业收入环比增长明显高于用电量增幅，需核查原始记录。","conductDate":"%s"}"""
			.formatted(enterprise, i, LocalDate.now().minusDays(20));
	}

}

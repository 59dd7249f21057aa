package cn.statenforce.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP load on the running application: {@code users} virtual users, each signed in once (an API token from
 * {@code POST /api/auth/token}), each working through its own mix of requests for a bounded number of rounds
 * against 127.0.0.1 only. Latencies per endpoint as p50/p95/p99.
 */
final class HttpLoad {

	static final ObjectMapper JSON = new ObjectMapper();

	final String base;

	final HttpClient http;

	HttpLoad(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(8)).build();
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ProvinceData.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** One authentication (BCrypt once), then the token for every request. */
	String token(String user) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
			.header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("token for " + user + ": " + r.statusCode() + " " + r.body());
		}
		return "Bearer " + JSON.readTree(r.body()).get("accessToken").asText();
	}

	HttpResponse<String> get(String auth, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Accept", "application/json").timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String auth, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Content-Type", "application/json").timeout(Duration.ofSeconds(600))
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	JsonNode json(HttpResponse<String> r, int expected) throws Exception {
		if (r.statusCode() != expected) {
			throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
		}
		return JSON.readTree(r.body());
	}

	/** A virtual user: its credentials and the requests it makes (name → path for the round). */
	record VirtualUser(String username, String auth, List<Map.Entry<String, Function<Random, String>>> mix) {
	}

	/** Latency figures of one endpoint, in milliseconds. */
	record Latency(String endpoint, int requests, int errors, double p50, double p95, double p99, double max, double mean) {

		static Latency of(String endpoint, List<Long> nanos, int errors) {
			long[] a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			if (a.length == 0) {
				return new Latency(endpoint, 0, errors, 0, 0, 0, 0, 0);
			}
			return new Latency(endpoint, a.length, errors, pct(a, 50), pct(a, 95), pct(a, 99), a[a.length - 1] / 1e6,
					Arrays.stream(a).average().orElse(0) / 1e6);
		}

		static double pct(long[] sorted, double p) {
			int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
		}

	}

	/** Runs {@code rounds} rounds of every user's mix at once (all users concurrently), without pauses. */
	Map<String, Latency> run(List<VirtualUser> users, int rounds, long seed) throws Exception {
		return run(users, rounds, seed, 0);
	}

	/**
	 * As {@link #run(List, int, long)}, each user pausing between two requests for a think time drawn evenly from
	 * 0.5 to 1.5 times {@code thinkMs} (reading the list or the page before the next click), and starting after a
	 * delay drawn from 0 to {@code thinkMs}; 0 for none.
	 */
	Map<String, Latency> run(List<VirtualUser> users, int rounds, long seed, int thinkMs) throws Exception {
		Map<String, List<Long>> times = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
		Map<String, String> firstError = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		List<Future<?>> fs = new ArrayList<>();
		for (int u = 0; u < users.size(); u++) {
			VirtualUser vu = users.get(u);
			Random r = new Random(seed + u);
			Random think = new Random(seed * 31 + u);
			fs.add(pool.submit(() -> {
				if (thinkMs > 0) {
					// people do not all click at the same millisecond: each user starts within one think time
					Thread.sleep(think.nextInt(thinkMs + 1));
				}
				for (int i = 0; i < rounds; i++) {
					for (Map.Entry<String, Function<Random, String>> e : vu.mix()) {
						String path = e.getValue().apply(r);
						long t0 = System.nanoTime();
						int status;
						String body;
						try {
							HttpResponse<String> res = get(vu.auth(), path);
							status = res.statusCode();
							body = res.body();
						}
						catch (Exception ex) {
							status = -1;
							body = ex.toString();
						}
						long dt = System.nanoTime() - t0;
						if (thinkMs > 0) {
							Thread.sleep(thinkMs / 2 + think.nextInt(thinkMs + 1));
						}
						if (status == 200) {
							times.computeIfAbsent(e.getKey(), k -> Collections.synchronizedList(new ArrayList<>())).add(dt);
						}
						else {
							errors.computeIfAbsent(e.getKey(), k -> new AtomicInteger()).incrementAndGet();
							firstError.putIfAbsent(e.getKey(), status + " " + path + " " + body.substring(0, Math.min(300, body.length())));
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> f : fs) {
			f.get();
		}
		pool.shutdown();
		firstError.forEach((k, v) -> System.out.println("[bench] first error of " + k + ": " + v));
		Map<String, Latency> out = new LinkedHashMap<>();
		for (String k : new java.util.TreeSet<>(union(times.keySet(), errors.keySet()))) {
			out.put(k, Latency.of(k, times.getOrDefault(k, List.of()), errors.containsKey(k) ? errors.get(k).get() : 0));
		}
		return out;
	}

	/** Sequential latency of one request, {@code n} times (after the load, on a quiet server). */
	Latency sequential(String name, String auth, String path, int n) throws Exception {
		List<Long> t = new ArrayList<>();
		int errors = 0;
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> r = get(auth, path);
			long dt = System.nanoTime() - t0;
			if (r.statusCode() == 200) {
				t.add(dt);
			}
			else {
				errors++;
				System.out.println("[bench] " + name + " answered " + r.statusCode() + ": " + r.body());
			}
		}
		return Latency.of(name, t, errors);
	}

	private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
		java.util.Set<String> s = new java.util.HashSet<>(a);
		s.addAll(b);
		return s;
	}

}

package cn.statenforce.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/statenforce-*.jar}) as a production JVM of its own: profile
 * {@code mysql} on a bench database, job executor on, a fixed heap and a GC log from which the heap after
 * warm-up (after a full collection) and at peak are read.
 */
final class AppProcess implements AutoCloseable {

	static final Pattern GC = Pattern.compile("Pause ([A-Za-z ]+?)(?: \\([^)]*\\))* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

	final Process process;

	final Path gcLog;

	final long startupMs;

	final Path dir;

	final int port;

	AppProcess(Path jar, String db, int port, String heap, Path dir) throws Exception {
		this.dir = dir;
		this.port = port;
		Files.createDirectories(dir);
		gcLog = dir.resolve("gc.log");
		Files.deleteIfExists(gcLog);
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-Xms256m", "-Xlog:gc:file=" + gcLog + ":uptime", "-Duser.timezone=Asia/Shanghai",
				"-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--spring.profiles.active=mysql",
				"--spring.datasource.url=" + BenchDb.appUrl(db), "--spring.datasource.username=" + BenchDb.USER,
				"--spring.datasource.password=" + BenchDb.PASSWORD, "--server.port=" + port,
				"--logging.file.name=" + dir.resolve("app.log"), "--statenforce.demo-data.enabled=false"));
		long t0 = System.nanoTime();
		process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.currentTimeMillis() + 600_000;
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("application exited: see " + dir.resolve("stdout.log"));
			}
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && r.body().contains("UP")) {
					break;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("application did not start within 10 minutes");
			}
			Thread.sleep(200);
		}
		startupMs = (System.nanoTime() - t0) / 1_000_000;
	}

	/** "Started StatEnforceApplication in 23.4 seconds" as the application reports it. */
	Double reportedStartupSeconds() throws IOException {
		Matcher m = Pattern.compile("Started StatEnforceApplication in ([0-9.]+) seconds").matcher(
				Files.readString(dir.resolve("stdout.log")));
		return m.find() ? Double.valueOf(m.group(1)) : null;
	}

	/** Forces a full collection (jcmd GC.run) and returns the heap in use after it, in MB. */
	long heapAfterFullGc() throws Exception {
		int before = gcEvents().size();
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(process.pid()), "GC.run").redirectErrorStream(true).start();
		p.waitFor(60, TimeUnit.SECONDS);
		for (int i = 0; i < 50; i++) {
			List<long[]> events = gcEvents();
			for (int k = events.size() - 1; k >= before; k--) {
				if (events.get(k)[0] == 1) {
					return events.get(k)[2];
				}
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no full GC in " + gcLog);
	}

	/** Each collection: {full ? 1 : 0, before MB, after MB, heap size MB}. */
	List<long[]> gcEvents() throws IOException {
		List<long[]> out = new ArrayList<>();
		if (!Files.exists(gcLog)) {
			return out;
		}
		for (String line : Files.readAllLines(gcLog)) {
			Matcher m = GC.matcher(line);
			if (m.find()) {
				out.add(new long[] { m.group(1).startsWith("Full") ? 1 : 0, Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
						Long.parseLong(m.group(4)) });
			}
		}
		return out;
	}

	/** The largest heap in use seen before any collection, and the largest left after one (MB). */
	long[] peaks() throws IOException {
		long before = 0;
		long after = 0;
		long size = 0;
		for (long[] e : gcEvents()) {
			before = Math.max(before, e[1]);
			after = Math.max(after, e[2]);
			size = Math.max(size, e[3]);
		}
		return new long[] { before, after, size };
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

}

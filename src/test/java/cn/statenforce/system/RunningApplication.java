package cn.statenforce.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/statenforce-*.jar}, built by {@code package} before Failsafe runs)
 * as a child process on a free port, with its own working directory (so the embedded default database is
 * {@code <dir>/data/statenforce}), killed with SIGKILL and started again on the same directory.
 */
public final class RunningApplication {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Path workDir;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final int port;

	private Process process;

	private int starts;

	RunningApplication(Path workDir, Map<String, String> environment, List<String> arguments) throws IOException {
		this(workDir, environment, arguments, freePort());
	}

	/** On the given port (the reliability tests use fixed ports, see their classes). */
	public RunningApplication(Path workDir, Map<String, String> environment, List<String> arguments, int port) {
		this.workDir = workDir;
		this.environment = environment;
		this.arguments = arguments;
		this.port = port;
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** What a one-off command run of the jar printed and how it exited. */
	public record CommandOutcome(int exitCode, String output) {
	}

	/**
	 * Runs the jar once more as a command (no job executor; its web server on {@code commandPort}, as the security
	 * configuration needs a servlet context) with the same environment and arguments plus {@code extra}, and waits
	 * for it to exit.
	 */
	public CommandOutcome runCommand(int commandPort, List<String> extra) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-jar", jar().toString(),
				"--camunda.bpm.job-execution.enabled=false"));
		command.addAll(arguments);
		command.addAll(extra);
		command.add("--server.port=" + commandPort);
		Path log = workDir.resolve("command-" + System.nanoTime() + ".log");
		ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		pb.environment().putAll(environment);
		Process p = pb.start();
		if (!p.waitFor(START_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException("the command did not finish within " + START_TIMEOUT);
		}
		return new CommandOutcome(p.exitValue(), Files.readString(log));
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	/** Starts the application and waits until it answers its health check. Returns the start-up time. */
	public Duration start() throws IOException, InterruptedException {
		starts++;
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-jar", jar().toString(),
				"--server.port=" + port));
		command.addAll(arguments);
		ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("console-" + starts + ".log").toFile());
		pb.environment().putAll(environment);
		Instant begin = Instant.now();
		process = pb.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		while (Duration.between(begin, Instant.now()).compareTo(START_TIMEOUT) < 0) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + consoleTail());
			}
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && r.body().contains("UP")) {
					return Duration.between(begin, Instant.now());
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		kill();
		throw new IllegalStateException("the application did not start within " + START_TIMEOUT + ":\n" + consoleTail());
	}

	/** SIGKILL: no shutdown hook, no graceful close of the pool or the database. */
	public void kill() throws IOException, InterruptedException {
		if (process == null || !process.isAlive()) {
			return;
		}
		Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			process.destroyForcibly();
		}
		process.waitFor();
	}

	public String consoleTail() {
		try {
			List<String> lines = Files.readAllLines(workDir.resolve("console-" + starts + ".log"));
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no console log: " + e + ")";
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The packaged jar (or the one named by system property statenforce.crash-test.jar). */
	static Path jar() throws IOException {
		String configured = System.getProperty("statenforce.crash-test.jar");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		try (Stream<Path> s = Files.list(Path.of("target"))) {
			return s.filter(p -> p.getFileName().toString().matches("statenforce-.*\\.jar"))
				.map(Path::toAbsolutePath)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/statenforce-*.jar: run the package phase first"));
		}
	}

}

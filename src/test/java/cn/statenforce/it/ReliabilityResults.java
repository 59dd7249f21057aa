package cn.statenforce.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The figures of the reliability tests (requests, failures, time): printed, and appended as one Markdown line each
 * to {@code target/reliability-results.md} (README, "Reliability"). A failing test writes its line before it fails.
 */
final class ReliabilityResults {

	static final Path FILE = Path.of("target", "reliability-results.md");

	private ReliabilityResults() {
	}

	static synchronized void record(String test, String figures) {
		String line = "| " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " | " + test
				+ " | " + figures.replace("|", "/") + " |";
		System.out.println("[reliability] " + test + ": " + figures);
		try {
			Files.createDirectories(FILE.getParent());
			if (!Files.exists(FILE)) {
				Files.writeString(FILE, "# Reliability test figures\n\n| when | test | figures |\n|---|---|---|\n",
						StandardCharsets.UTF_8);
			}
			Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot write " + FILE, e);
		}
	}

}

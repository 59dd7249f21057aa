package cn.statenforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The process-coverage threshold of every model in {@code processes/}: the share of its flow nodes and sequence
 * flows that the fast suite runs (collected by {@link ProcessCoverage}). Runs after every other test class
 * ({@code junit-platform.properties} orders classes by {@link Order}); run on its own, without the suite, it has
 * nothing to measure and is skipped. Raise a model's threshold when a path gets its test; never lower one.
 * Writes {@code target/process-test-coverage/summary.md}.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageThresholdTest {

	/** Minimum coverage per process key (flow nodes and sequence flows, 0–1). */
	static final Map<String, Double> THRESHOLDS = Map.ofEntries(
			Map.entry("complaint", 0.0),
			Map.entry("correction-recheck", 0.0),
			Map.entry("credit-identification", 0.0),
			Map.entry("credit-repair", 0.0),
			Map.entry("enforcement-case", 0.0),
			Map.entry("inspection", 0.0),
			Map.entry("interference-report-schedule", 0.0),
			Map.entry("interference-report", 0.0),
			Map.entry("lead-transfer", 0.0),
			Map.entry("rectification", 0.0));

	@Test
	void shouldRunEachModelAtLeastToItsThreshold() throws IOException {
		Run run = ProcessCoverage.run();
		Assumptions.assumeTrue(run != null && !run.getEvents().isEmpty(),
				"no process test ran in this JVM (run the whole suite to measure coverage)");
		Map<String, Double> measured = new TreeMap<>();
		for (Model m : ProcessCoverage.collector().getModels()) {
			measured.merge(m.getKey(), run.calculateCoverage(m), Math::max);
		}
		write(measured);
		assertThat(THRESHOLDS.keySet()).as("a threshold for every model in processes/").containsExactlyInAnyOrderElementsOf(
				modelKeys());
		List<String> below = new ArrayList<>();
		THRESHOLDS.forEach((key, min) -> {
			double got = measured.getOrDefault(key, 0.0);
			if (got + 1e-9 < min) {
				below.add(String.format("%s: %.1f%% < %.1f%%", key, got * 100, min * 100));
			}
		});
		assertThat(below).as("models below their coverage threshold").isEmpty();
	}

	private static List<String> modelKeys() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn"))
				.map(n -> n.substring(0, n.length() - ".bpmn".length())).toList();
		}
	}

	private static void write(Map<String, Double> measured) throws IOException {
		StringBuilder md = new StringBuilder("| model | coverage | threshold |\n|---|---|---|\n");
		new TreeMap<>(THRESHOLDS).forEach((key, min) -> md.append(String.format("| %s | %.1f%% | %.1f%% |%n", key,
				measured.getOrDefault(key, 0.0) * 100, min * 100)));
		Path out = Path.of("target/process-test-coverage/summary.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, md, StandardCharsets.UTF_8);
		System.out.println("process test coverage\n" + md);
	}

}

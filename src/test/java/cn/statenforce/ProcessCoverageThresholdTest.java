package cn.statenforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The process-coverage threshold of every model in {@code processes/}: the share of its flow nodes and sequence
 * flows (as the file defines them) that the fast suite runs (events collected by {@link ProcessCoverage}). Runs after every other test class
 * ({@code junit-platform.properties} orders classes by {@link Order}); run on its own, without the suite, it has
 * nothing to measure and is skipped. Raise a model's threshold when a path gets its test; never lower one.
 * Writes {@code target/process-test-coverage/summary.md}.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageThresholdTest {

	/**
	 * Minimum coverage per process key (flow nodes and sequence flows, 0–1), as measured when set: every model
	 * fully covered.
	 */
	static final Map<String, Double> THRESHOLDS = Map.ofEntries(
			Map.entry("complaint", 1.0),
			Map.entry("correction-recheck", 1.0),
			Map.entry("credit-identification", 1.0),
			Map.entry("credit-repair", 1.0),
			Map.entry("enforcement-case", 1.0),
			Map.entry("inspection", 1.0),
			Map.entry("inspection-plan", 1.0),
			Map.entry("interference-report-schedule", 1.0),
			Map.entry("interference-report", 1.0),
			Map.entry("lead-transfer", 1.0),
			Map.entry("rectification", 1.0));

	@Test
	void shouldRunEachModelAtLeastToItsThreshold() throws IOException {
		Run run = ProcessCoverage.run();
		Assumptions.assumeTrue(run != null && !run.getEvents().isEmpty(),
				"no process test ran in this JVM (run the whole suite to measure coverage)");
		assertThat(THRESHOLDS.keySet()).as("a threshold for every model in processes/").containsExactlyInAnyOrderElementsOf(
				modelKeys());
		Map<String, Coverage> measured = new TreeMap<>();
		for (String key : modelKeys()) {
			measured.put(key, Coverage.of(key, run));
		}
		write(measured);
		List<String> below = new ArrayList<>();
		THRESHOLDS.forEach((key, min) -> {
			double got = measured.get(key).share();
			if (got + 1e-9 < min) {
				below.add(String.format("%s: %.1f%% < %.1f%%, not run: %s", key, got * 100, min * 100,
						measured.get(key).missed()));
			}
		});
		assertThat(below).as("models below their coverage threshold").isEmpty();
	}

	/**
	 * The coverage of one model as the file in {@code processes/} defines it: its flow nodes and sequence flows
	 * (inside subprocesses too), and those of them that the run passed.
	 */
	record Coverage(Set<String> elements, Set<String> passed) {

		static Coverage of(String key, Run run) {
			BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + key + ".bpmn"));
			Set<String> elements = new TreeSet<>();
			model.getModelElementsByType(FlowNode.class).forEach(n -> elements.add(n.getId()));
			model.getModelElementsByType(SequenceFlow.class).forEach(f -> elements.add(f.getId()));
			Set<String> passed = new TreeSet<>();
			for (Event e : run.getEvents()) {
				if (key.equals(e.getModelKey()) && elements.contains(e.getDefinitionKey())) {
					passed.add(e.getDefinitionKey());
				}
			}
			return new Coverage(elements, passed);
		}

		double share() {
			return elements.isEmpty() ? 1.0 : (double) passed.size() / elements.size();
		}

		Set<String> missed() {
			Set<String> m = new TreeSet<>(elements);
			m.removeAll(passed);
			return m;
		}

	}

	private static List<String> modelKeys() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn"))
				.map(n -> n.substring(0, n.length() - ".bpmn".length())).toList();
		}
	}

	private static void write(Map<String, Coverage> measured) throws IOException {
		StringBuilder md = new StringBuilder(
				"| model | elements | passed | coverage | threshold | not run |\n|---|---|---|---|---|---|\n");
		measured.forEach((key, c) -> md.append(String.format("| %s | %d | %d | %.1f%% | %.1f%% | %s |%n", key,
				c.elements().size(), c.passed().size(), c.share() * 100, THRESHOLDS.get(key) * 100,
				String.join(", ", c.missed()))));
		Path out = Path.of("target/process-test-coverage/summary.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, md, StandardCharsets.UTF_8);
		System.out.println("process test coverage\n" + md);
	}

}

package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One home per rule, inspection side: the summary procedure's limits and the statutory windows are the
 * {@code penalty} rules' ({@code statenforce.penalty.*}); the inspection capability holds no amount of its own
 * and computes no window inline from a number (its own settings come from {@link InspectionProperties}).
 */
class InspectionRuleHomeTest {

	static final Path SOURCES = Path.of("src/main/java/cn/statenforce/inspection");

	/** a money amount written into the code, e.g. {@code new BigDecimal("3000")} */
	static final Pattern AMOUNT = Pattern.compile("new\\s+BigDecimal\\s*\\(\\s*\"?\\d");

	/** a window counted inline from a number, e.g. {@code plusDays(15)} or {@code addWorkingDays(d, 7)} */
	static final Pattern INLINE_WINDOW = Pattern
		.compile("(plus|minus)(Days|Weeks|Months|Years)\\(\\s*[2-9]|(plus|minus)(Days|Weeks|Months|Years)\\(\\s*\\d{2,}|addWorkingDays\\([^;]*,\\s*\\d+\\s*\\)");

	@Test
	void shouldTakeAmountsAndWindowsFromTheRulesAndSettings() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(f);
				for (int n = 0; n < lines.size(); n++) {
					String line = lines.get(n).strip();
					if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
						continue;
					}
					for (Pattern p : List.of(AMOUNT, INLINE_WINDOW)) {
						Matcher m = p.matcher(line);
						if (m.find()) {
							found.add(SOURCES.relativize(f) + ":" + (n + 1) + " " + line);
						}
					}
				}
			}
		}
		assertThat(found).as("amounts and windows written into the inspection capability").isEmpty();
	}

	@Test
	void shouldAskThePenaltyRulesWhetherASummaryFineIsAllowed() throws IOException {
		String service = Files.readString(SOURCES.resolve("InspectionService.java"));
		assertThat(service).contains("penaltyRules.checkSummaryProcedure(").doesNotContain("SUMMARY_FINE_");
	}

}

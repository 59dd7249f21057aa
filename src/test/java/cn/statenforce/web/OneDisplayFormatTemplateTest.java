package cn.statenforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every template prints dates and numbers through the one helper ({@code @fmt}, {@link cn.statenforce.shared.DisplayFormats}):
 * no {@code #temporals}/{@code #dates}/{@code #calendars} formatting, no {@code #numbers.format…}, no date pattern
 * written into a template, no {@code toString()} of a value on a page. The page walk ({@link NoEnglishOnScreensTest})
 * checks what the pages then show.
 */
class OneDisplayFormatTemplateTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<Pattern> OTHER_FORMATS = List.of(
			Pattern.compile("#temporals\\.(format|day|month|year|dayOfWeek|hour|minute)\\w*"),
			Pattern.compile("#dates\\.\\w+"), Pattern.compile("#calendars\\.\\w+"),
			Pattern.compile("#numbers\\.format\\w*"),
			Pattern.compile("'[^']*(yyyy|MM-dd|HH:mm|M月d日)[^']*'"),
			Pattern.compile("\\.toString\\(\\)"),
			Pattern.compile("String\\.format|T\\(java\\.time"));

	@Test
	void shouldFormatDatesAndNumbersOnlyThroughTheOneHelper() throws IOException {
		TreeSet<String> found = new TreeSet<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(TEMPLATES)) {
			files = walk.filter(p -> p.toString().endsWith(".html")).toList();
		}
		assertThat(files).hasSizeGreaterThan(50);
		for (Path p : files) {
			List<String> lines = Files.readAllLines(p);
			for (int i = 0; i < lines.size(); i++) {
				for (Pattern bad : OTHER_FORMATS) {
					Matcher m = bad.matcher(lines.get(i));
					while (m.find()) {
						found.add(TEMPLATES.relativize(p) + ":" + (i + 1) + " " + m.group());
					}
				}
			}
		}
		assertThat(found).as("dates or numbers formatted other than through @fmt").isEmpty();
		// and the helper is what the templates use
		try (Stream<Path> walk = Files.walk(TEMPLATES)) {
			assertThat(walk.filter(p -> p.toString().endsWith(".html")).filter(p -> {
				try {
					return Files.readString(p).contains("@fmt.dateTime(");
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).count()).isGreaterThan(20);
		}
	}

	@Test
	void shouldCatchAnotherFormat() {
		String line = "<td th:text=\"${#temporals.format(a.occurredAt(), 'yyyy/MM/dd')}\"></td>";
		assertThat(OTHER_FORMATS.stream().filter(p -> p.matcher(line).find()).count()).isEqualTo(2);
		assertThat(OTHER_FORMATS.stream().anyMatch(p -> p.matcher("<td th:text=\"${@fmt.dateTime(a.occurredAt())}\"></td>").find()))
			.isFalse();
	}

}

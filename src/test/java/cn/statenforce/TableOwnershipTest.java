package cn.statenforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table is written by one capability only: a capability that needs another's data changed asks the owner's
 * service (a port such as {@code EnterpriseService.recordLastInspection} or {@code EnterpriseImports}), it does
 * not write the owner's table itself. Reads the SQL as written in the sources: the mapper XML beside each mapper
 * and the SQL strings of the plain-JDBC writers.
 */
class TableOwnershipTest {

	private static final Path MAIN = Path.of("src/main/java/cn/statenforce");

	private static final Pattern WRITE = Pattern.compile(
			"\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|REPLACE\\s+INTO)\\s+`?([a-z][a-z0-9_]*)\\b(?!\\s*=)",
			Pattern.CASE_INSENSITIVE);

	@Test
	void shouldLetOneCapabilityWriteEachTable() {
		Map<String, Set<String>> writers = writersByTable();
		Map<String, Set<String>> shared = new TreeMap<>();
		writers.forEach((table, capabilities) -> {
			if (capabilities.size() > 1) {
				shared.put(table, capabilities);
			}
		});
		assertThat(shared).as("tables written by more than one capability").isEmpty();
	}

	@Test
	void shouldFindTheWritesOfTheDirectoryAndTheInspection() {
		// the scan itself: it must see the directory's own writes (mapper XML and the import's JDBC strings)
		Map<String, Set<String>> writers = writersByTable();
		assertThat(writers.get("enterprise")).containsExactly("directory");
		assertThat(writers.get("inspection")).containsExactly("inspection");
	}

	private static Map<String, Set<String>> writersByTable() {
		Map<String, Set<String>> writers = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".java")).forEach(p -> {
				String capability = MAIN.relativize(p).getName(0).toString();
				Matcher m = WRITE.matcher(sql(p));
				while (m.find()) {
					String table = m.group(1).toLowerCase();
					if (!table.equals("set")) {
						writers.computeIfAbsent(table, t -> new TreeSet<>()).add(capability);
					}
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return writers;
	}

	/** The SQL of a file: a mapper XML whole, a Java file's string literals only (not its comments or code). */
	private static String sql(Path p) {
		try {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			if (p.toString().endsWith(".xml")) {
				return text;
			}
			StringBuilder literals = new StringBuilder();
			Matcher m = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(text);
			while (m.find()) {
				literals.append(m.group(1)).append('\n');
			}
			return literals.toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

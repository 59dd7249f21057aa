package cn.statenforce.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The limits in {@link TextLimits} are the columns' widths as the migration declares them, and clip counts characters. */
class TextLimitsTest {

	private static int width(String ddl, String table, String column) {
		Matcher t = Pattern.compile("CREATE TABLE " + table + " \\((.*?)\\) ENGINE", Pattern.DOTALL).matcher(ddl);
		assertThat(t.find()).as(table).isTrue();
		Matcher c = Pattern.compile("\\n\\s*" + column + "\\s+VARCHAR\\((\\d+)\\)").matcher(t.group(1));
		assertThat(c.find()).as(table + "." + column).isTrue();
		return Integer.parseInt(c.group(1));
	}

	@Test
	void shouldMatchTheColumnsOfThePlatformTables() throws Exception {
		String ddl = Files.readString(Path.of("sql/schema/V1_3__platform_services.sql"));
		assertThat(TextLimits.OPINION).isEqualTo(width(ddl, "activity_log", "opinion"));
		assertThat(TextLimits.DETAIL).isEqualTo(width(ddl, "activity_log", "detail"));
		assertThat(TextLimits.TITLE).isEqualTo(width(ddl, "notification", "title"));
		assertThat(TextLimits.BODY).isEqualTo(width(ddl, "notification", "body"));
		assertThat(TextLimits.LINK).isEqualTo(width(ddl, "notification", "link"));
	}

	@Test
	void shouldClipByCharactersAsTheDatabaseCountsThem() {
		assertThat(TextLimits.clip(null, 5)).isNull();
		assertThat(TextLimits.clip("统计执法", 4)).isEqualTo("统计执法");
		assertThat(TextLimits.clip("统计执法检查", 4)).isEqualTo("统计执…");
		// a 4-byte character is one character and is never cut in half
		assertThat(TextLimits.clip("𠮷𠮷𠮷𠮷", 4)).isEqualTo("𠮷𠮷𠮷𠮷");
		assertThat(TextLimits.clip("𠮷𠮷𠮷𠮷𠮷", 4)).isEqualTo("𠮷𠮷𠮷…");
	}

}

package cn.statenforce.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rewrites bench/results.md from bench/results.json and bench/analysis.md without running anything:
 * {@code ./mvnw -q test -Dexcluded.test.groups=none -Dgroups=bench -Dtest=ResultsMarkdown}.
 */
@Tag("bench")
class ResultsMarkdown {

	@Test
	void rewrite() throws Exception {
		Results.rewriteMarkdown();
	}

}

package cn.statenforce.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;

import cn.statenforce.StatEnforceTest;

/** The inspection benchmark on the in-memory H2 of the test profile; appends to bench/results-h2.md. */
@Tag("bench")
@StatEnforceTest
class InspectionBenchmark extends InspectionBench {

	@Override
	Path resultsFile() {
		return Path.of("bench", "results-h2.md");
	}

	@Override
	String database() {
		return "H2 in memory (MySQL mode)";
	}

}

package cn.statenforce.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;

import cn.statenforce.StatEnforceMariaDbIT;

/**
 * The inspection benchmark (draw and import only) on MariaDB through MySQL Connector/J, in the configuration of
 * the MariaDB integration tests: the database named by {@code STATENFORCE_IT_DB_NAME} is recreated first. Prints
 * its section and appends it to target/bench-inspection-mariadb.md (bench/results.md is the full run's).
 */
@Tag("bench")
@StatEnforceMariaDbIT
class InspectionMariaDbBenchmark extends InspectionBench {

	@Override
	Path resultsFile() {
		return Path.of("target", "bench-inspection-mariadb.md");
	}

	@Override
	String database() {
		return "MariaDB through Connector/J (database " + System.getenv().getOrDefault("STATENFORCE_IT_DB_NAME",
				"statenforce_it") + ")";
	}

}

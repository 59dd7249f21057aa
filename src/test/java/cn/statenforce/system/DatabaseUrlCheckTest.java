package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlCheckTest {

	@Test
	void shouldAcceptTheDocumentedUrlAndH2() {
		assertThat(DatabaseUrlCheck.problems(
				"jdbc:mysql://db:3306/statenforce?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"))
			.isEmpty();
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:file:./data/statenforce;MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
			.isEmpty();
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:mem:statenforce-test;MODE=MySQL;DB_CLOSE_DELAY=-1")).isEmpty();
	}

	@Test
	void shouldRequireDurableCommitsOnAFileBasedH2() {
		String problem = "add WRITE_DELAY=0 (otherwise H2 loses acknowledged commits when the process is killed)";
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:file:./data/statenforce;MODE=MySQL")).containsExactly(problem);
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:./data/statenforce;WRITE_DELAY=500")).containsExactly(problem);
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:~/statenforce;WRITE_DELAY=05;MODE=MySQL")).containsExactly(problem);
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:file:/srv/statenforce;write_delay=0;MODE=MySQL")).isEmpty();
	}

	@Test
	void shouldNameEveryMissingOrHarmfulSetting() {
		assertThat(DatabaseUrlCheck.problems("jdbc:mysql://db:3306/statenforce?rewriteBatchedStatements=true"))
			.containsExactly("add sendFractionalSeconds=false", "add nullDatabaseMeansCurrent=true",
					"remove rewriteBatchedStatements=true");
		assertThat(DatabaseUrlCheck.problems("jdbc:mysql://db/x?sendFractionalSeconds=false&nullCatalogMeansCurrent=true"))
			.isEmpty();
	}

}

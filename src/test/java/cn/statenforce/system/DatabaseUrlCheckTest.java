package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlCheckTest {

	@Test
	void shouldAcceptTheDocumentedUrlAndH2() {
		assertThat(DatabaseUrlCheck.problems(
				"jdbc:mysql://db:3306/statenforce?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"))
			.isEmpty();
		assertThat(DatabaseUrlCheck.problems("jdbc:h2:file:./data/statenforce;MODE=MySQL")).isEmpty();
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

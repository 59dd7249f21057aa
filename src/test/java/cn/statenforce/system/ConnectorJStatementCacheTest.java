package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

class ConnectorJStatementCacheTest {

	@Test
	void shouldCacheParsedStatementsOnMySqlFamilyUrlsOnly() {
		try (HikariDataSource mysql = new HikariDataSource(); HikariDataSource mariadb = new HikariDataSource();
				HikariDataSource h2 = new HikariDataSource()) {
			mysql.setJdbcUrl("jdbc:mysql://db:3306/statenforce?sendFractionalSeconds=false");
			mariadb.setJdbcUrl("JDBC:MariaDB://db/statenforce");
			h2.setJdbcUrl("jdbc:h2:file:./data/statenforce;MODE=MySQL;WRITE_DELAY=0");
			new ConnectorJStatementCache().postProcessAfterInitialization(mysql, "dataSource");
			ConnectorJStatementCache.apply(mariadb);
			ConnectorJStatementCache.apply(h2);
			assertThat(mysql.getDataSourceProperties()).containsEntry("cachePrepStmts", "true")
				.containsEntry("prepStmtCacheSize", "500").containsEntry("prepStmtCacheSqlLimit", "16384");
			assertThat(mariadb.getDataSourceProperties()).containsEntry("cachePrepStmts", "true");
			assertThat(h2.getDataSourceProperties()).isEmpty();
		}
	}

}

package cn.statenforce.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On MySQL/MariaDB, has Connector/J keep the parse of each prepared statement per connection. Without it the driver
 * parses every statement's SQL text on the client ({@code QueryInfo}) each time it is prepared: a sixth of a case
 * step's Java time in the benchmark (bench/analysis.md). The limit covers the engine's and our longest statements;
 * statements stay client-side prepared. Applied to the pool before its first connection, whatever profile or URL
 * configured it (H2 refuses unknown connection settings, so only MySQL-family URLs get them).
 */
@Component
public class ConnectorJStatementCache implements BeanPostProcessor {

	/** The driver settings, also given to the benchmark's bare engine so that its comparison stays fair. */
	public static final Map<String, String> PROPERTIES = Map.of("cachePrepStmts", "true", "prepStmtCacheSize", "500",
			"prepStmtCacheSqlLimit", "16384");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource ds) {
			apply(ds);
		}
		return bean;
	}

	/** Adds the settings to a pool on a MySQL-family URL; others are left as they are. */
	public static void apply(HikariDataSource ds) {
		String url = ds.getJdbcUrl() == null ? "" : ds.getJdbcUrl().toLowerCase(Locale.ROOT);
		if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
			PROPERTIES.forEach(ds::addDataSourceProperty);
		}
	}

}

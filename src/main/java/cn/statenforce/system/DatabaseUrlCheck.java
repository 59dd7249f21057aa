package cn.statenforce.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on MySQL/MariaDB without the Connector/J settings Camunda needs, before any bean (and so
 * before the engine) is created:
 * <ul>
 * <li>{@code sendFractionalSeconds=false}: the engine's tables keep seconds; without it due-date queries
 * miss rows;</li>
 * <li>{@code nullDatabaseMeansCurrent=true} (or the older {@code nullCatalogMeansCurrent=true}): otherwise the
 * engine's table check sees another schema's engine tables on the same server and skips creating its own;</li>
 * <li>no {@code rewriteBatchedStatements=true}: the engine's batch updates need affected-row counts.</li>
 * </ul>
 * and on a file-based H2 database (the embedded default) without {@code WRITE_DELAY=0}: by default H2 writes
 * committed transactions to its file up to 500 ms later, so a killed process loses commits it had already
 * acknowledged (and hands their numbers out again). With {@code WRITE_DELAY=0} every commit is written to the
 * file before it returns.
 */
@Component
class DatabaseUrlCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final Pattern H2_WRITE_DELAY_0 = Pattern.compile(";write_delay=0(;|$)");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems(environment.getProperty("spring.datasource.url", ""));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("spring.datasource.url is missing settings the process engine needs: "
					+ String.join("; ", problems));
		}
	}

	static List<String> problems(String url) {
		List<String> problems = new ArrayList<>();
		String u = url.toLowerCase(Locale.ROOT);
		if (u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:mem:") && !H2_WRITE_DELAY_0.matcher(u).find()) {
			problems.add("add WRITE_DELAY=0 (otherwise H2 loses acknowledged commits when the process is killed)");
		}
		if (!u.startsWith("jdbc:mysql:") && !u.startsWith("jdbc:mariadb:")) {
			return problems;
		}
		if (!u.contains("sendfractionalseconds=false")) {
			problems.add("add sendFractionalSeconds=false");
		}
		if (!u.contains("nulldatabasemeanscurrent=true") && !u.contains("nullcatalogmeanscurrent=true")) {
			problems.add("add nullDatabaseMeansCurrent=true");
		}
		if (u.contains("rewritebatchedstatements=true")) {
			problems.add("remove rewriteBatchedStatements=true");
		}
		return problems;
	}

}

package cn.statenforce.system;

import java.util.ArrayList;
import java.util.List;

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
 */
@Component
class DatabaseUrlCheck implements BeanFactoryPostProcessor, EnvironmentAware {

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
		String u = url.toLowerCase();
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

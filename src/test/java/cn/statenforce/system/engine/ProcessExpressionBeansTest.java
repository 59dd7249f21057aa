package cn.statenforce.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.statenforce.StatEnforceTest;

/**
 * The engine's {@code beans} map holds exactly the beans the models in processes/ name (plus the test
 * delegates of application-test.yaml), each a delegate or a helper of a capability's process package, and
 * none of the services. Fails when a model names a bean that is not exposed.
 */
@StatEnforceTest
class ProcessExpressionBeansTest {

	/** Root identifiers used as objects, e.g. the {@code rectificationAssignees} of {@code ${rectificationAssignees.owner(x)}}. */
	private static final Pattern OBJECT_ROOT = Pattern.compile("[$#]\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");

	private static final Pattern SIMPLE_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

	@Autowired
	ProcessExpressionBeans beans;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	@Autowired
	ApplicationContext context;

	@Test
	void shouldExposeEveryBeanTheModelsNameAndNothingElse() throws IOException {
		Set<String> delegates = new TreeSet<>();
		Set<String> objectRoots = new TreeSet<>();
		for (Path file : modelFiles()) {
			if (file.toString().endsWith(".bpmn")) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				List<String> expressions = new java.util.ArrayList<>();
				model.getModelElementsByType(ServiceTask.class).forEach(t -> expressions.add(t.getCamundaDelegateExpression()));
				model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
					.forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
				model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
					.forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
				for (String expression : expressions) {
					if (expression != null) {
						Matcher m = SIMPLE_EXPRESSION.matcher(expression);
						assertThat(m.matches()).as("delegate expression %s in %s", expression, file).isTrue();
						delegates.add(m.group(1));
					}
				}
			}
			Matcher m = OBJECT_ROOT.matcher(Files.readString(file));
			while (m.find()) {
				objectRoots.add(m.group(1));
			}
		}
		assertThat(delegates).as("delegates named by the models").hasSizeGreaterThanOrEqualTo(16);
		assertThat(objectRoots).as("objects named by the models").contains("enforcementCaseDueDates", "rectificationAssignees");
		// every object a model calls is a bean (process variables hold ids and flags, never objects)
		assertThat(objectRoots).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());

		Set<String> expected = new TreeSet<>(delegates);
		expected.addAll(objectRoots);
		expected.addAll(List.of("atomicityProbe", "failingStepProbe")); // statenforce.engine.extra-expression-beans of the test profile
		assertThat(beans.names()).isEqualTo(expected);
		assertThat(engineConfiguration.getBeans().keySet()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void shouldExposeOnlyDelegatesAndProcessHelpers() {
		for (String name : beans.names()) {
			Object bean = context.getBean(name);
			String pkg = AopUtils.getTargetClass(bean).getPackageName();
			assertThat(bean instanceof JavaDelegate || pkg.matches("cn\\.statenforce\\.[a-z]+\\.process"))
				.as("%s (%s)", name, pkg)
				.isTrue();
		}
	}

	@Test
	void shouldKeepServicesAndTheEngineOutOfExpressions() {
		for (String service : new String[] { "userService", "bureauService", "activityLog", "sequenceService",
				"runtimeService", "processEngineFactoryBean", "dataSource", "jdbcTemplate", "caseIntakeService" }) {
			assertThat(context.containsBean(service)).as("%s is a bean of this application", service).isTrue();
			assertThat(beans.names()).doesNotContain(service);
			assertThat(engineConfiguration.getBeans().containsKey(service)).as(service).isFalse();
		}
	}

	private static java.util.List<Path> modelFiles() throws IOException {
		try (Stream<Path> s = Files.walk(Path.of("processes"))) {
			return s.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).sorted().toList();
		}
	}

}

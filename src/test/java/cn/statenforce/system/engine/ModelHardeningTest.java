package cn.statenforce.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.system.TestProcesses;

/**
 * A model cannot reach arbitrary beans or reflection: the reported hostile model, models naming
 * {@code userService}/{@code bureauService}, reflective expressions, scripts and Java classes are refused at
 * deployment; what slips past the deployment check (JUEL in a DMN, an expression evaluated on a running
 * execution) is refused when it runs. What the models legitimately use still works.
 */
@StatEnforceTest
class ModelHardeningTest {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	DecisionService decisionService;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> deployments = new ArrayList<>();

	@AfterEach
	void removeTestDeployments() {
		deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
	}

	@Test
	void shouldRefuseTheReportedHostileModel() throws Exception {
		int bureaus = jdbc.queryForObject("SELECT COUNT(*) FROM bureau", Integer.class);
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/hostile/engine-back-door.bpmn"))) {
			assertThatThrownBy(() -> repositoryService.createDeployment().addInputStream("engine-back-door.bpmn", in).deploy())
				.isInstanceOf(ProcessEngineException.class)
				.hasMessageContaining("names bean 'bureauService', which is not exposed")
				.hasMessageContaining("uses 'getClass'");
		}
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("engine-back-door").count()).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bureau", Integer.class)).isEqualTo(bureaus);
		assertThat(Path.of("/tmp/statenforce-pwned")).doesNotExist();
	}

	@Test
	void shouldRefuseModelsNamingServiceBeans() {
		assertRefused(expressionTask("${userService.createUser('evil', '恶意', 'password-123', 1, null, null, null)}"),
				"names bean 'userService'");
		assertRefused(delegateTask("${bureauService}"), "names bean 'bureauService'");
		assertRefused(expressionTask("${runtimeService.startProcessInstanceByKey('enforcement-case')}"),
				"names bean 'runtimeService'");
	}

	@Test
	void shouldRefuseReflectiveExpressionsScriptsAndJavaClasses() {
		assertRefused(expressionTask("${''.getClass().forName('java.lang.System').exit(1)}"), "uses 'getClass'");
		assertRefused(expressionTask("${''.class.forName('java.lang.System')}"), "uses 'class'");
		assertRefused(expressionTask("${execution.processEngine.runtimeService}"), "uses 'processEngine'");
		assertRefused(Bpmn.createExecutableProcess("hardening-probe").camundaHistoryTimeToLive(1).startEvent()
			.scriptTask().scriptFormat("javascript").scriptText("java.lang.System.exit(1)").endEvent().done(),
				"scripts are not allowed");
		assertRefused(Bpmn.createExecutableProcess("hardening-probe").camundaHistoryTimeToLive(1).startEvent()
			.serviceTask().camundaClass("org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior")
			.endEvent().done(), "attribute 'class' is not allowed");
	}

	@Test
	void shouldNotResolveUnexposedBeansWhenAnExpressionRuns() {
		deployDecision("hardening-bean", "${bureauService.bureaus()}");
		assertThatThrownBy(() -> decide("hardening-bean", Map.of())).rootCause()
			.hasMessageContaining("Cannot resolve identifier 'bureauService'");
		deployDecision("hardening-user", "${userService}");
		assertThatThrownBy(() -> decide("hardening-user", Map.of())).rootCause()
			.hasMessageContaining("Cannot resolve identifier 'userService'");
	}

	@Test
	void shouldRefuseReflectionWhenAnExpressionRuns() {
		deployDecision("hardening-reflection", "${'x'.getClass().forName('java.lang.System')}");
		assertThatThrownBy(() -> decide("hardening-reflection", Map.of())).rootCause()
			.hasMessageContaining("expression sandbox: 'getClass' of java.lang.String");
		deployDecision("hardening-class", "${name.class}");
		assertThatThrownBy(() -> decide("hardening-class", Map.of("name", "湘潭"))).rootCause()
			.hasMessageContaining("expression sandbox: 'class' of java.lang.String");
		deployDecision("hardening-stream", "${names.stream().findFirst()}");
		assertThatThrownBy(() -> decide("hardening-stream", Map.of("names", List.of("雨湖")))).rootCause()
			.hasMessageContaining("expression sandbox: 'findFirst'");
	}

	@Test
	void shouldLetExpressionsUseValuesExposedBeansAndTheExecutionsVariables() {
		deployDecision("hardening-values", "${name.length() + names.size()}");
		assertThat(decide("hardening-values", Map.of("name", "岳塘区", "names", List.of("a", "b")))).isEqualTo(5L);
		ExecutionEntity execution = waitingExecution();
		assertThat((Object) evaluate("${execution.getVariable('regionCode')}", execution)).isEqualTo("430302");
		assertThat((Object) evaluate("${execution.processBusinessKey}", execution)).isEqualTo(execution.getProcessBusinessKey());
		assertThat((Object) evaluate("${execution.processInstance.id}", execution)).isEqualTo(execution.getProcessInstanceId());
		assertThat((Object) evaluate("${enforcementCaseDueDates}", execution)).isNotNull();
	}

	@Test
	void shouldRefuseTheWayFromTheExecutionToTheEngine() {
		ExecutionEntity execution = waitingExecution();
		for (String expression : new String[] { "${execution.processEngine}", "${execution.getProcessEngineServices()}",
				"${execution.processInstance.processEngineServices.runtimeService}", "${execution.getClass()}",
				"${execution.bpmnModelInstance}", "${enforcementCaseDueDates.getClass()}",
				"${enforcementCaseDueDates.hashCode()}" }) {
			assertThatThrownBy(() -> evaluate(expression, execution)).as(expression).hasMessageContaining("expression sandbox");
		}
		assertThatThrownBy(() -> evaluate("${processEngineFactoryBean}", execution)).hasMessageContaining("Cannot resolve identifier");
		assertThatThrownBy(() -> evaluate("${activityLog}", execution)).hasMessageContaining("Cannot resolve identifier");
	}

	private ExecutionEntity waitingExecution() {
		TestProcesses.deployGroupTask(repositoryService);
		ProcessInstance pi = runtimeService.startProcessInstanceByKey(TestProcesses.GROUP_TASK, "HARDENING-1",
				Map.of("regionCode", "430302", "dueDate", new java.util.Date()));
		return engineConfiguration.getCommandExecutorTxRequired()
			.execute(c -> c.getExecutionManager().findExecutionById(pi.getId()));
	}

	private Object evaluate(String expression, ExecutionEntity detached) {
		return engineConfiguration.getCommandExecutorTxRequired().<Object>execute(c -> {
			ExecutionEntity execution = c.getExecutionManager().findExecutionById(detached.getId());
			return engineConfiguration.getExpressionManager().createExpression(expression).getValue(execution);
		});
	}

	private void assertRefused(BpmnModelInstance model, String reason) {
		assertThatThrownBy(() -> repositoryService.createDeployment().addModelInstance("hardening-probe.bpmn", model).deploy())
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("process model refused")
			.hasMessageContaining(reason);
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("hardening-probe").count()).isZero();
	}

	private static BpmnModelInstance expressionTask(String expression) {
		return Bpmn.createExecutableProcess("hardening-probe").camundaHistoryTimeToLive(1).startEvent().serviceTask()
			.camundaExpression(expression).endEvent().done();
	}

	private static BpmnModelInstance delegateTask(String expression) {
		return Bpmn.createExecutableProcess("hardening-probe").camundaHistoryTimeToLive(1).startEvent().serviceTask()
			.camundaDelegateExpression(expression).endEvent().done();
	}

	/** A decision whose result is the JUEL expression (a literal expression decision). */
	private void deployDecision(String key, String juel) {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
				    id="Definitions_%1$s" name="探测" namespace="http://camunda.org/schema/1.0/dmn">
				  <decision id="%1$s" name="探测" camunda:historyTimeToLive="1">
				    <variable id="Variable_%1$s" name="result"/>
				    <literalExpression id="Expression_%1$s" expressionLanguage="juel"><text>%2$s</text></literalExpression>
				  </decision>
				</definitions>
				""".formatted(key, juel.replace("&", "&amp;").replace("<", "&lt;"));
		deployments.add(repositoryService.createDeployment().addString(key + ".dmn", xml).deploy().getId());
	}

	private Object decide(String key, Map<String, Object> variables) {
		return decisionService.evaluateDecisionByKey(key).variables(variables).evaluate().getSingleEntry();
	}

}

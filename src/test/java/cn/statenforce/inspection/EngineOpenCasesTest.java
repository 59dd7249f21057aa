package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open-case exclusion read from a process engine: a standalone in-memory engine (not the application's,
 * so no stand-in {@code enforcement-case} model is ever deployed there) runs a minimal model with that key.
 */
class EngineOpenCasesTest {

	static ProcessEngine engine;

	@BeforeAll
	static void engine() {
		engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
			.setProcessEngineName("open-cases-test")
			.setJdbcUrl("jdbc:h2:mem:open-cases-test;DB_CLOSE_DELAY=-1")
			.setJobExecutorActivate(false)
			.buildProcessEngine();
		BpmnModelInstance model = Bpmn.createExecutableProcess(EngineOpenCases.CASE_PROCESS_KEY)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Investigate")
			.endEvent()
			.done();
		BpmnModelInstance other = Bpmn.createExecutableProcess("other-process")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Other")
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance("case.bpmn", model)
			.addModelInstance("other.bpmn", other).deploy();
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void shouldReturnThePartiesOfRunningCasesOnly() {
		RuntimeService runtime = engine.getRuntimeService();
		runtime.startProcessInstanceByKey(EngineOpenCases.CASE_PROCESS_KEY, Map.of("enterpriseId", 11L));
		runtime.startProcessInstanceByKey(EngineOpenCases.CASE_PROCESS_KEY, Map.of("enterpriseId", 12));
		runtime.startProcessInstanceByKey(EngineOpenCases.CASE_PROCESS_KEY, Map.of("enterpriseId", "13"));
		String suspended = runtime.startProcessInstanceByKey(EngineOpenCases.CASE_PROCESS_KEY, Map.of("enterpriseId", 14L)).getId();
		runtime.suspendProcessInstanceById(suspended);
		String finished = runtime.startProcessInstanceByKey(EngineOpenCases.CASE_PROCESS_KEY, Map.of("enterpriseId", 15L)).getId();
		engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(finished).singleResult().getId());
		runtime.startProcessInstanceByKey("other-process", Map.of("enterpriseId", 16L));
		runtime.startProcessInstanceByKey(EngineOpenCases.CASE_PROCESS_KEY, Map.of("somethingElse", 17L));

		assertThat(new EngineOpenCases(runtime).enterpriseIds()).containsExactlyInAnyOrder(11L, 12L, 13L, 14L);
	}

}

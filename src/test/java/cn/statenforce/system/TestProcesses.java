package cn.statenforce.system;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Small processes deployed by platform tests (kept out of processes/, which is what production runs). */
public final class TestProcesses {

	public static final String ATOMICITY = "platform-atomicity-probe";

	public static final String GROUP_TASK = "platform-group-task";

	public static final String FAILING_JOB = "platform-failing-job";

	private TestProcesses() {
	}

	/** start → service task (atomicityProbe) → user task → end. */
	public static void deployAtomicityProbe(RepositoryService repositoryService) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(ATOMICITY)
			.name("平台事务测试")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("Task_Probe")
			.camundaDelegateExpression("${atomicityProbe}")
			.userTask("Task_Wait")
			.endEvent()
			.done();
		deployOnce(repositoryService, ATOMICITY, model);
	}

	/**
	 * start → asynchronous service task (atomicityProbe, fails while variable fail is true) → user task → end:
	 * a job that fails and, once its retries are used up, raises an incident.
	 */
	public static void deployFailingJob(RepositoryService repositoryService) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(FAILING_JOB)
			.name("平台作业失败测试")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("Task_Probe")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${atomicityProbe}")
			.userTask("Task_Wait")
			.endEvent()
			.done();
		deployOnce(repositoryService, FAILING_JOB, model);
	}

	/** start → user task for the leaders of the bureau in variable regionCode, due in 2 days → end. */
	public static void deployGroupTask(RepositoryService repositoryService) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(GROUP_TASK)
			.name("平台待办测试")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Approve")
			.name("测试审批")
			.camundaCandidateGroups("LEADER_${regionCode}")
			.camundaDueDate("${dueDate}")
			.endEvent()
			.done();
		deployOnce(repositoryService, GROUP_TASK, model);
	}

	private static void deployOnce(RepositoryService repositoryService, String key, BpmnModelInstance model) {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
			repositoryService.createDeployment().name("test-" + key).addModelInstance(key + ".bpmn", model).deploy();
		}
	}

}

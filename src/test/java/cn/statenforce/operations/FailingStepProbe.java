package cn.statenforce.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/**
 * Test-only: the background step of {@code processes-test/platform-failing-step.bpmn} (bean {@code failingStepProbe})
 * writes a timeline entry and fails while the process variable {@code fail} is true — an injected failure, "fixed" by
 * setting the variable to false. It also tells the incident page which record a test instance is about (a
 * {@link TaskSubjects} for the test process), as each capability does for its own processes.
 */
@Component("failingStepProbe")
class FailingStepProbe implements JavaDelegate, TaskSubjects {

	static final String KEY = "platform-failing-step";

	static final String SUBJECT_TYPE = "PLATFORM_PROBE";

	static final String INJECTED = "测试注入的故障：文书模板缺失";

	private final ActivityLog activity;

	private final Map<String, TaskSubject> records = new ConcurrentHashMap<>();

	FailingStepProbe(ActivityLog activity) {
		this.activity = activity;
	}

	static void deploy(RepositoryService repositoryService) {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
			repositoryService.createDeployment().name("test-" + KEY)
				.addClasspathResource("processes-test/" + KEY + ".bpmn").deploy();
		}
	}

	/** The record a test instance (business key) is about. */
	void register(String businessKey, TaskSubject subject) {
		records.put(businessKey, subject);
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskSubject s = records.get(execution.getProcessBusinessKey());
		activity.record(AuditActor.JOB, s.bureauId(), s.subjectType(), s.subjectId(), "PROBE_STEP", null, "生成测试文书");
		if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
			throw new IllegalStateException(INJECTED);
		}
	}

	@Override
	public java.util.Collection<String> processKeys() {
		return java.util.List.of(KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(java.util.Collection<String> businessKeys) {
		Map<String, TaskSubject> result = new java.util.HashMap<>();
		businessKeys.stream().filter(records::containsKey).forEach(k -> result.put(k, records.get(k)));
		return result;
	}

	@Override
	public java.util.List<String> businessKeysByPartyName(java.util.List<Long> bureauIds, String text) {
		return java.util.List.of();
	}

}

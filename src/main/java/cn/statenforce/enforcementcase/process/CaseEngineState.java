package cn.statenforce.enforcementcase.process;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the engine holds for the enforcement cases, read for the consistency check (the engine is asked here, in the
 * capability's process package, and nowhere else).
 */
@Component
public class CaseEngineState {

	private final RuntimeService runtime;

	private final ManagementService management;

	CaseEngineState(RuntimeService runtime, ManagementService management) {
		this.runtime = runtime;
		this.management = management;
	}

	/** Running case instances: process instance id → business key. */
	public Map<String, String> runningInstances() {
		Map<String, String> running = new LinkedHashMap<>();
		for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.KEY).list()) {
			running.put(pi.getId(), pi.getBusinessKey());
		}
		return running;
	}

	/** Instances with a background step waiting to run (their state is in passing, not a mismatch). */
	public Set<String> withPendingStep() {
		Set<String> pending = new HashSet<>();
		for (Job j : management.createJobQuery().processDefinitionKey(EnforcementCaseProcess.KEY).messages().list()) {
			pending.add(j.getProcessInstanceId());
		}
		return pending;
	}

	public List<String> activeActivityIds(String processInstanceId) {
		return runtime.getActiveActivityIds(processInstanceId);
	}

}

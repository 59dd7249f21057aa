package cn.statenforce.inspection.process;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Replaces the schedule variables (task due date, reminder and overdue dates) of an inspection's process. */
@Component
public class InspectionSchedules {

	private final RuntimeService runtime;

	InspectionSchedules(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** @return the process instance id, empty when the inspection has no running process */
	public Optional<String> reschedule(String inspectionNumber, Map<String, Object> schedule) {
		ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.KEY)
			.processInstanceBusinessKey(inspectionNumber).singleResult();
		if (pi == null) {
			return Optional.empty();
		}
		runtime.setVariables(pi.getId(), schedule);
		return Optional.of(pi.getId());
	}

}

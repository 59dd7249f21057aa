package cn.statenforce.enforcementcase.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * The enforcement case's workflow gateway: the capability's only engine calls (starting the case process, the
 * shared task step for its user tasks, the messages it raises). Runs in the caller's transaction.
 */
@Component
public class CaseWorkflow extends ProcessGateway {

	CaseWorkflow(RuntimeService runtime, TaskSteps steps) {
		super(runtime, steps);
	}

	/** Starts the case process (business key: the lead number) and returns its process instance id. */
	public String start(String leadNumber, long caseId, String regionCode) {
		return start(KEY, leadNumber, Map.of(VAR_CASE_ID, caseId, VAR_REGION_CODE, regionCode));
	}

	/** The case id a task of the case process carries. */
	public long caseId(Task task) {
		return recordId(task, VAR_CASE_ID);
	}

	/** 申请延期: raises the extension approval (event subprocess) with the months requested. */
	public void requestExtension(String processInstanceId, int months) {
		correlate(MSG_EXTENSION_REQUESTED, processInstanceId, Map.of(VAR_EXTENSION_MONTHS_REQUESTED, months));
	}

	/** The months the pending extension request asks for, as seen from its approval task. */
	public int extensionMonthsRequested(Task approval) {
		return ((Number) steps.variable(approval, VAR_EXTENSION_MONTHS_REQUESTED)).intValue();
	}

	/** The re-check of the order to correct arrived from rectification. */
	public void correctionRechecked(String processInstanceId, boolean corrected) {
		correlate(MSG_CORRECTION_RECHECKED, processInstanceId, Map.of(VAR_CORRECTED, corrected));
	}

}

package cn.statenforce.credit.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The workflow gateway of 严重失信认定与信用修复: the capability's only engine calls (start, the shared task step, messages).
 * Runs in the caller's transaction.
 */
@Component
public class CreditWorkflow extends ProcessGateway {

	CreditWorkflow(RuntimeService runtime, TaskSteps steps) {
		super(runtime, steps);
	}

	/** 信用修复 approved: the identification's process learns that the record is repaired. */
	public void repaired(String processInstanceId) {
		correlate(cn.statenforce.credit.CreditService.MSG_REPAIRED, processInstanceId, Map.of());
	}

}

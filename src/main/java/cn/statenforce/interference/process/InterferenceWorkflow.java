package cn.statenforce.interference.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The workflow gateway of 干预记录定期报告: the capability's only engine calls (start, the shared task step, messages).
 * Runs in the caller's transaction.
 */
@Component
public class InterferenceWorkflow extends ProcessGateway {

	InterferenceWorkflow(RuntimeService runtime, TaskSteps steps) {
		super(runtime, steps);
	}

}

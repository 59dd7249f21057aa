package cn.statenforce.leadtransfer.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The workflow gateway of 线索移送: the capability's only engine calls (start, the shared task step, messages).
 * Runs in the caller's transaction.
 */
@Component
public class TransferWorkflow extends ProcessGateway {

	TransferWorkflow(RuntimeService runtime, TaskSteps steps) {
		super(runtime, steps);
	}

}

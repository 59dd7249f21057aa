package cn.statenforce.complaint.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The workflow gateway of 举报: the capability's only engine calls (start, the shared task step, messages).
 * Runs in the caller's transaction.
 */
@Component
public class ComplaintWorkflow extends ProcessGateway {

	ComplaintWorkflow(RuntimeService runtime, TaskSteps steps) {
		super(runtime, steps);
	}

}

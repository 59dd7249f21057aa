package cn.statenforce.rectification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.statenforce.rectification.CorrectionService;

/** Task_RemindRecheck: the re-check is due; reminds the inspectors. */
@Component("correctionRecheckReminder")
class RecheckReminderDelegate implements JavaDelegate {

	private final CorrectionService corrections;

	RecheckReminderDelegate(CorrectionService corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		corrections.remindRecheck(((Number) execution.getVariable(RectificationProcess.VAR_PLAN_ID)).longValue());
	}

}

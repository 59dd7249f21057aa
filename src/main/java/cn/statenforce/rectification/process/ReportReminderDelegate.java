package cn.statenforce.rectification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.statenforce.rectification.RectificationService;

/** Task_RemindReport: the rectification report is overdue; reminds the plan leader. */
@Component("rectificationReportReminder")
class ReportReminderDelegate implements JavaDelegate {

	private final RectificationService plans;

	ReportReminderDelegate(RectificationService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		plans.remindReport(((Number) execution.getVariable(RectificationProcess.VAR_PLAN_ID)).longValue());
	}

}

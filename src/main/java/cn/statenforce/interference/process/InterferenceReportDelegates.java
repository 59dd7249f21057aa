package cn.statenforce.interference.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.interference.InterferenceReportService;

/** Delegates of the periodic report: the daily opening of due reports and the overdue reminder. */
@Configuration
class InterferenceReportDelegates {

	/** Task_OpenDueReports of interference-report-schedule. */
	@Bean("interferenceReportsOpener")
	JavaDelegate opener(InterferenceReportService reports) {
		return execution -> reports.openDueReports();
	}

	/** Task_RemindInterferenceReport of interference-report. */
	@Bean("interferenceReportReminder")
	JavaDelegate reminder(InterferenceReportService reports) {
		return (DelegateExecution execution) -> reports
			.remindOverdue(((Number) execution.getVariable(InterferenceReportService.VAR_REPORT_ID)).longValue());
	}

}

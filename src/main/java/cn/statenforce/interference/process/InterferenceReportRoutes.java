package cn.statenforce.interference.process;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.interference.InterferenceReportService;
import cn.statenforce.shared.AppClock;

/**
 * Expressions of {@code interference-report.bpmn} ({@code ${interferenceReports...}}): who is offered the report
 * and when it is due, read from the report row so that the engine holds only its id.
 */
@Component("interferenceReports")
public class InterferenceReportRoutes {

	private final InterferenceReportService reports;

	InterferenceReportRoutes(InterferenceReportService reports) {
		this.reports = reports;
	}

	public List<String> recorders(long reportId) {
		return reports.recorders(reportId);
	}

	/** End of the due day. */
	public Date due(long reportId) {
		return AppClock.endOf(reports.reportUnchecked(reportId).dueOn());
	}

}

package cn.statenforce.enforcementcase;

import java.util.List;

import cn.statenforce.activity.ActivityEntry;

/**
 * A case with everything the case page and the REST read show. The reporter is withheld unless
 * {@code reporterVisible} (the handler and the bureau's leaders, 统计法实施条例 Art 38).
 *
 * @param workingDaysLeft on the case clock, null when it does not run
 * @param correctionOrdersWithinYear orders to correct to this party within a year (≥3 = serious)
 */
public record CaseDetails(EnforcementCase enforcementCase, boolean reporterVisible, List<CaseParts.Inspector> inspectors,
		List<CaseParts.Violation> violations, List<CaseParts.Evidence> evidence, List<CaseParts.Opinion> opinions,
		List<CaseParts.Pause> pauses, List<CaseParts.Appeal> appeals, List<ActivityEntry> timeline,
		List<OpenTask> openTasks, Integer workingDaysLeft, int correctionOrdersWithinYear) {

	/** A task open on the case now. */
	public record OpenTask(String id, String key, String name, String assignee) {
	}

	@com.fasterxml.jackson.annotation.JsonProperty
	public String reporterName() {
		return reporterVisible ? enforcementCase.getReporterName() : null;
	}

	@com.fasterxml.jackson.annotation.JsonProperty
	public String reporterContact() {
		return reporterVisible ? enforcementCase.getReporterContact() : null;
	}

}

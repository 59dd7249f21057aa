package cn.statenforce.interference;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The periodic report of a bureau's interference register. When the period has no record, the report is an
 * explicit zero report (零报告) that the submitter confirms; counts are taken when it is submitted.
 */
public record InterferenceReport(Long id, Long bureauId, String reportNumber, int periodYear, int periodIndex,
		int periodMonths, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, String status,
		Integer recordCount, Integer lateCount, Boolean zeroReport, String statement, String submittedBy,
		String submittedByName, LocalDateTime submittedAt, String processInstanceId, LocalDateTime createdAt) {

	public ReportPeriod period() {
		return new ReportPeriod(periodYear, periodIndex, periodMonths);
	}

	public boolean submitted() {
		return "SUBMITTED".equals(status);
	}

	public String statusLabel() {
		return submitted() ? (Boolean.TRUE.equals(zeroReport) ? "已报送（零报告）" : "已报送") : "待报送";
	}

}

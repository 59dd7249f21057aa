package cn.statenforce.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.reporting.AnnualReport;
import cn.statenforce.reporting.AnnualReportService;

/** JSON of the year-end figures: {@code GET /api/reports/annual?year=2025&bureauId=3}. */
@RestController
class AnnualReportApiController {

	private final AnnualReportService reports;

	AnnualReportApiController(AnnualReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reports/annual")
	AnnualReport annual(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		return reports.report(CurrentUsers.get(), year, bureauId);
	}

}

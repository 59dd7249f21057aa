package cn.statenforce.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.reporting.AnnualReport;
import cn.statenforce.reporting.AnnualReportService;
import cn.statenforce.shared.Xlsx;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The year-end figures for API clients (HTTP Basic): {@code GET /api/reports/annual?year=2025&bureauId=3} as JSON and
 * {@code GET /api/reports/annual/export?year=2025&bureauId=3} as the same XLSX the page exports.
 */
@RestController
@Tag(name = "年度统计", description = "年度执法统计数字（含口径说明）及 Excel 导出")
class AnnualReportApiController {

	private final AnnualReportService reports;

	AnnualReportApiController(AnnualReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reports/annual")
	@Operation(summary = "年度统计（本局或所选下级统计局及其下级）")
	AnnualReport annual(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		return reports.report(CurrentUsers.get(), year, bureauId);
	}

	@GetMapping("/api/reports/annual/docx")
	@Operation(summary = "年度统计执法工作情况 Word 文档（按年度统计口径生成的文字段落）")
	ResponseEntity<byte[]> docx(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		AnnualReport report = reports.report(CurrentUsers.get(), year, bureauId);
		return AnnualReportController.docx(report.docxFileName(), reports.docx(report));
	}

	@GetMapping("/api/reports/annual/charts")
	@Operation(summary = "年度统计图表数据（按月、按类型）")
	cn.statenforce.reporting.AnnualCharts charts(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		var user = CurrentUsers.get();
		return reports.charts(user, reports.report(user, year, bureauId));
	}

	@GetMapping("/api/reports/annual/export")
	@Operation(summary = "年度统计 Excel（标题和文件名含统计局名称和年度）")
	ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		AnnualReport report = reports.report(CurrentUsers.get(), year, bureauId);
		return Xlsx.download(report.fileName(), reports.xlsx(report));
	}

}

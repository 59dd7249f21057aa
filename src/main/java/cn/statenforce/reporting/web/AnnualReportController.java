package cn.statenforce.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.reporting.AnnualReport;
import cn.statenforce.reporting.AnnualReportService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.Xlsx;

/** The 年度统计 page (year and bureau chosen by a GET form) and its XLSX export. */
@Controller
class AnnualReportController {

	private final AnnualReportService reports;

	private final BureauService bureaus;

	AnnualReportController(AnnualReportService reports, BureauService bureaus) {
		this.reports = reports;
		this.bureaus = bureaus;
	}

	@GetMapping("/reports/annual")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long bureauId, Model model) {
		CurrentUser user = CurrentUsers.get();
		int y = year == null ? AppClock.today().getYear() : year;
		AnnualReport report = reports.report(user, y, bureauId);
		model.addAttribute("report", report);
		model.addAttribute("charts", reports.charts(user, report));
		model.addAttribute("bureaus", bureaus.readableBureaus(user));
		int thisYear = AppClock.today().getYear();
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(0, 9).map(i -> thisYear - i).boxed().toList());
		return "reporting/annual";
	}

	@GetMapping("/reports/annual/docx")
	ResponseEntity<byte[]> docx(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		AnnualReport report = reports.report(CurrentUsers.get(), year, bureauId);
		return docx(report.docxFileName(), reports.docx(report));
	}

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static ResponseEntity<byte[]> docx(String fileName, byte[] body) {
		return ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
				.filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(org.springframework.http.MediaType.parseMediaType(DOCX))
			.body(body);
	}

	@GetMapping("/reports/annual/export")
	ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) Long bureauId) {
		AnnualReport report = reports.report(CurrentUsers.get(), year, bureauId);
		return Xlsx.download(report.fileName(), reports.xlsx(report));
	}

}

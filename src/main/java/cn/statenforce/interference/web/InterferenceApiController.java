package cn.statenforce.interference.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.interference.InterferenceRecord;
import cn.statenforce.interference.InterferenceReport;
import cn.statenforce.interference.InterferenceReportService;
import cn.statenforce.interference.InterferenceService;
import cn.statenforce.interference.RecordCommand;
import cn.statenforce.organization.CurrentUsers;

/**
 * REST of the interference register under the same confidentiality as the pages: the list holds the whole register
 * only for the director and designated recorders, everyone else gets their own records; a record out of sight is 404.
 */
@RestController
class InterferenceApiController {

	private final InterferenceService records;

	private final InterferenceReportService reports;

	InterferenceApiController(InterferenceService records, InterferenceReportService reports) {
		this.records = records;
		this.reports = reports;
	}

	@GetMapping("/api/interference/records")
	List<InterferenceRecord> list(@RequestParam(required = false) Integer year) {
		return records.visibleRecords(CurrentUsers.get(), year);
	}

	@GetMapping("/api/interference/records/{id}")
	InterferenceRecord get(@PathVariable long id) {
		return records.record(CurrentUsers.get(), id);
	}

	/** Records without files; evidence is attached on the page. */
	@PostMapping("/api/interference/records")
	@ResponseStatus(HttpStatus.CREATED)
	InterferenceRecord record(@RequestBody RecordCommand cmd) {
		return records.record(CurrentUsers.get(), cmd, List.of());
	}

	@GetMapping("/api/interference/reports")
	List<InterferenceReport> reports() {
		return reports.reports(CurrentUsers.get());
	}

	@GetMapping("/api/interference/reports/{id}")
	InterferenceReport report(@PathVariable long id) {
		return reports.report(CurrentUsers.get(), id);
	}

}

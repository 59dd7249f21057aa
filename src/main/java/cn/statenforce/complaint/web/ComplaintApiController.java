package cn.statenforce.complaint.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.complaint.ComplaintCommands;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.complaint.ComplaintView;
import cn.statenforce.organization.CurrentUsers;

/**
 * REST of complaints. The list never carries the reporter's identity; one complaint carries it only for its handler
 * and the leaders of its bureau ({@code reporterVisible}).
 */
@RestController
class ComplaintApiController {

	private final ComplaintService complaints;

	ComplaintApiController(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@GetMapping("/api/complaints")
	List<ComplaintView> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year) {
		return complaints.complaints(CurrentUsers.get(), status, year);
	}

	@GetMapping("/api/complaints/{id}")
	ComplaintView get(@PathVariable long id) {
		return complaints.view(CurrentUsers.get(), id);
	}

	/** Staff entry of a report by phone, mail, visit or referral (files on the page). */
	@PostMapping("/api/complaints")
	@ResponseStatus(HttpStatus.CREATED)
	ComplaintView register(@RequestBody ComplaintCommands.StaffEntry entry) {
		return complaints.register(CurrentUsers.get(), entry, List.of());
	}

}

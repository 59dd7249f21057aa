package cn.statenforce.complaint.web;

import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.complaint.ComplaintCommands;
import cn.statenforce.complaint.ComplaintProperties;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.complaint.RateLimitedException;
import cn.statenforce.organization.BureauService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * 网上举报, without login, abuse-resistant without a CAPTCHA or an outside service: the form's display time is kept in
 * the session (a form sent back too soon or too late is refused), a field hidden from people (a honeypot) marks a bot,
 * whose submission is dropped with the same thank-you page, field sizes are limited, and the service limits reports
 * per client address and overall per hour (429). Also 举报查询 with the number and query code.
 */
@Controller
class PublicComplaintController {

	private static final Logger LOG = LoggerFactory.getLogger(PublicComplaintController.class);

	static final String ISSUED_AT = "complaintFormIssuedAt";

	private final ComplaintService complaints;

	private final ComplaintProperties properties;

	private final BureauService bureaus;

	PublicComplaintController(ComplaintService complaints, ComplaintProperties properties, BureauService bureaus) {
		this.complaints = complaints;
		this.properties = properties;
		this.bureaus = bureaus;
	}

	@GetMapping("/public/complaints")
	String form(HttpSession session, Model model) {
		session.setAttribute(ISSUED_AT, now());
		model.addAttribute("form", new ComplaintCommands.PublicSubmission(null, null, null, null, false, null, null, null));
		return page(model);
	}

	@PostMapping("/public/complaints")
	String submit(@RequestParam(required = false) Long bureauId, @RequestParam(required = false) String reportedUnit,
			@RequestParam(required = false) String reportedPlace, @RequestParam(required = false) String content,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String reporterName,
			@RequestParam(required = false) String reporterPhone, @RequestParam(required = false) String reporterEmail,
			@RequestParam(name = "website", required = false) String honeypot, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		var form = new ComplaintCommands.PublicSubmission(bureauId, reportedUnit, reportedPlace, content, anonymous,
				reporterName, reporterPhone, reporterEmail);
		model.addAttribute("form", form);
		if (honeypot != null && !honeypot.isEmpty()) {
			LOG.info("public complaint dropped: honeypot field filled");
			session.removeAttribute(ISSUED_AT);
			model.addAttribute("receipt", null);
			return "complaint/public-received";
		}
		Object issued = session.getAttribute(ISSUED_AT);
		long elapsed = issued instanceof Long t ? now() - t : -1;
		if (elapsed < 0 || elapsed > properties.maxFormAgeMinutes() * 60L) {
			session.setAttribute(ISSUED_AT, now());
			return refuse(response, model, HttpStatus.BAD_REQUEST, "举报表单已过期，请核对内容后重新提交");
		}
		if (elapsed < properties.minFillSeconds()) {
			return refuse(response, model, HttpStatus.BAD_REQUEST, "提交过快，请核对填写的内容后再提交");
		}
		try {
			var receipt = complaints.submitPublic(form, request.getRemoteAddr());
			session.removeAttribute(ISSUED_AT);
			model.addAttribute("receipt", receipt);
			return "complaint/public-received";
		}
		catch (BadRequestException e) {
			return refuse(response, model, HttpStatus.BAD_REQUEST, e.getMessage());
		}
		catch (RateLimitedException e) {
			return refuse(response, model, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
		}
	}

	@GetMapping("/public/complaints/status")
	String statusForm() {
		return "complaint/public-status";
	}

	@PostMapping("/public/complaints/status")
	String status(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			HttpServletResponse response, Model model) {
		model.addAttribute("number", number);
		try {
			model.addAttribute("status", complaints.publicStatus(number, code));
		}
		catch (NotFoundException e) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("errorMessage", e.getMessage());
		}
		return "complaint/public-status";
	}

	private String refuse(HttpServletResponse response, Model model, HttpStatus status, String message) {
		response.setStatus(status.value());
		model.addAttribute("errorMessage", message);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("bureaus", bureaus.bureaus());
		model.addAttribute("ackDays", properties.acknowledgementDays());
		return "complaint/public-form";
	}

	private static long now() {
		return AppClock.now().toEpochSecond(ZoneOffset.ofHours(8));
	}

}

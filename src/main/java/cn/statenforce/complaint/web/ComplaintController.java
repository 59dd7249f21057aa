package cn.statenforce.complaint.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.complaint.ComplaintCommands;
import cn.statenforce.complaint.ComplaintEnums;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.complaint.ComplaintView;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Xlsx;

/** Staff pages of complaints: the register, staff entry, the complaint with its steps, the export. */
@Controller
class ComplaintController {

	private final ComplaintService complaints;

	private final EnterpriseService enterprises;

	private final BureauService bureaus;

	ComplaintController(ComplaintService complaints, EnterpriseService enterprises, BureauService bureaus) {
		this.complaints = complaints;
		this.enterprises = enterprises;
		this.bureaus = bureaus;
	}

	@ModelAttribute
	void labels(Model model) {
		ComplaintLabels.addTo(model);
	}

	@GetMapping("/complaints")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("complaints", complaints.complaints(user, status, year));
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		bureaus.bureaus().forEach(b -> names.put(b.id(), b.name()));
		model.addAttribute("bureauNames", names);
		return "complaint/list";
	}

	@GetMapping("/complaints/new")
	String form(Model model) {
		model.addAttribute("now", AppClock.now());
		return "complaint/new";
	}

	@PostMapping("/complaints")
	@UploadRoles({ Role.INSPECTOR, Role.LEADER, Role.DIRECTOR })
	String register(@RequestParam(required = false) String channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime receivedAt,
			@RequestParam(required = false) String reportedUnit, @RequestParam(required = false) String reportedPlace,
			@RequestParam(required = false) String content, @RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(required = false) String reporterName, @RequestParam(required = false) String reporterPhone,
			@RequestParam(required = false) String reporterEmail, @RequestParam(required = false) String reporterAddress,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/complaints/new", () -> {
			ComplaintView c = complaints.register(CurrentUsers.get(), new ComplaintCommands.StaffEntry(channel, receivedAt,
					reportedUnit, reportedPlace, content, anonymous, reporterName, reporterPhone, reporterEmail, reporterAddress),
					AttachmentHttp.uploads(files));
			return "/complaints/" + c.id();
		}, "举报已登记");
	}

	@GetMapping("/complaints/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String unitQuery, Model model) {
		CurrentUser user = CurrentUsers.get();
		ComplaintView c = complaints.view(user, id);
		populate(user, c, unitQuery, model);
		model.addAttribute("timeline", complaints.timeline(user, id));
		model.addAttribute("attachments", complaints.attachments(user, id));
		return "complaint/show";
	}

	/** The complaint and the steps the user may take now, for this page and the task page. */
	static void populate(CurrentUser user, ComplaintView c, String unitQuery, Model model, ComplaintService complaints,
			EnterpriseService enterprises) {
		model.addAttribute("c", c);
		boolean own = user.bureauId().equals(c.bureauId());
		model.addAttribute("canTriage", own && user.hasRole(Role.INSPECTOR) && complaints.isAt(c, ComplaintService.TASK_TRIAGE)
				&& (c.handler() == null || c.handler().equals(user.username())));
		model.addAttribute("canApprove", own && user.hasAnyRole(Role.LEADER, Role.DIRECTOR)
				&& complaints.isAt(c, ComplaintService.TASK_APPROVE_TRIAGE));
		boolean canHandle = own && user.username().equals(c.handler()) && complaints.isAt(c, ComplaintService.TASK_HANDLE);
		model.addAttribute("canHandle", canHandle);
		if (canHandle) {
			String q = unitQuery == null || unitQuery.isBlank() ? c.reportedUnit() : unitQuery;
			model.addAttribute("unitQuery", q);
			model.addAttribute("enterpriseMatches", enterprises.search(user, q, 1, 20).items());
		}
		model.addAttribute("today", AppClock.today());
	}

	private void populate(CurrentUser user, ComplaintView c, String unitQuery, Model model) {
		populate(user, c, unitQuery, model, complaints, enterprises);
	}

	@GetMapping("/complaints/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentHttp.download(complaints.attachment(CurrentUsers.get(), id, attachmentId));
	}

	@PostMapping("/complaints/{id}/triage")
	String triage(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String decision,
			@RequestParam(required = false) String opinion, @RequestParam(required = false) String passTo,
			@RequestParam(required = false) String replyToReporter, @RequestParam(required = false) String toldMethod,
			RedirectAttributes redirect) {
		return act(redirect, "/complaints/" + id, () -> {
			complaints.triage(CurrentUsers.get(), id, version, new ComplaintCommands.Triage(decision, opinion, passTo, replyToReporter, toldMethod));
			return "/complaints/" + id;
		}, "分办意见已提交，等待领导审批");
	}

	@PostMapping("/complaints/{id}/approval")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean approved,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, "/complaints/" + id, () -> {
			complaints.approveTriage(CurrentUsers.get(), id, version, new ComplaintCommands.Approval(approved, opinion));
			return "/complaints/" + id;
		}, approved ? "已同意分办意见" : "已退回重新分办");
	}

	@PostMapping("/complaints/{id}/handling")
	@UploadRoles({ Role.INSPECTOR, Role.LEADER, Role.DIRECTOR })
	String handle(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String result,
			@RequestParam(required = false) String summary, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate conductDate,
			@RequestParam(required = false) String feedback, @RequestParam(required = false) String feedbackMethod,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/complaints/" + id, () -> {
			complaints.handle(CurrentUsers.get(), id, version, new ComplaintCommands.Handling(result, summary, enterpriseId, conductDate,
					feedback, feedbackMethod), AttachmentHttp.uploads(files));
			return "/complaints/" + id;
		}, "举报已办结");
	}

	@GetMapping("/complaints/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
		return Xlsx.download((year == null ? "" : year + "年") + "举报受理登记.xlsx", complaints.export(CurrentUsers.get(), year));
	}

	static String act(RedirectAttributes redirect, String back, Supplier<String> step, String done) {
		try {
			String target = step.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:" + target;
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:" + back;
		}
	}

}

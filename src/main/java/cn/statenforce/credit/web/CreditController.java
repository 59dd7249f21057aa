package cn.statenforce.credit.web;

import java.time.LocalDate;
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
import cn.statenforce.credit.CreditCommands;
import cn.statenforce.credit.CreditEnums;
import cn.statenforce.credit.CreditRecord;
import cn.statenforce.credit.CreditRepair;
import cn.statenforce.credit.CreditRepairService;
import cn.statenforce.credit.CreditService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.Xlsx;

/** Statistical credit pages: records, candidates, identification, repair, commitment letters, export, public list. */
@Controller
class CreditController {

	private final CreditService records;

	private final CreditRepairService repairs;

	private final BureauService bureaus;

	CreditController(CreditService records, CreditRepairService repairs, BureauService bureaus) {
		this.records = records;
		this.repairs = repairs;
		this.bureaus = bureaus;
	}

	@ModelAttribute
	void labels(Model model) {
		model.addAttribute("recordStatuses", CreditEnums.RecordStatus.values());
		model.addAttribute("repairKinds", CreditEnums.RepairKind.values());
		model.addAttribute("today", AppClock.today());
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		bureaus.bureaus().forEach(b -> names.put(b.id(), b.name()));
		model.addAttribute("bureauNames", names);
	}

	@GetMapping("/credit")
	String list(@RequestParam(required = false) String status, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("records", records.records(user, status));
		model.addAttribute("status", status);
		model.addAttribute("mayPropose", CreditService.mayPropose(user));
		return "credit/list";
	}

	@GetMapping("/credit/candidates")
	String candidates(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("candidates", records.candidates(user));
		model.addAttribute("mayPropose", CreditService.mayPropose(user));
		return "credit/candidates";
	}

	@PostMapping("/credit/records")
	String propose(@RequestParam long caseId, @RequestParam(required = false) String basis, RedirectAttributes redirect) {
		return act(redirect, "/credit/candidates", () -> "/credit/records/"
				+ records.propose(CurrentUsers.get(), new CreditCommands.Proposal(caseId, basis)).id(), "已提出认定，等待领导审批");
	}

	@GetMapping("/credit/records/{id}")
	String record(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		CreditRecord r = records.record(user, id);
		model.addAttribute("r", r);
		model.addAttribute("repairs", repairs.repairsOf(user, id));
		model.addAttribute("timeline", records.timeline(user, id));
		boolean own = user.bureauId().equals(r.bureauId());
		model.addAttribute("canApprove", own && user.hasAnyRole(Role.LEADER, Role.DIRECTOR) && records.isAt(r, CreditService.TASK_APPROVE));
		model.addAttribute("canApply", own && r.published() && CreditService.mayRead(user));
		if (r.published()) {
			model.addAttribute("repairConditions", repairs.conditions(r, CreditEnums.RepairKind.REPAIR));
		}
		return "credit/record";
	}

	@PostMapping("/credit/records/{id}/approval")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean approved,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, "/credit/records/" + id, () -> {
			records.approve(CurrentUsers.get(), id, version, new CreditCommands.Approval(approved, opinion));
			return "/credit/records/" + id;
		}, approved ? "已认定并公示" : "已决定不予认定");
	}

	@PostMapping("/credit/records/{id}/repairs")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	String apply(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
			@RequestParam(required = false) String applicant, @RequestParam(required = false) String reason,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/credit/records/" + id, () -> "/credit/repairs/" + repairs.apply(CurrentUsers.get(), id,
				new CreditCommands.RepairApplication(kind, appliedOn, applicant, reason), AttachmentHttp.uploads(files)).id(),
				"修复申请已登记，等待审核");
	}

	@GetMapping("/credit/repairs/{id}")
	String repair(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		CreditRepair p = repairs.repair(user, id);
		model.addAttribute("p", p);
		model.addAttribute("r", records.record(user, p.recordId()));
		model.addAttribute("attachments", repairs.attachments(user, id));
		model.addAttribute("timeline", repairs.timeline(user, id));
		boolean own = user.bureauId().equals(p.bureauId());
		model.addAttribute("canReview", own && user.hasRole(Role.INSPECTOR) && repairs.isAt(p, CreditRepairService.TASK_REVIEW));
		model.addAttribute("canApprove", own && user.hasAnyRole(Role.LEADER, Role.DIRECTOR)
				&& repairs.isAt(p, CreditRepairService.TASK_APPROVE));
		return "credit/repair";
	}

	@GetMapping("/credit/repairs/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> repairAttachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentHttp.download(repairs.attachment(CurrentUsers.get(), id, attachmentId));
	}

	@PostMapping("/credit/repairs/{id}/review")
	String review(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean recommended,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, "/credit/repairs/" + id, () -> {
			repairs.review(CurrentUsers.get(), id, version, recommended, opinion);
			return "/credit/repairs/" + id;
		}, "审核意见已提交");
	}

	@PostMapping("/credit/repairs/{id}/approval")
	String approveRepair(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean approved,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, "/credit/repairs/" + id, () -> {
			repairs.approve(CurrentUsers.get(), id, version, new CreditCommands.Approval(approved, opinion));
			return "/credit/repairs/" + id;
		}, approved ? "已同意修复" : "已决定不予修复");
	}

	@GetMapping("/credit/export")
	ResponseEntity<byte[]> export() {
		return Xlsx.download("统计严重失信企业名单.xlsx", records.exportPublication(CurrentUsers.get()));
	}

	@PostMapping("/credit/enterprises/{enterpriseId}/commitments")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	String commitment(@PathVariable long enterpriseId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(required = false) String signatory, @RequestParam(required = false) String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/directory/" + enterpriseId, () -> {
			records.registerCommitment(CurrentUsers.get(), enterpriseId, new CreditCommands.Commitment(kind, signedOn, signatory,
					content), AttachmentHttp.uploads(files));
			return "/directory/" + enterpriseId;
		}, "信用承诺书已登记");
	}

	@GetMapping("/credit/enterprises/{enterpriseId}/commitments/{commitmentId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> commitmentAttachment(@PathVariable long enterpriseId, @PathVariable long commitmentId,
			@PathVariable long attachmentId) {
		return AttachmentHttp.download(records.commitmentAttachment(CurrentUsers.get(), enterpriseId, commitmentId, attachmentId));
	}

	/** 统计严重失信企业名单 without login. */
	@GetMapping("/public/credit")
	String publicList(Model model) {
		model.addAttribute("records", records.publishedToday());
		return "credit/public-list";
	}

	static String act(RedirectAttributes redirect, String back, Supplier<String> step, String done) {
		try {
			String target = step.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:" + target;
		}
		catch (BadRequestException | ConflictException | ForbiddenException | NotFoundException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:" + back;
		}
	}

}

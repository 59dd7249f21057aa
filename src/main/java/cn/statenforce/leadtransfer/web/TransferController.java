package cn.statenforce.leadtransfer.web;

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

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.leadtransfer.LeadTransfer;
import cn.statenforce.leadtransfer.TransferCommands;
import cn.statenforce.leadtransfer.TransferEnums;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

/** Lead transfer pages: the list, registration (from a case or standalone), the transfer with its steps. */
@Controller
class TransferController {

	private final TransferService transfers;

	private final CaseQueryService cases;

	private final BureauService bureaus;

	TransferController(TransferService transfers, CaseQueryService cases, BureauService bureaus) {
		this.transfers = transfers;
		this.cases = cases;
		this.bureaus = bureaus;
	}

	@ModelAttribute
	void labels(Model model) {
		model.addAttribute("recipientTypes", TransferEnums.RecipientType.values());
		model.addAttribute("replyResults", TransferEnums.ReplyResult.values());
		model.addAttribute("sanctionTypes", TransferEnums.SanctionType.values());
		model.addAttribute("statuses", TransferEnums.TransferStatus.values());
		model.addAttribute("today", AppClock.today());
	}

	@GetMapping("/transfers")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("transfers", transfers.transfers(user, status, year));
		model.addAttribute("status", status);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		bureaus.bureaus().forEach(b -> names.put(b.id(), b.name()));
		model.addAttribute("bureauNames", names);
		return "leadtransfer/list";
	}

	@GetMapping("/transfers/new")
	String form(@RequestParam(required = false) Long caseId, @RequestParam(required = false) String caseQuery,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		if (caseQuery != null && !caseQuery.isBlank()) {
			model.addAttribute("caseQuery", caseQuery);
			model.addAttribute("foundCases", cases.search(user, new cn.statenforce.enforcementcase.CaseFilter(
					List.of(user.bureauId()), null, null, null, null, null, caseQuery.strip(), 1, 20)).items());
		}
		if (caseId != null) {
			var d = cases.details(user, caseId);
			model.addAttribute("sourceCase", d.enforcementCase());
			model.addAttribute("caseEvidence", d.evidence());
		}
		return "leadtransfer/new";
	}

	@PostMapping("/transfers")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	String register(@RequestParam(required = false) Long caseId, @RequestParam(required = false) String personName,
			@RequestParam(required = false) String personPost, @RequestParam(required = false) String personUnit,
			@RequestParam(defaultValue = "false") boolean partyMember, @RequestParam(defaultValue = "false") boolean publicServant,
			@RequestParam(required = false) String conduct, @RequestParam(required = false) String recipientType,
			@RequestParam(required = false) String recipientName, @RequestParam(required = false) String materials,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/transfers/new" + (caseId == null ? "" : "?caseId=" + caseId), () -> {
			LeadTransfer t = transfers.register(CurrentUsers.get(), new TransferCommands.Register(caseId, personName,
					personPost, personUnit, partyMember, publicServant, conduct, recipientType, recipientName, materials),
					AttachmentHttp.uploads(files));
			return "/transfers/" + t.id();
		}, "移送线索已登记，等待局长审批");
	}

	@GetMapping("/transfers/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		LeadTransfer t = transfers.transfer(user, id);
		model.addAttribute("t", t);
		model.addAttribute("materials", transfers.materials(user, id));
		model.addAttribute("attachments", transfers.attachments(user, id));
		model.addAttribute("timeline", transfers.timeline(user, id));
		model.addAttribute("canApprove", transfers.isAt(t, TransferService.TASK_APPROVE)
				&& user.bureauId().equals(t.bureauId()) && user.hasRole(cn.statenforce.organization.Role.DIRECTOR));
		model.addAttribute("canReply", transfers.isAt(t, TransferService.TASK_AWAIT_REPLY) && user.username().equals(t.handler()));
		return "leadtransfer/show";
	}

	@GetMapping("/transfers/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentHttp.download(transfers.attachment(CurrentUsers.get(), id, attachmentId));
	}

	@PostMapping("/transfers/{id}/approval")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean approved,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, "/transfers/" + id, () -> {
			transfers.approve(CurrentUsers.get(), id, version, new TransferCommands.Approval(approved, opinion));
			return "/transfers/" + id;
		}, approved ? "已同意移送，移送函文号已编发" : "已决定不予移送");
	}

	@PostMapping("/transfers/{id}/reply")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	String reply(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyOn,
			@RequestParam(required = false) String replyDocument, @RequestParam(required = false) String replyResult,
			@RequestParam(required = false) String sanctionType, @RequestParam(required = false) String summary,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/transfers/" + id, () -> {
			transfers.recordReply(CurrentUsers.get(), id, version,
					new TransferCommands.Reply(replyOn, replyDocument, replyResult, sanctionType, summary), AttachmentHttp.uploads(files));
			return "/transfers/" + id;
		}, "回复已登记");
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

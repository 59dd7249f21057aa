package cn.statenforce.document.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.document.ArchiveBundleService;
import cn.statenforce.document.DocumentCommands;
import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DocumentService;
import cn.statenforce.document.DossierService;
import cn.statenforce.document.EnforcementDocument;
import cn.statenforce.document.RecordDocuments;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;

/** Pages: a case's documents (执法文书) with their service and the dossier (案卷) with the archive bundle. */
@Controller
class DocumentController {

	private final DocumentService documents;
	private final DossierService dossier;
	private final ArchiveBundleService bundles;
	private final CaseQueryService cases;
	private final RecordDocuments rendering;

	DocumentController(DocumentService documents, DossierService dossier, ArchiveBundleService bundles,
			CaseQueryService cases, RecordDocuments rendering) {
		this.rendering = rendering;
		this.documents = documents;
		this.dossier = dossier;
		this.bundles = bundles;
		this.cases = cases;
	}

	@GetMapping("/cases/{id}/documents")
	String page(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		EnforcementCase c = cases.get(user, id);
		model.addAttribute("c", c);
		model.addAttribute("ownBureau", user.bureauId().equals(c.getBureauId()));
		model.addAttribute("documents", documents.caseDocuments(user, id));
		model.addAttribute("available", documents.available(c));
		model.addAttribute("dossier", dossier.checklist(user, id));
		model.addAttribute("methods", ServiceMethod.values());
		model.addAttribute("pdfAvailable", rendering.pdfAvailable());
		model.addAttribute("today", cn.statenforce.shared.AppClock.today());
		return "document/case-documents";
	}

	@PostMapping("/cases/{id}/documents")
	String generate(@PathVariable long id, @RequestParam(required = false) String kind, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			EnforcementDocument d = documents.generate(CurrentUsers.get(), id,
					Inputs.oneOf("kind", "文书种类", DocumentKind.class, kind));
			return "已生成《" + d.title() + "》" + (d.docNumber() == null ? "" : "，文号 " + d.docNumber());
		});
	}

	@GetMapping("/documents/{documentId}/file")
	ResponseEntity<byte[]> file(@PathVariable long documentId) {
		return DocumentApiController.docx(documents.file(CurrentUsers.get(), documentId));
	}

	/** The stored document rendered as PDF for viewing in the browser (409 in Chinese without a converter). */
	@GetMapping("/documents/{documentId}/file/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long documentId) {
		DocumentService.DocumentFile f = documents.file(CurrentUsers.get(), documentId);
		return rendering.pdf(f.document().fileName(), f.content());
	}

	@PostMapping("/documents/{documentId}/void")
	String voidDocument(@PathVariable long documentId, @RequestParam long caseId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, caseId, () -> {
			documents.voidDocument(CurrentUsers.get(), documentId,
					new DocumentCommands.Void(Inputs.required("reason", "作废理由", reason, 500)));
			return "文书及其文号已作废";
		});
	}

	@PostMapping("/documents/{documentId}/service-receipt")
	String receiptForm(@PathVariable long documentId, @RequestParam long caseId, RedirectAttributes redirect) {
		return act(redirect, caseId, () -> {
			documents.generateReceipt(CurrentUsers.get(), documentId);
			return "已生成送达回证";
		});
	}

	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	@PostMapping("/documents/{documentId}/service")
	String serve(@PathVariable long documentId, @RequestParam long caseId, @RequestParam(required = false) String method,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
			@RequestParam(required = false) String recipient, @RequestParam(required = false) String witness,
			@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String consentNote,
			@RequestParam(required = false) String noticeMedium, @RequestParam(required = false) String note,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, caseId, () -> {
			var cmd = new DocumentCommands.Service(Inputs.oneOf("method", "送达方式", ServiceMethod.class, method),
					Inputs.present("servedOn", "送达日期", servedOn), Inputs.required("recipient", "受送达人", recipient, 100),
					Inputs.optional("witness", "见证人", witness, 200),
					Inputs.optional("trackingNumber", "邮件号码", trackingNumber, 64),
					Inputs.optional("consentNote", "当事人同意电子送达的确认", consentNote, 300),
					Inputs.optional("noticeMedium", "公告载体", noticeMedium, 200), Inputs.optional("note", "备注", note, 1000));
			documents.recordService(CurrentUsers.get(), documentId, cmd, AttachmentHttp.uploads(files));
			return "送达已登记";
		});
	}

	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	@PostMapping("/documents/{documentId}/receipts")
	String attachReceipt(@PathVariable long documentId, @RequestParam long caseId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, caseId, () -> {
			documents.attachReceipt(CurrentUsers.get(), documentId, AttachmentHttp.uploads(files));
			return "送达回证扫描件已登记";
		});
	}

	@GetMapping("/documents/{documentId}/receipts/{attachmentId}")
	ResponseEntity<byte[]> receipt(@PathVariable long documentId, @PathVariable long attachmentId) {
		return AttachmentHttp.download(documents.receipt(CurrentUsers.get(), documentId, attachmentId));
	}

	@GetMapping("/cases/{id}/archive-bundle")
	Object bundle(@PathVariable long id, RedirectAttributes redirect) {
		try {
			return DocumentApiController.zip(bundles.bundle(CurrentUsers.get(), id));
		}
		catch (ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:/cases/" + id + "/documents";
		}
	}

	@GetMapping("/archive-bundles/verify")
	String verifyForm() {
		return "document/verify";
	}

	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	@PostMapping("/archive-bundles/verify")
	String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		try {
			model.addAttribute("result", bundles.verify(CurrentUsers.get(), DocumentApiController.bytes(file)));
		}
		catch (BadRequestException e) {
			model.addAttribute("errorMessage", e.getMessage());
		}
		return "document/verify";
	}

	private static String act(RedirectAttributes redirect, long caseId, Supplier<String> step) {
		try {
			redirect.addFlashAttribute("message", step.get());
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/cases/" + caseId + "/documents";
	}

}

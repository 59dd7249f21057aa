package cn.statenforce.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.document.ArchiveBundleService;
import cn.statenforce.document.DocumentCommands;
import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DocumentNumbers;
import cn.statenforce.document.DocumentService;
import cn.statenforce.document.DocumentTemplates;
import cn.statenforce.document.DossierItem;
import cn.statenforce.document.DossierService;
import cn.statenforce.document.EnforcementDocument;
import cn.statenforce.document.IssuedNumber;
import cn.statenforce.document.ServiceRecord;
import cn.statenforce.document.TemplateVersion;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * REST of the enforcement documents: a case's documents and dossier, generation, download, 作废, 送达 (multipart, with
 * the scanned 送达回证), the archive bundle and its verification; for ADMIN the number formats and template versions.
 */
@RestController
@Validated
class DocumentApiController {

	private final DocumentService documents;
	private final DossierService dossier;
	private final ArchiveBundleService bundles;
	private final DocumentNumbers numbers;
	private final DocumentTemplates templates;
	private final CaseQueryService cases;

	DocumentApiController(DocumentService documents, DossierService dossier, ArchiveBundleService bundles,
			DocumentNumbers numbers, DocumentTemplates templates, CaseQueryService cases) {
		this.documents = documents;
		this.dossier = dossier;
		this.bundles = bundles;
		this.numbers = numbers;
		this.templates = templates;
		this.cases = cases;
	}

	/** The case's documents and the kinds it can have made now. */
	record CaseDocuments(List<DocumentService.DocumentView> documents, Set<DocumentKind> available) {
	}

	record Generate(@NotNull(message = "请选择文书种类") DocumentKind kind) {
	}

	@GetMapping("/api/cases/{id}/documents")
	CaseDocuments list(@PathVariable long id) {
		CurrentUser user = CurrentUsers.get();
		return new CaseDocuments(documents.caseDocuments(user, id), documents.available(cases.get(user, id)));
	}

	@PostMapping("/api/cases/{id}/documents")
	@ResponseStatus(HttpStatus.CREATED)
	EnforcementDocument generate(@PathVariable long id, @Valid @RequestBody Generate cmd) {
		return documents.generate(CurrentUsers.get(), id, cmd.kind());
	}

	@GetMapping("/api/cases/{id}/dossier")
	List<DossierItem> dossier(@PathVariable long id) {
		return dossier.checklist(CurrentUsers.get(), id);
	}

	@GetMapping("/api/cases/{id}/archive-bundle")
	ResponseEntity<byte[]> bundle(@PathVariable long id) {
		return zip(bundles.bundle(CurrentUsers.get(), id));
	}

	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	@PostMapping("/api/archive-bundles/verify")
	ArchiveBundleService.Verification verify(@RequestParam("file") MultipartFile file) {
		return bundles.verify(CurrentUsers.get(), bytes(file));
	}

	@GetMapping("/api/documents/{documentId}/file")
	ResponseEntity<byte[]> file(@PathVariable long documentId) {
		return docx(documents.file(CurrentUsers.get(), documentId));
	}

	@PostMapping("/api/documents/{documentId}/void")
	EnforcementDocument voidDocument(@PathVariable long documentId, @Valid @RequestBody DocumentCommands.Void cmd) {
		return documents.voidDocument(CurrentUsers.get(), documentId, cmd);
	}

	@PostMapping("/api/documents/{documentId}/service-receipt")
	@ResponseStatus(HttpStatus.CREATED)
	EnforcementDocument receiptForm(@PathVariable long documentId) {
		return documents.generateReceipt(CurrentUsers.get(), documentId);
	}

	/** 送达 as JSON (no scan) — or as a form with the scan, see the page's form. */
	@PostMapping(path = "/api/documents/{documentId}/service", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ServiceRecord serve(@PathVariable long documentId, @Valid @RequestBody DocumentCommands.Service cmd) {
		return documents.recordService(CurrentUsers.get(), documentId, cmd, List.of());
	}

	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	@PostMapping(path = "/api/documents/{documentId}/service", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ServiceRecord serveWithReceipt(@PathVariable long documentId, @Valid DocumentCommands.Service cmd,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return documents.recordService(CurrentUsers.get(), documentId, cmd, AttachmentHttp.uploads(files));
	}

	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR })
	@PostMapping("/api/documents/{documentId}/receipts")
	ServiceRecord attachReceipt(@PathVariable long documentId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return documents.attachReceipt(CurrentUsers.get(), documentId, AttachmentHttp.uploads(files));
	}

	@GetMapping("/api/documents/{documentId}/receipts/{attachmentId}")
	ResponseEntity<byte[]> receipt(@PathVariable long documentId, @PathVariable long attachmentId) {
		return AttachmentHttp.download(documents.receipt(CurrentUsers.get(), documentId, attachmentId));
	}

	@GetMapping("/api/document-numbers")
	List<IssuedNumber> register(@RequestParam DocumentKind kind, @RequestParam int year) {
		CurrentUser user = CurrentUsers.get();
		return numbers.register(user.bureauId(), kind, year);
	}

	@PutMapping("/api/document-number-formats/{kind}")
	String setFormat(@PathVariable DocumentKind kind, @Valid @RequestBody DocumentCommands.NumberFormat cmd) {
		CurrentUser user = admin();
		numbers.setPattern(user.bureauId(), kind, cmd.pattern(), user.username());
		return numbers.pattern(user.bureauId(), kind);
	}

	@GetMapping("/api/document-templates/{kind}")
	List<TemplateVersion> templates(@PathVariable DocumentKind kind) {
		return templates.versions(admin().bureauId(), kind);
	}

	@GetMapping("/api/document-templates/{kind}/{version}")
	ResponseEntity<byte[]> template(@PathVariable DocumentKind kind, @PathVariable int version) {
		return download(kind.title() + "（模板第" + version + "版）.docx", templates.content(admin().bureauId(), kind, version));
	}

	@UploadRoles({ Role.ADMIN })
	@PostMapping("/api/document-templates/{kind}")
	@ResponseStatus(HttpStatus.CREATED)
	TemplateVersion upload(@PathVariable DocumentKind kind, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String note) {
		return templates.upload(CurrentUsers.get(), kind, file.getOriginalFilename(), bytes(file), note);
	}

	private static CurrentUser admin() {
		CurrentUser user = CurrentUsers.get();
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("只有管理员可以管理文书模板和文号格式");
		}
		return user;
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("file", "请选择文件");
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ResponseEntity<byte[]> docx(DocumentService.DocumentFile f) {
		return download(f.document().fileName(), f.content());
	}

	static ResponseEntity<byte[]> zip(ArchiveBundleService.Bundle b) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(b.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Manifest-SHA256", b.manifestSha256())
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(b.content());
	}

	static ResponseEntity<byte[]> download(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.body(content);
	}

}

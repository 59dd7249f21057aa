package cn.statenforce.evidence.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.evidence.EvidenceFileService;
import cn.statenforce.evidence.EvidenceRecord;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

/** Uploads from the case and inspection pages (the panel is the fragment {@code evidence/files}) and downloads. */
@Controller
class EvidenceFileController {

	private final EvidenceFileService evidence;

	EvidenceFileController(EvidenceFileService evidence) {
		this.evidence = evidence;
	}

	@UploadRoles({ Role.INSPECTOR })
	@PostMapping("/cases/{id}/evidence-files")
	String uploadToCase(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			HttpServletRequest request, RedirectAttributes redirect) {
		return upload(EvidenceRecord.CASE, id, files, request, redirect, "/cases/" + id);
	}

	@UploadRoles({ Role.INSPECTOR })
	@PostMapping("/inspection/inspections/{id}/evidence-files")
	String uploadToInspection(@PathVariable long id,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			RedirectAttributes redirect) {
		return upload(EvidenceRecord.INSPECTION, id, files, request, redirect, "/inspection/inspections/" + id);
	}

	@GetMapping("/cases/{id}/evidence-files/{fileId}")
	ResponseEntity<byte[]> caseFile(@PathVariable long id, @PathVariable long fileId) {
		return AttachmentHttp.download(evidence.download(CurrentUsers.get(), EvidenceRecord.CASE, id, fileId));
	}

	@GetMapping("/inspection/inspections/{id}/evidence-files/{fileId}")
	ResponseEntity<byte[]> inspectionFile(@PathVariable long id, @PathVariable long fileId) {
		return AttachmentHttp.download(evidence.download(CurrentUsers.get(), EvidenceRecord.INSPECTION, id, fileId));
	}

	private String upload(EvidenceRecord kind, long id, List<MultipartFile> files, HttpServletRequest request,
			RedirectAttributes redirect, String back) {
		try {
			var stored = evidence.upload(CurrentUsers.get(), request.getRemoteAddr(), kind, id, AttachmentHttp.uploads(files));
			redirect.addFlashAttribute("message", "证据文件已上传，本记录现有证据文件" + stored.size() + "份");
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:" + back + "#evidence-files";
	}

}

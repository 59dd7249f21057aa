package cn.statenforce.evidence.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.evidence.EvidenceFile;
import cn.statenforce.evidence.EvidenceFileService;
import cn.statenforce.evidence.EvidenceRecord;
import cn.statenforce.organization.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Evidence files of cases and inspections for API clients (multipart field {@code files}). */
@RestController
@Tag(name = "证据文件", description = "执法案件和执法检查的证据文件（照片、音像记录、扫描件）：上传、列表、下载")
class EvidenceFileApiController {

	private final EvidenceFileService evidence;

	EvidenceFileApiController(EvidenceFileService evidence) {
		this.evidence = evidence;
	}

	@UploadRoles({ Role.INSPECTOR })
	@PostMapping(path = "/api/cases/{id}/evidence-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "上传案件证据文件（本案执法人员，结案前）")
	List<EvidenceFile> uploadToCase(@PathVariable long id,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request) {
		return evidence.upload(CurrentUsers.get(), request.getRemoteAddr(), EvidenceRecord.CASE, id, AttachmentHttp.uploads(files));
	}

	@UploadRoles({ Role.INSPECTOR })
	@PostMapping(path = "/api/inspections/{id}/evidence-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "上传检查证据文件（本次检查的执法人员，办结前）")
	List<EvidenceFile> uploadToInspection(@PathVariable long id,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request) {
		return evidence.upload(CurrentUsers.get(), request.getRemoteAddr(), EvidenceRecord.INSPECTION, id,
				AttachmentHttp.uploads(files));
	}

	@GetMapping("/api/cases/{id}/evidence-files")
	@Operation(summary = "案件证据文件列表")
	List<EvidenceFile> caseFiles(@PathVariable long id) {
		return evidence.list(CurrentUsers.get(), EvidenceRecord.CASE, id);
	}

	@GetMapping("/api/inspections/{id}/evidence-files")
	@Operation(summary = "检查证据文件列表")
	List<EvidenceFile> inspectionFiles(@PathVariable long id) {
		return evidence.list(CurrentUsers.get(), EvidenceRecord.INSPECTION, id);
	}

	@GetMapping("/api/cases/{id}/evidence-files/{fileId}")
	@Operation(summary = "下载案件证据文件")
	ResponseEntity<byte[]> caseFile(@PathVariable long id, @PathVariable long fileId) {
		return AttachmentHttp.download(evidence.download(CurrentUsers.get(), EvidenceRecord.CASE, id, fileId));
	}

	@GetMapping("/api/inspections/{id}/evidence-files/{fileId}")
	@Operation(summary = "下载检查证据文件")
	ResponseEntity<byte[]> inspectionFile(@PathVariable long id, @PathVariable long fileId) {
		return AttachmentHttp.download(evidence.download(CurrentUsers.get(), EvidenceRecord.INSPECTION, id, fileId));
	}

}

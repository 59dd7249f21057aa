package cn.statenforce.rectification.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.document.RecordDocuments;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.rectification.RectificationDocuments;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

/** The 整改通知书 and 整改情况报告 of a plan: made, downloaded as DOCX, viewed as PDF where a converter is installed. */
@Controller
class RectificationDocumentController {

	private final RectificationDocuments documents;

	private final RecordDocuments rendering;

	RectificationDocumentController(RectificationDocuments documents, RecordDocuments rendering) {
		this.documents = documents;
		this.rendering = rendering;
	}

	@PostMapping("/rectification/plans/{id}/notice")
	String makeNotice(@PathVariable long id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("message", "已制作整改通知书，文号 " + documents.makeNotice(CurrentUsers.get(), id));
		}
		catch (ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/rectification/plans/" + id;
	}

	@GetMapping("/rectification/plans/{id}/notice.docx")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return rendering.download(documents.notice(CurrentUsers.get(), id), false);
	}

	@GetMapping("/rectification/plans/{id}/notice.pdf")
	ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
		return rendering.download(documents.notice(CurrentUsers.get(), id), true);
	}

	@GetMapping("/rectification/plans/{id}/report.docx")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		return rendering.download(documents.report(CurrentUsers.get(), id), false);
	}

	@GetMapping("/rectification/plans/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
		return rendering.download(documents.report(CurrentUsers.get(), id), true);
	}

}

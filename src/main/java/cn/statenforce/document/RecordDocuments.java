package cn.statenforce.document;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import cn.statenforce.organization.BureauService;

/**
 * Documents of records other than a case (the inspection's 统计执法检查通知书, the rectification's 整改通知书 and
 * 整改情况报告): filled from the bureau's template in force for the kind with the fields the owning capability
 * supplies, rendered on each download (the record, not the file, is what is kept; the number comes from the
 * register when the record took it), as DOCX or, where a converter is installed, as PDF for viewing in the browser.
 */
@Service
public class RecordDocuments {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DocumentTemplates templates;

	private final DocumentRenderer renderer;

	private final BureauService bureaus;

	private final PdfConverter pdf;

	RecordDocuments(DocumentTemplates templates, DocumentRenderer renderer, BureauService bureaus, PdfConverter pdf) {
		this.templates = templates;
		this.renderer = renderer;
		this.bureaus = bureaus;
		this.pdf = pdf;
	}

	/** A rendered document: its download name (title and number), the template version used, the DOCX bytes. */
	public record Rendered(String fileName, int templateVersion, byte[] content) {
	}

	/**
	 * The kind's document for the bureau from {@code fields}; {@code bureauName} and {@code issuedOnText} are filled
	 * unless given, every other field of the template the caller does not give stays empty.
	 */
	public Rendered render(long bureauId, DocumentKind kind, Map<String, Object> fields, String reference) {
		Map<String, Object> model = new HashMap<>();
		CaseMergeModel.FIELDS.forEach(f -> model.put(f, ""));
		model.put("bureauName", bureaus.bureau(bureauId).name());
		model.put("issuedOnText", ChineseText.date(cn.statenforce.shared.AppClock.today()));
		model.putAll(fields);
		DocumentTemplates.Template t = templates.current(bureauId, kind);
		return new Rendered(DocumentService.fileName(kind, reference, null), t.version(),
				renderer.render(t.content(), model));
	}

	/** A converter is installed: the pages offer 在线查看（PDF） next to the DOCX. */
	public boolean pdfAvailable() {
		return pdf.available();
	}

	/** The DOCX as a download. */
	public static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").contentType(DOCX).body(content);
	}

	/** The PDF rendering, shown inline in the browser (409 in Chinese when there is no converter or it fails). */
	public ResponseEntity<byte[]> pdf(String docxFileName, byte[] docx) {
		byte[] content = pdf.toPdf(docx);
		String name = docxFileName.replaceAll("\\.docx$", "") + ".pdf";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").contentType(MediaType.APPLICATION_PDF).body(content);
	}

	/** A rendered document as DOCX, or as PDF when {@code asPdf}. */
	public ResponseEntity<byte[]> download(Rendered r, boolean asPdf) {
		return asPdf ? pdf(r.fileName(), r.content()) : docx(r.fileName(), r.content());
	}

}

package cn.statenforce.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.evidence.EvidenceFile;
import cn.statenforce.evidence.EvidenceFileService;
import cn.statenforce.evidence.EvidenceRecord;
import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;

/**
 * The archive bundle of a case (归档材料包, for 归档 and 案卷评查): a ZIP with the 卷内目录 (DOCX, from its template),
 * every current document of the case, the scanned 送达回证 of their service, and {@value ArchiveBundleVerifier#MANIFEST}
 * with the SHA-256 of each file. The manifest's own digest is registered, so the verify endpoint also tells a bundle
 * the system made from one whose manifest was rewritten. Made once the dossier is complete for the archive.
 */
@Service
public class ArchiveBundleService {

	private final CaseQueryService cases;

	private final DossierService dossier;

	private final DocumentService documents;

	private final DocumentTemplates templates;

	private final DocumentRenderer renderer;

	private final CaseMergeModel model;

	private final BureauService bureaus;

	private final DocumentMapper mapper;

	private final EvidenceFileService evidence;

	ArchiveBundleService(CaseQueryService cases, DossierService dossier, DocumentService documents,
			DocumentTemplates templates, DocumentRenderer renderer, CaseMergeModel model, BureauService bureaus,
			DocumentMapper mapper, EvidenceFileService evidence) {
		this.evidence = evidence;
		this.cases = cases;
		this.dossier = dossier;
		this.documents = documents;
		this.templates = templates;
		this.renderer = renderer;
		this.model = model;
		this.bureaus = bureaus;
		this.mapper = mapper;
	}

	/** A bundle and its name. */
	public record Bundle(String fileName, byte[] content, String manifestSha256) {
	}

	/** The outcome of a verification, with the case the registered manifest belongs to when it is known. */
	public record Verification(boolean valid, int entries, String manifestSha256, List<String> problems,
			ArchiveBundleRecord issued) {
	}

	@Transactional
	public Bundle bundle(CurrentUser user, long caseId) {
		CaseDetails d = cases.details(user, caseId);
		EnforcementCase c = d.enforcementCase();
		bureaus.ensureWritable(user, c.getBureauId(), "案卷");
		dossier.requireComplete(user, caseId, true);
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		int no = 1;
		for (DocumentService.DocumentView v : dossier.views(caseId)) {
			if (!v.document().current()) {
				continue;
			}
			EnforcementDocument doc = v.document();
			String path = String.format("文书/%02d_%s", no, doc.fileName());
			files.put(path, documents.content(doc));
			rows.add(row(no++, doc.title(), doc.docNumber(), ChineseText.date(doc.createdAt().toLocalDate())));
			for (ServiceRecord s : v.services()) {
				if (s.receiptAttachmentId() != null) {
					AttachmentService.AttachmentFile f = documents.receipt(user, doc.id(), s.receiptAttachmentId());
					files.put(String.format("送达回证/%02d_%s", no, f.attachment().fileName()), f.content());
					rows.add(row(no++, "送达回证（" + doc.title() + "，" + s.methodLabel() + "）", doc.docNumber(),
							ChineseText.date(s.servedOn())));
				}
			}
		}
		// the evidence files of the case (photos, recordings, scans), each under its step, in upload order
		for (EvidenceFile e : evidence.list(user, EvidenceRecord.CASE, caseId)) {
			AttachmentService.AttachmentFile f = evidence.download(user, EvidenceRecord.CASE, caseId, e.attachment().id());
			files.put(String.format("证据材料/%02d_%s", no, f.attachment().fileName()), f.content());
			rows.add(row(no++, "证据材料：" + f.attachment().fileName() + (e.stepLabel().isBlank() ? "" : "（" + e.stepLabel() + "）"),
					null, ChineseText.date(f.attachment().uploadedAt().toLocalDate())));
		}
		Map<String, Object> fields = model.of(d, bureaus.bureau(c.getBureauId()), "");
		fields.put(DocumentRenderer.ITEMS, rows);
		Map<String, byte[]> all = new LinkedHashMap<>();
		all.put("00_卷内目录.docx", renderer.render(DocumentTemplates.builtIn(DocumentTemplates.CONTENTS), fields));
		all.putAll(files);
		StringBuilder manifest = new StringBuilder();
		all.forEach((path, bytes) -> manifest.append(AttachmentService.sha256(bytes)).append("  ").append(path).append('\n'));
		byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
		all.put(ArchiveBundleVerifier.MANIFEST, manifestBytes);
		String digest = AttachmentService.sha256(manifestBytes);
		mapper.insertBundle(new ArchiveBundleRecord(null, c.getBureauId(), caseId, digest, all.size() - 1,
				user.username(), AppClock.now()));
		return new Bundle(("案卷材料包（" + c.displayNumber() + "）.zip").replaceAll("[\\\\/:*?\"<>|]", "_"), zip(all), digest);
	}

	/** Verifies a bundle: its files against its manifest, and the manifest against the register of bundles made. */
	public Verification verify(CurrentUser user, byte[] zip) {
		ArchiveBundleVerifier.Result r = ArchiveBundleVerifier.verify(zip);
		ArchiveBundleRecord issued = r.manifestSha256() == null ? null : mapper.selectBundleByManifest(r.manifestSha256());
		if (issued != null && !bureaus.canRead(user, issued.bureauId())) {
			issued = null;
		}
		List<String> problems = new ArrayList<>(r.problems());
		if (r.manifestSha256() != null && issued == null) {
			problems.add("校验清单不是本系统为可查阅案件生成的（清单可能被改写）");
		}
		return new Verification(problems.isEmpty(), r.entries(), r.manifestSha256(), problems, issued);
	}

	private static Map<String, Object> row(int no, String title, String number, String date) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("no", String.valueOf(no));
		m.put("title", title);
		m.put("number", number == null ? "" : number);
		m.put("date", date);
		return m;
	}

	private static byte[] zip(Map<String, byte[]> files) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> e : files.entrySet()) {
				ZipEntry entry = new ZipEntry(e.getKey());
				entry.setTime(0L);
				z.putNextEntry(entry);
				z.write(e.getValue());
				z.closeEntry();
			}
			z.finish();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

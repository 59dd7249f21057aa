package cn.statenforce.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * The templates of the documents: version 1 of each kind ships with the application
 * ({@code documents/templates/<KIND>.docx}, built by {@code src/main/docx-templates/make_templates.py}), and for the
 * four approval sheets a built-in version 2 ({@code <KIND>.v2.docx}) that adds the 法定要件核验 table; a bureau's ADMIN
 * uploads later versions (numbered after the built-in ones), which are kept, the newest in force. Every generated
 * document records the version it used; the built-in versions are never edited, a change is a new version.
 */
@Service
public class DocumentTemplates {

	/** The 卷内目录 of the archive bundle: not a document of its own, but a template like the others. */
	static final String CONTENTS = "DOSSIER_CONTENTS";

	private static final long MAX_BYTES = 5L * 1024 * 1024;

	private final DocumentMapper mapper;

	private final DocumentRenderer renderer;

	DocumentTemplates(DocumentMapper mapper, DocumentRenderer renderer) {
		this.mapper = mapper;
		this.renderer = renderer;
	}

	/** A template's bytes and version. */
	public record Template(int version, byte[] content) {
	}

	/** The built-in versions beyond 1: the approval sheets' version 2 prints the 法定要件核验 table. */
	private static final Set<DocumentKind> WITH_CHECKLIST = Set.of(DocumentKind.FILING_APPROVAL, DocumentKind.LEGAL_REVIEW,
			DocumentKind.DECISION_APPROVAL, DocumentKind.CLOSING_APPROVAL);

	/** The newest built-in version of a kind. */
	static int builtInLatest(DocumentKind kind) {
		return WITH_CHECKLIST.contains(kind) ? 2 : 1;
	}

	/** The template in force for the bureau and kind: its newest upload, else the newest built-in version. */
	Template current(long bureauId, DocumentKind kind) {
		TemplateVersion latest = mapper.selectLatestTemplate(bureauId, kind.name());
		if (latest == null) {
			int v = builtInLatest(kind);
			return new Template(v, builtIn(kind, v));
		}
		return new Template(latest.version(), mapper.selectTemplateContent(latest.id()).content());
	}

	/** The versions a bureau uploaded for a kind (version 1, built in, is not listed). */
	public List<TemplateVersion> versions(long bureauId, DocumentKind kind) {
		return mapper.selectTemplates(bureauId, kind.name());
	}

	/**
	 * The bytes of one version: the bureau's upload of that number, else the built-in one (1, and 2 for the approval
	 * sheets); 404 for a version the bureau does not have.
	 */
	public byte[] content(long bureauId, DocumentKind kind, int version) {
		return mapper.selectTemplates(bureauId, kind.name()).stream().filter(t -> t.version() == version).findFirst()
			.map(t -> mapper.selectTemplateContent(t.id()).content())
			.orElseGet(() -> {
				if (version < 1 || version > builtInLatest(kind)) {
					throw new NotFoundException("文书模板版本不存在");
				}
				return builtIn(kind, version);
			});
	}

	/**
	 * A new version uploaded by an ADMIN of the bureau. It must be a DOCX whose merge fields are all known (400
	 * naming {@code file} and the unknown fields otherwise); the older versions stay.
	 */
	@Transactional
	public TemplateVersion upload(CurrentUser user, DocumentKind kind, String fileName, byte[] content, String note) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("只有管理员可以上传文书模板");
		}
		if (content == null || content.length == 0 || content.length > MAX_BYTES) {
			throw new BadRequestException("file", "请上传不超过5 MB的DOCX模板文件");
		}
		Set<String> tags;
		try {
			tags = renderer.tags(content);
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException("file", "模板文件不是有效的DOCX文档");
		}
		Set<String> unknown = new TreeSet<>(tags);
		unknown.removeAll(CaseMergeModel.FIELDS);
		if (!unknown.isEmpty()) {
			throw new BadRequestException("file", "模板中有系统不认识的合并域：" + String.join("、", unknown));
		}
		if (note != null && note.length() > 500) {
			throw new BadRequestException("note", "版本说明不超过500字");
		}
		Integer max = mapper.selectMaxTemplateVersion(user.bureauId(), kind.name());
		var row = new DocumentMapper.TemplateRow();
		row.bureauId = user.bureauId();
		row.kind = kind.name();
		row.version = Math.max(max == null ? 1 : max, builtInLatest(kind)) + 1;
		row.fileName = fileName == null || fileName.isBlank() ? kind.title() + ".docx" : fileName.strip();
		if (row.fileName.length() > 255) {
			throw new BadRequestException("file", "模板文件名过长（不超过255字）");
		}
		row.sha256 = AttachmentService.sha256(content);
		row.content = content;
		row.note = note;
		row.uploadedBy = user.username();
		row.uploadedAt = AppClock.now();
		mapper.insertTemplate(row);
		return mapper.selectLatestTemplate(user.bureauId(), kind.name());
	}

	static byte[] builtIn(DocumentKind kind, int version) {
		return builtIn(version == 1 ? kind.name() : kind.name() + ".v" + version);
	}

	static byte[] builtIn(String name) {
		try (InputStream in = new ClassPathResource("documents/templates/" + name + ".docx").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

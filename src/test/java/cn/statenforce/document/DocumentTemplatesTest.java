package cn.statenforce.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The templates: every kind has a built-in one whose merge fields the case model fills; an ADMIN's upload becomes the
 * next version, the documents made afterwards record it, and the old version stays downloadable.
 */
@StatEnforceTest
class DocumentTemplatesTest {

	@Autowired
	DocumentTemplates templates;

	@Autowired
	DocumentRenderer renderer;

	@Autowired
	CaseFixture f;

	@Autowired
	DocumentService documents;

	@Test
	void shouldShipATemplateForEveryKindWhoseFieldsTheModelKnows() {
		List<String> names = new ArrayList<>();
		for (DocumentKind k : DocumentKind.values()) {
			names.add(k.name());
		}
		names.add(DocumentTemplates.CONTENTS);
		// the approval sheets' built-in version 2, with the 法定要件核验 table
		for (DocumentKind k : List.of(DocumentKind.FILING_APPROVAL, DocumentKind.LEGAL_REVIEW, DocumentKind.DECISION_APPROVAL,
				DocumentKind.CLOSING_APPROVAL)) {
			names.add(k.name() + ".v2");
		}
		for (String name : names) {
			Set<String> tags = renderer.tags(DocumentTemplates.builtIn(name));
			assertThat(tags).as(name).isNotEmpty();
			Set<String> unknown = new TreeSet<>(tags);
			unknown.removeAll(CaseMergeModel.FIELDS);
			assertThat(unknown).as("fields of " + name + " the model does not fill").isEmpty();
		}
	}

	@Test
	void shouldUseAnUploadedVersionAndKeepTheOldOne() throws IOException {
		EnforcementCase c = f.filed();
		byte[] v1 = DocumentTemplates.builtIn(DocumentKind.INTERVIEW_RECORD.name());
		// the bureau's own wording: one paragraph added to the built-in template
		byte[] v2;
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(v1)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			d.createParagraph().createRun().setText("本笔录共　页，询问地点：{{bureauName}}执法办案区（同步录音录像）");
			d.write(out);
			v2 = out.toByteArray();
		}
		// only an ADMIN uploads; unknown fields and files that are no DOCX are refused, naming the field
		assertThatThrownBy(() -> templates.upload(f.as("yuhu.inspector1"), DocumentKind.INTERVIEW_RECORD, "询问笔录.docx", v2, null))
			.isInstanceOf(ForbiddenException.class);
		byte[] unknownField = withParagraph(v1, "被询问人：{{intervieweeName}}");
		assertThatThrownBy(() -> templates.upload(f.as("yuhu.admin"), DocumentKind.INTERVIEW_RECORD, "询问笔录.docx", unknownField, null))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("intervieweeName")
			.satisfies(e -> assertThat(((BadRequestException) e).field()).isEqualTo("file"));
		assertThatThrownBy(() -> templates.upload(f.as("yuhu.admin"), DocumentKind.INTERVIEW_RECORD, "询问笔录.docx",
				"这不是Word文档".getBytes(java.nio.charset.StandardCharsets.UTF_8), null))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("DOCX");

		TemplateVersion uploaded = templates.upload(f.as("yuhu.admin"), DocumentKind.INTERVIEW_RECORD, "雨湖区询问笔录（2026版）.docx",
				v2, "增加询问地点和同步录音录像");
		assertThat(uploaded.version()).isGreaterThanOrEqualTo(2);
		EnforcementDocument d = documents.generate(f.as("yuhu.inspector1"), c.getId(), DocumentKind.INTERVIEW_RECORD);
		assertThat(d.templateVersion()).isEqualTo(uploaded.version());
		assertThat(DossierFixture.text(documents.file(f.as("yuhu.inspector1"), d.id()).content()))
			.contains("询问地点：雨湖区统计局执法办案区（同步录音录像）", c.getCaseNumber());
		// the old version is kept and can be downloaded; the other district still uses the built-in one
		assertThat(templates.content(c.getBureauId(), DocumentKind.INTERVIEW_RECORD, 1)).isEqualTo(v1);
		assertThat(templates.content(c.getBureauId(), DocumentKind.INTERVIEW_RECORD, uploaded.version())).isEqualTo(v2);
		long yuetang = f.as("yuetang.admin").bureauId();
		assertThat(templates.current(yuetang, DocumentKind.INTERVIEW_RECORD).version()).isEqualTo(1);
	}

	@Test
	void shouldKeepBothBuiltInVersionsOfAnApprovalSheetAndNumberAnUploadAfterThem() throws IOException {
		long yuetang = f.as("yuetang.admin").bureauId();
		byte[] v1 = DocumentTemplates.builtIn(DocumentKind.CLOSING_APPROVAL.name());
		byte[] v2 = DocumentTemplates.builtIn(DocumentKind.CLOSING_APPROVAL.name() + ".v2");
		// version 1 stays as shipped (no 法定要件核验 table); version 2 adds it and is in force
		assertThat(DossierFixture.text(v1)).contains("统计行政处罚结案审批表").doesNotContain("法定要件核验");
		assertThat(DossierFixture.text(v2)).contains("统计行政处罚结案审批表", "法定要件核验");
		assertThat(templates.current(yuetang, DocumentKind.CLOSING_APPROVAL).version()).isEqualTo(2);
		assertThat(templates.content(yuetang, DocumentKind.CLOSING_APPROVAL, 1)).isEqualTo(v1);
		assertThat(templates.content(yuetang, DocumentKind.CLOSING_APPROVAL, 2)).isEqualTo(v2);
		assertThatThrownBy(() -> templates.content(yuetang, DocumentKind.CLOSING_APPROVAL, 3))
			.isInstanceOf(cn.statenforce.shared.NotFoundException.class);
		// the bureau's own sheet is numbered after the built-in versions and takes over; both built-in ones are kept
		byte[] own = withParagraph(v2, "承办机构：{{bureauName}}法制股");
		TemplateVersion uploaded = templates.upload(f.as("yuetang.admin"), DocumentKind.CLOSING_APPROVAL, "结案审批表（岳塘区）.docx",
				own, "增加承办机构");
		assertThat(uploaded.version()).isEqualTo(3);
		assertThat(templates.current(yuetang, DocumentKind.CLOSING_APPROVAL).version()).isEqualTo(3);
		assertThat(templates.content(yuetang, DocumentKind.CLOSING_APPROVAL, 2)).isEqualTo(v2);
	}

	private static byte[] withParagraph(byte[] docx, String text) throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			d.createParagraph().createRun().setText(text);
			d.write(out);
			return out.toByteArray();
		}
	}

}

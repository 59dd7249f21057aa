package cn.statenforce.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;

/**
 * Completes a case's dossier the way an inspector does it after the case steps: makes each required document that is
 * missing and records its service directly, on the day the case recorded for it, with a scanned 送达回证.
 */
@Component
public class DossierFixture {

	public final DocumentService documents;

	public final DossierService dossier;

	public final ArchiveBundleService bundles;

	public final DocumentNumbers numbers;

	public final DocumentTemplates templates;

	/** For drivers outside a Spring test (the benchmarks). */
	public static DossierFixture of(org.springframework.context.ApplicationContext ctx) {
		return new DossierFixture(ctx.getBean(DocumentService.class), ctx.getBean(DossierService.class),
				ctx.getBean(ArchiveBundleService.class), ctx.getBean(DocumentNumbers.class), ctx.getBean(DocumentTemplates.class));
	}

	DossierFixture(DocumentService documents, DossierService dossier, ArchiveBundleService bundles,
			DocumentNumbers numbers, DocumentTemplates templates) {
		this.documents = documents;
		this.dossier = dossier;
		this.bundles = bundles;
		this.numbers = numbers;
		this.templates = templates;
	}

	/** Every item 结案 needs ({@code archiving} false) or 归档 needs too (the closing approval). */
	public void complete(CurrentUser inspector, EnforcementCase c, boolean archiving) {
		complete(inspector, c.getId(), archiving);
	}

	public void complete(CurrentUser inspector, long caseId, boolean archiving) {
		EnforcementCase c = documents.caseOf(inspector, caseId);
		for (DossierItem i : dossier.checklist(inspector, caseId)) {
			if (i.kind() == null || !i.blocking(archiving)) {
				continue;
			}
			Long id = i.documentId();
			if (id == null) {
				id = documents.generate(inspector, c.getId(), i.kind()).id();
			}
			if (i.kind().served()) {
				EnforcementCase now = documents.caseOf(inspector, c.getId());
				documents.recordService(inspector, id, direct(servedOn(now, i.kind()), now.getPartyName()),
						List.of(EvidenceFiles.png("送达回证.png")));
			}
		}
	}

	public static DocumentCommands.Service direct(LocalDate on, String recipient) {
		return new DocumentCommands.Service(ServiceMethod.DIRECT, on, recipient, null, null, null, null, null);
	}

	private static LocalDate servedOn(EnforcementCase c, DocumentKind kind) {
		LocalDate d = switch (kind) {
			case PRIOR_NOTICE -> c.getNoticeServedOn();
			case HEARING_NOTICE -> c.getHearingNoticeServedOn();
			case PENALTY_DECISION -> c.getServedOn();
			default -> null;
		};
		return d != null ? d : AppClock.today();
	}

	/** The text of a DOCX, paragraphs and table cells, as Word shows it. */
	public static String text(byte[] docx) {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			return x.getText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

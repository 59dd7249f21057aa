package cn.statenforce.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseDecisionService;
import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseExecutionService;
import cn.statenforce.enforcementcase.CaseHearingService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_PRIOR_NOTICE;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_SERVE_DECISION;

/**
 * A case's documents: generated from the template in force (the version recorded), numbered from the register
 * when the kind has a 文号 (generated again, the document keeps its number; voided, the number is retired and the
 * next generation takes a new one), downloaded with the SHA-256 checked, and served.
 * <p>
 * Service (送达) is recorded on the document and is what the case's statutory clocks read: serving the prior notice
 * completes the case's 事先告知 step with that day and method (the statement and hearing-request windows run from
 * it), serving the decision completes 送达 (the 15 days to pay, 复议 60 days and 诉讼 6 months run from it). Where the
 * case recorded the day itself (the hearing notice, an on-the-spot decision), the service must agree with it.
 */
@Service
public class DocumentService {

	/** Owner type of the scanned 送达回证 in the attachment store. */
	static final String RECEIPT_OWNER = "DOCUMENT_SERVICE";

	static final String WHAT = "执法文书";

	private final DocumentMapper mapper;
	private final DocumentNumbers numbers;
	private final DocumentTemplates templates;
	private final DocumentRenderer renderer;
	private final CaseMergeModel model;
	private final CaseQueryService cases;
	private final CaseHearingService hearings;
	private final CaseExecutionService execution;
	private final CaseDecisionService decisions;
	private final BureauService bureaus;
	private final AttachmentService attachments;
	private final PenaltyDeadlines deadlines;

	DocumentService(DocumentMapper mapper, DocumentNumbers numbers, DocumentTemplates templates, DocumentRenderer renderer,
			CaseMergeModel model, CaseQueryService cases, CaseHearingService hearings, CaseExecutionService execution,
			CaseDecisionService decisions, BureauService bureaus, AttachmentService attachments,
			PenaltyDeadlines deadlines) {
		this.mapper = mapper;
		this.numbers = numbers;
		this.templates = templates;
		this.renderer = renderer;
		this.model = model;
		this.cases = cases;
		this.hearings = hearings;
		this.execution = execution;
		this.decisions = decisions;
		this.bureaus = bureaus;
		this.attachments = attachments;
		this.deadlines = deadlines;
	}

	/** A document with its service and the periods that run from it. */
	public record DocumentView(EnforcementDocument document, List<ServiceRecord> services, List<String> clocks) {

		public boolean served() {
			return !services.isEmpty();
		}

	}

	/** The document's bytes, checked against the recorded SHA-256. */
	public record DocumentFile(EnforcementDocument document, byte[] content) {
	}

	/** The kinds a case can have generated now, from what it has recorded so far. */
	public Set<DocumentKind> available(EnforcementCase c) {
		Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
		if (c.getCaseNumber() != null || "SUMMARY".equals(c.getProcedureType())) {
			kinds.add(DocumentKind.INSPECTION_RECORD);
			kinds.add(DocumentKind.INTERVIEW_RECORD);
		}
		if (c.getFiledOn() != null) {
			kinds.add(DocumentKind.FILING_APPROVAL);
		}
		if (c.getReportedOn() != null) {
			kinds.add(DocumentKind.INVESTIGATION_REPORT);
		}
		if (c.getProposal() == Disposition.PENALTY || c.getNoticeServedOn() != null) {
			kinds.add(DocumentKind.PRIOR_NOTICE);
		}
		if (c.getHearingDate() != null) {
			kinds.add(DocumentKind.HEARING_NOTICE);
		}
		if (c.isLegalReviewRequired() && c.isLegalReviewPassed()) {
			kinds.add(DocumentKind.LEGAL_REVIEW);
		}
		if (c.isDiscussionDone()) {
			kinds.add(DocumentKind.COLLECTIVE_DISCUSSION);
		}
		if (c.getDecidedOn() != null && !"SUMMARY".equals(c.getProcedureType())) {
			kinds.add(DocumentKind.DECISION_APPROVAL);
		}
		if (c.getDecisionNumber() != null && c.getDecisionOutcome() != Disposition.TRANSFER) {
			kinds.add(DocumentKind.PENALTY_DECISION);
		}
		if (c.isCorrectionOrdered()) {
			kinds.add(DocumentKind.CORRECTION_ORDER);
		}
		if (c.getClosedOn() != null) {
			kinds.add(DocumentKind.CLOSING_APPROVAL);
		}
		return kinds;
	}

	/** The case as the user may read it. */
	public EnforcementCase caseOf(CurrentUser user, long caseId) {
		return cases.get(user, caseId);
	}

	/** The case's documents (all versions, voided ones too) with their service. */
	public List<DocumentView> caseDocuments(CurrentUser user, long caseId) {
		cases.get(user, caseId);
		return views(caseId);
	}

	List<DocumentView> views(long caseId) {
		List<ServiceRecord> all = mapper.selectServicesOfSubject(SUBJECT_TYPE, caseId);
		return mapper.selectDocuments(SUBJECT_TYPE, caseId).stream().map(d -> {
			List<ServiceRecord> s = all.stream().filter(r -> r.documentId().equals(d.id())).toList();
			return new DocumentView(d, s, clocks(d, s));
		}).toList();
	}

	/** The periods that run from the service, as the case page shows them. */
	private List<String> clocks(EnforcementDocument d, List<ServiceRecord> services) {
		if (services.isEmpty()) {
			return List.of();
		}
		LocalDate served = services.get(services.size() - 1).effectiveOn();
		return switch (d.documentKind()) {
			case PRIOR_NOTICE -> List.of("陈述、申辩期限至 " + deadlines.statementDefenceDeadline(served));
			case PENALTY_DECISION -> List.of("申请行政复议期限至 " + deadlines.administrativeReviewDeadline(served),
					"提起行政诉讼期限至 " + deadlines.litigationDeadline(served));
			default -> List.of();
		};
	}

	/**
	 * Generates a document of the case from the template in force. 409 when the case has not reached the point where
	 * the kind exists, or when the current document of the kind has been served (a served document stays as served).
	 */
	@Transactional
	public EnforcementDocument generate(CurrentUser user, long caseId, DocumentKind kind) {
		if (!caseKinds().contains(kind)) {
			throw new BadRequestException("kind", "「" + kind.title() + "」不能在案件中直接生成");
		}
		CaseDetails d = cases.details(user, caseId);
		EnforcementCase c = d.enforcementCase();
		bureaus.ensureWritable(user, c.getBureauId(), WHAT);
		if (!available(c).contains(kind)) {
			throw new ConflictException("案件尚未办理到可以制作「" + kind.title() + "」的环节");
		}
		EnforcementDocument previous = currentOf(caseId, kind, null);
		if (previous != null && !mapper.selectServices(previous.id()).isEmpty()) {
			throw new ConflictException("「" + kind.title() + "」已送达，不能重新生成");
		}
		Numbered n = number(user, c, kind);
		DocumentTemplates.Template t = templates.current(c.getBureauId(), kind);
		Map<String, Object> fields = model.of(d, bureaus.bureau(c.getBureauId()), n.text());
		model.putChecklist(fields, caseId, kind);
		return store(user, c, kind, n, null, t.version(), renderer.render(t.content(), fields), previous);
	}

	/** 送达回证 for a served kind's current document, prefilled with the document's title and number. */
	@Transactional
	public EnforcementDocument generateReceipt(CurrentUser user, long documentId) {
		EnforcementDocument served = writableDocument(user, documentId);
		if (!served.documentKind().served() || !served.current()) {
			throw new ConflictException("只能为有效的需送达文书制作送达回证");
		}
		CaseDetails d = cases.details(user, served.subjectId());
		EnforcementCase c = d.enforcementCase();
		DocumentTemplates.Template t = templates.current(c.getBureauId(), DocumentKind.SERVICE_RECEIPT);
		Map<String, Object> fields = model.of(d, bureaus.bureau(c.getBureauId()), "");
		fields.put("servedTitle", served.title());
		fields.put("servedNumber", served.docNumber() == null ? "" : served.docNumber());
		EnforcementDocument previous = currentOf(c.getId(), DocumentKind.SERVICE_RECEIPT, documentId);
		return store(user, c, DocumentKind.SERVICE_RECEIPT, new Numbered(null, null), documentId, t.version(),
				renderer.render(t.content(), fields), previous);
	}

	private record Numbered(Long id, String text) {
	}

	/**
	 * The number of the document: the one already issued to the case for the kind, else the next from the register.
	 * The decision's number is issued with the decision; after it was voided the new one goes back to the case.
	 */
	private Numbered number(CurrentUser user, EnforcementCase c, DocumentKind kind) {
		if (!kind.numbered()) {
			return new Numbered(null, null);
		}
		IssuedNumber issued = numbers.issuedTo(SUBJECT_TYPE, c.getId(), kind);
		if (issued != null) {
			return new Numbered(issued.id(), issued.docNumber());
		}
		if (kind == DocumentKind.PENALTY_DECISION && numbers.everIssuedTo(SUBJECT_TYPE, c.getId(), kind) == 0) {
			// decided before the register existed: the case's number stands
			return new Numbered(null, c.getDecisionNumber());
		}
		IssuedNumber fresh = numbers.issue(c.getBureauId(), kind, AppClock.today().getYear(), SUBJECT_TYPE, c.getId(),
				user.username());
		if (kind == DocumentKind.PENALTY_DECISION) {
			decisions.renumberDecision(AuditActor.user(user), c.getId(), fresh.docNumber());
		}
		return new Numbered(fresh.id(), fresh.docNumber());
	}

	private EnforcementDocument store(CurrentUser user, EnforcementCase c, DocumentKind kind, Numbered n, Long related,
			int templateVersion, byte[] content, EnforcementDocument previous) {
		if (previous != null && mapper.updateDocumentStatus(previous.id(), "CURRENT", "SUPERSEDED") != 1) {
			throw new ConflictException("该文书刚被其他用户修改，请刷新后重试");
		}
		var row = new DocumentMapper.DocumentRow();
		row.bureauId = c.getBureauId();
		row.subjectType = SUBJECT_TYPE;
		row.subjectId = c.getId();
		row.kind = kind.name();
		row.numberId = n.id();
		row.docNumber = n.text();
		row.relatedDocumentId = related;
		row.templateVersion = templateVersion;
		row.fileName = fileName(kind, n.text(), c.displayNumber());
		row.sizeBytes = content.length;
		row.sha256 = AttachmentService.sha256(content);
		row.content = content;
		row.createdBy = user.username();
		row.createdAt = AppClock.now();
		mapper.insertDocument(row);
		return mapper.selectDocument(row.id);
	}

	static String fileName(DocumentKind kind, String number, String caseNumber) {
		String ref = number != null ? number : caseNumber;
		return (kind.title() + (ref == null ? "" : "（" + ref + "）") + ".docx").replaceAll("[\\\\/:*?\"<>|]", "_");
	}

	private EnforcementDocument currentOf(long caseId, DocumentKind kind, Long related) {
		return mapper.selectDocuments(SUBJECT_TYPE, caseId).stream()
			.filter(d -> d.kind().equals(kind.name()) && d.current()
					&& (related == null || related.equals(d.relatedDocumentId())))
			.reduce((a, b) -> b).orElse(null);
	}

	/** The current document of a kind of the case, or null. */
	EnforcementDocument current(long caseId, DocumentKind kind) {
		return currentOf(caseId, kind, null);
	}

	/** The document's bytes for a user who may read its case (404 otherwise), the SHA-256 verified. */
	public DocumentFile file(CurrentUser user, long documentId) {
		EnforcementDocument d = readableDocument(user, documentId);
		return new DocumentFile(d, content(d));
	}

	byte[] content(EnforcementDocument d) {
		DocumentMapper.Content c = mapper.selectDocumentContent(d.id());
		if (!AttachmentService.sha256(c.content()).equals(c.sha256())) {
			throw new IllegalStateException("执法文书校验失败（SHA-256 不符）: " + d.id());
		}
		return c.content();
	}

	/** 作废: the document and its number are retired with the reason; a served document cannot be voided (409). */
	@Transactional
	public EnforcementDocument voidDocument(CurrentUser user, long documentId, DocumentCommands.Void cmd) {
		EnforcementDocument d = writableDocument(user, documentId);
		mapper.selectDocumentForUpdate(documentId);
		if (!d.current()) {
			throw new ConflictException("只能作废有效的文书");
		}
		if (!mapper.selectServices(documentId).isEmpty()) {
			throw new ConflictException("文书已送达，不能作废");
		}
		if (mapper.updateDocumentVoided(documentId, cmd.reason().strip(), user.username(), AppClock.now()) != 1) {
			throw new ConflictException("该文书刚被其他用户修改，请刷新后重试");
		}
		if (d.numberId() != null) {
			numbers.voidNumber(d.numberId(), cmd.reason().strip(), user.username());
		}
		return mapper.selectDocument(documentId);
	}

	/**
	 * 送达 of a served kind's current document, with the scanned 送达回证 if there is one. What the method needs must be
	 * on record (400 naming the field); the case's clocks take the day (see the class comment), and a case step that
	 * refuses the day refuses the service with it.
	 */
	@Transactional
	public ServiceRecord recordService(CurrentUser user, long documentId, DocumentCommands.Service cmd,
			List<FileUpload> receipt) {
		EnforcementDocument d = writableDocument(user, documentId);
		mapper.selectDocumentForUpdate(documentId);
		if (!d.documentKind().served()) {
			throw new ConflictException("「" + d.title() + "」无需送达");
		}
		if (!d.current()) {
			throw new ConflictException("只能登记有效文书的送达");
		}
		if (!mapper.selectServices(documentId).isEmpty()) {
			throw new ConflictException("该文书已登记送达");
		}
		checkService(d, cmd);
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE ? deadlines.publicNoticeServedOn(cmd.servedOn())
				: cmd.servedOn();
		Long receiptId = null;
		if (receipt != null && !receipt.isEmpty()) {
			List<Attachment> stored = attachments.store(d.bureauId(), RECEIPT_OWNER, documentId, receipt, user.username());
			receiptId = stored.get(stored.size() - 1).id();
		}
		ServiceRecord r = new ServiceRecord(null, documentId, cmd.method().name(), cmd.servedOn(), effective,
				cmd.recipient().strip(), blank(cmd.witness()), blank(cmd.trackingNumber()), blank(cmd.consentNote()),
				blank(cmd.noticeMedium()), receiptId, blank(cmd.note()), user.username(), AppClock.now());
		mapper.insertService(r);
		feedCase(user, d, cmd, effective);
		return mapper.selectServices(documentId).get(0);
	}

	private void checkService(EnforcementDocument d, DocumentCommands.Service cmd) {
		if (cmd.servedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("servedOn", "送达日期不能晚于今天");
		}
		switch (cmd.method()) {
			case LEFT -> require(cmd.witness(), "witness", "留置送达须填写见证人（《民事诉讼法》第八十九条）");
			case POST -> require(cmd.trackingNumber(), "trackingNumber", "邮寄送达须填写邮件号码");
			case ELECTRONIC -> require(cmd.consentNote(), "consentNote",
					"电子送达须经当事人同意并签订确认书（《行政处罚法》第六十一条），请填写确认情况");
			case PUBLIC_NOTICE -> require(cmd.noticeMedium(), "noticeMedium", "公告送达须填写公告的载体（报纸、网站或公告栏）");
			default -> {
			}
		}
	}

	/**
	 * The statutory clocks of the case run from this service. A service that does the case's step cannot be earlier than
	 * the document; one that confirms a day the case recorded first (the paper was served before it was entered) must be
	 * that day.
	 */
	private void feedCase(CurrentUser user, EnforcementDocument d, DocumentCommands.Service cmd, LocalDate effective) {
		CaseDetails details = cases.details(user, d.subjectId());
		EnforcementCase c = details.enforcementCase();
		Set<String> open = new java.util.HashSet<>();
		details.openTasks().forEach(t -> open.add(t.key()));
		switch (d.documentKind()) {
			case PRIOR_NOTICE -> {
				if (open.contains(TASK_PRIOR_NOTICE)) {
					notBeforeDocument(d, cmd);
					hearings.priorNotice(user, c.getId(), new CaseCommands.PriorNotice(cmd.servedOn(), cmd.method(), cmd.note()));
				}
				else {
					agree(c.getNoticeServedOn(), effective, "事先告知书");
				}
			}
			case PENALTY_DECISION -> {
				if (open.contains(TASK_SERVE_DECISION)) {
					notBeforeDocument(d, cmd);
					execution.serve(user, c.getId(), new CaseCommands.Service(cmd.servedOn(), cmd.method(), cmd.note()));
				}
				else {
					agree(c.getServedOn(), effective, "处罚决定书");
				}
			}
			case HEARING_NOTICE -> agree(c.getHearingNoticeServedOn(), effective, "听证通知书");
			default -> notBeforeDocument(d, cmd);
		}
	}

	private static void notBeforeDocument(EnforcementDocument d, DocumentCommands.Service cmd) {
		if (cmd.servedOn().isBefore(d.createdAt().toLocalDate())) {
			throw new BadRequestException("servedOn", "送达日期不能早于文书制作日期 " + d.createdAt().toLocalDate());
		}
	}

	/** The case recorded the day itself: the service must be that day (409 otherwise, or before the case step). */
	private static void agree(LocalDate onCase, LocalDate effective, String what) {
		if (onCase == null) {
			throw new ConflictException("案件尚未办理到送达" + what + "的环节");
		}
		if (!onCase.equals(effective)) {
			throw new ConflictException("案件已登记" + what + "于 " + onCase + " 送达，与本次登记的送达日期不符");
		}
	}

	/**
	 * The signed 送达回证 scanned after the service was recorded (it often comes back later, e.g. by post): attached once
	 * to the document's service (409 when there is no service yet or it has its receipt already).
	 */
	@Transactional
	public ServiceRecord attachReceipt(CurrentUser user, long documentId, List<FileUpload> receipt) {
		EnforcementDocument d = writableDocument(user, documentId);
		mapper.selectDocumentForUpdate(documentId);
		List<ServiceRecord> services = mapper.selectServices(documentId);
		if (services.isEmpty()) {
			throw new ConflictException("该文书尚未登记送达");
		}
		ServiceRecord s = services.get(0);
		if (s.receiptAttachmentId() != null) {
			throw new ConflictException("该文书的送达回证扫描件已登记");
		}
		if (receipt == null || receipt.isEmpty()) {
			throw new BadRequestException("files", "请选择送达回证扫描件");
		}
		List<Attachment> stored = attachments.store(d.bureauId(), RECEIPT_OWNER, documentId, receipt, user.username());
		mapper.updateServiceReceipt(s.id(), stored.get(stored.size() - 1).id());
		return mapper.selectServices(documentId).get(0);
	}

	/** The scanned 送达回证 of a service, for a user who may read the case. */
	public AttachmentService.AttachmentFile receipt(CurrentUser user, long documentId, long attachmentId) {
		readableDocument(user, documentId);
		return attachments.file(RECEIPT_OWNER, documentId, attachmentId);
	}

	List<ServiceRecord> services(long documentId) {
		return mapper.selectServices(documentId);
	}

	private EnforcementDocument readableDocument(CurrentUser user, long documentId) {
		EnforcementDocument d = mapper.selectDocument(documentId);
		if (d == null || !bureaus.canRead(user, d.bureauId())) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		cases.get(user, d.subjectId());
		return d;
	}

	private EnforcementDocument writableDocument(CurrentUser user, long documentId) {
		EnforcementDocument d = readableDocument(user, documentId);
		bureaus.ensureWritable(user, d.bureauId(), WHAT);
		return d;
	}

	private static void require(String value, String field, String detail) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field, detail);
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static List<DocumentKind> caseKinds() {
		List<DocumentKind> kinds = new ArrayList<>(List.of(DocumentKind.values()));
		kinds.remove(DocumentKind.INSPECTION_NOTICE);
		kinds.remove(DocumentKind.SERVICE_RECEIPT);
		kinds.remove(DocumentKind.RECTIFICATION_NOTICE);
		kinds.remove(DocumentKind.RECTIFICATION_REPORT);
		return kinds;
	}

}

package cn.statenforce.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.credit.process.CreditWorkflow;
import cn.statenforce.activity.ActivityEntry;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.credit.CreditEnums.CommitmentKind;
import cn.statenforce.credit.CreditEnums.RecordStatus;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.directory.PartyType;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseFilter;
import cn.statenforce.enforcementcase.CaseParts;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.penalty.Circumstance;
import cn.statenforce.penalty.Outcome;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.PageResult;
import cn.statenforce.shared.Xlsx;

/**
 * Serious-dishonesty records and commitment letters. The bureau that decided the case identifies (谁认定、谁管理、谁负责):
 * its inspectors and legal reviewers propose from the closed cases that meet the configured criteria, a leader or the
 * director approves, and the record is published for the configured period. Enforcement staff read their bureau's
 * records and, in an upper bureau, those below.
 */
@Service
public class CreditService {

	public static final String PROCESS_KEY = "credit-identification";

	public static final String TASK_APPROVE = "Task_ApproveIdentification";

	public static final String MSG_REPAIRED = "Msg_CreditRepaired";

	public static final String VAR_RECORD_ID = "recordId";

	public static final String VAR_REGION_CODE = "regionCode";

	public static final String VAR_APPROVED = "approved";

	public static final String SUBJECT = "CREDIT_RECORD";

	public static final String SUBJECT_COMMITMENT = "CREDIT_COMMITMENT";

	static final String WHAT = "失信记录";

	private final CreditMapper mapper;

	private final CreditProperties properties;

	private final BureauService bureaus;

	private final UserService users;

	private final CaseQueryService cases;

	private final EnterpriseService enterprises;

	private final SequenceService sequences;

	private final CreditWorkflow workflow;

	private final AttachmentService attachments;

	private final ActivityLog activity;

	private final NotificationService notifications;

	CreditService(CreditMapper mapper, CreditProperties properties, BureauService bureaus, UserService users,
			CaseQueryService cases, EnterpriseService enterprises, SequenceService sequences, CreditWorkflow workflow, AttachmentService attachments, ActivityLog activity, NotificationService notifications) {
		this.mapper = mapper;
		this.properties = properties;
		this.bureaus = bureaus;
		this.users = users;
		this.cases = cases;
		this.enterprises = enterprises;
		this.sequences = sequences;
		this.workflow = workflow;
		this.attachments = attachments;
		this.activity = activity;
		this.notifications = notifications;
	}

	public static boolean mayRead(CurrentUser user) {
		return user.hasAnyRole(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR);
	}

	public static boolean mayPropose(CurrentUser user) {
		return user.hasAnyRole(Role.INSPECTOR, Role.LEGAL_REVIEWER);
	}

	// identification

	/** 失信认定候选: the own bureau's closed cases meeting the criteria and not yet identified. */
	public List<CreditCandidate> candidates(CurrentUser user) {
		requireReader(user);
		Set<Long> done = new HashSet<>(mapper.selectCaseIdsWithRecord(List.of(user.bureauId())));
		List<CreditCandidate> result = new ArrayList<>();
		for (CaseStatus status : List.of(CaseStatus.CLOSED, CaseStatus.ARCHIVED)) {
			int page = 1;
			PageResult<EnforcementCase> p;
			do {
				p = cases.search(user, new CaseFilter(List.of(user.bureauId()), status.name(), null, null, null, null, null, page++, 100));
				for (EnforcementCase c : p.items()) {
					if (!done.contains(c.getId()) && unmet(c).isEmpty()) {
						result.add(candidate(c));
					}
				}
			}
			while (p.hasNext());
		}
		return result;
	}

	/** The criteria the case does not meet (empty: it qualifies). */
	List<String> unmet(EnforcementCase c) {
		List<String> unmet = new ArrayList<>();
		if (c.getStatus() != CaseStatus.CLOSED && c.getStatus() != CaseStatus.ARCHIVED) {
			unmet.add("案件尚未结案");
		}
		if (properties.requirePenalty() && c.getDecisionOutcome() != Disposition.PENALTY) {
			unmet.add("案件未作出行政处罚决定");
		}
		if (!properties.circumstances().contains(String.valueOf(c.getCircumstance()))) {
			unmet.add("违法情节不属于" + String.join("、", properties.circumstances().stream().map(CreditService::circumstanceLabel).toList()));
		}
		if (!properties.partyTypes().contains(c.getPartyType())) {
			unmet.add("当事人类型为" + PartyType.valueOf(c.getPartyType()).label());
		}
		if (!properties.violationTypes().isEmpty()
				&& cases.violations(c.getId()).stream().noneMatch(v -> properties.violationTypes().contains(v.violationType()))) {
			unmet.add("违法行为不属于认定严重失信的类型");
		}
		return unmet;
	}

	private CreditCandidate candidate(EnforcementCase c) {
		List<String> violations = cases.violations(c.getId()).stream().map(CreditService::violationLabel).toList();
		String outcome = c.getPenaltyOutcome() == null ? "" : Outcome.valueOf(c.getPenaltyOutcome()).label();
		String basis = "当事人" + c.getPartyName() + "存在" + String.join("、", violations) + "的统计违法行为，情节"
				+ circumstanceLabel(c.getCircumstance()) + "，经" + (c.getDecisionNumber() == null ? "处罚决定" : c.getDecisionNumber())
				+ "给予" + outcome + "，依照《统计严重失信企业信用管理办法》认定为统计严重失信企业。";
		return new CreditCandidate(c.getId(), c.displayNumber(), c.getEnterpriseId(), c.getPartyName(), c.getCreditCode(),
				c.getDecisionNumber(), c.getDecidedOn(), c.getClosedOn(), circumstanceLabel(c.getCircumstance()), outcome,
				c.getFineAmount(), violations, basis);
	}

	/** 提出认定: from a qualifying closed case of the own bureau; waits for the leader's approval. */
	@Transactional
	public CreditRecord propose(CurrentUser user, CreditCommands.Proposal cmd) {
		if (!mayPropose(user)) {
			throw new ForbiddenException("只有执法人员或法制审核人员可以提出严重失信认定");
		}
		EnforcementCase c = cases.get(user, cmd.caseId());
		bureaus.ensureWritable(user, c.getBureauId(), "案件");
		List<String> unmet = unmet(c);
		if (!unmet.isEmpty()) {
			throw new ConflictException("该案件不符合统计严重失信认定条件：" + String.join("；", unmet));
		}
		if (mapper.selectCaseIdsWithRecord(List.of(c.getBureauId())).contains(c.getId())) {
			throw new ConflictException("该案件已提出过严重失信认定");
		}
		var row = new CreditMapper.RecordRow();
		row.basis = Inputs.required("basis", "认定依据", cmd.basis(), 2000);
		Bureau b = bureaus.bureau(c.getBureauId());
		int year = AppClock.today().getYear();
		row.bureauId = b.id();
		row.recordNumber = String.format("XY%s-%d-%03d", b.regionCode(), year, sequences.next(b.id(), "CREDIT_RECORD", year));
		row.enterpriseId = c.getEnterpriseId();
		row.enterpriseName = c.getPartyName();
		row.creditCode = c.getCreditCode();
		row.partyType = c.getPartyType();
		row.caseId = c.getId();
		row.caseNumber = c.displayNumber();
		row.decisionNumber = c.getDecisionNumber();
		row.proposedBy = user.username();
		row.proposedByName = user.displayName();
		row.proposedAt = AppClock.now();
		mapper.insertRecord(row);
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_RECORD_ID, row.id);
		vars.put(VAR_REGION_CODE, b.regionCode());
		mapper.updateProcess(row.id, workflow.start(PROCESS_KEY, row.recordNumber, vars));
		activity.record(AuditActor.user(user), b.id(), SUBJECT, row.id, "PROPOSED", null, "提出统计严重失信认定，来源案件 " + row.caseNumber);
		notifications.send(b.id(), leaders(b.id()), new NotificationService.Message("TASK", "统计严重失信认定待审批",
				row.enterpriseName + "（" + row.recordNumber + "）", "/credit/records/" + row.id, SUBJECT, row.id));
		return mapper.selectRecord(row.id);
	}

	/** 审批认定: approved, the record is published from today for the configured years; refused, it is not identified. */
	@Transactional
	public CreditRecord approve(CurrentUser user, long id, CreditCommands.Approval cmd) {
		return approve(user, id, null, cmd);
	}

	/** {@link #approve(CurrentUser, long, CreditCommands.Approval)} on the version the user read (409 when stale). */
	@Transactional
	public CreditRecord approve(CurrentUser user, long id, Integer expectedVersion, CreditCommands.Approval cmd) {
		CreditRecord r = writable(user, id);
		int version = RowVersions.expected(expectedVersion, r.rowVersion(), "该认定");
		Task task = workflow.current(user, r.processInstanceId(), TASK_APPROVE);
		String opinion = cmd.approved() ? Inputs.optional("opinion", "审批意见", cmd.opinion(), 1000)
				: Inputs.required("opinion", "不予认定的理由", cmd.opinion(), 1000);
		LocalDate today = AppClock.today();
		LocalDate until = cmd.approved() ? today.plusYears(properties.publicationYears()).minusDays(1) : null;
		if (mapper.updateDecided(id, version, (cmd.approved() ? RecordStatus.PUBLISHED : RecordStatus.NOT_IDENTIFIED).name(), user.username(),
				user.displayName(), opinion, cmd.approved() ? today : null, cmd.approved() ? today : null, until) != 1) {
			throw new ConflictException("该认定已审批");
		}
		workflow.complete(user, task, Map.of(VAR_APPROVED, cmd.approved()));
		activity.record(AuditActor.user(user), r.bureauId(), SUBJECT, id, cmd.approved() ? "IDENTIFIED" : "NOT_IDENTIFIED", opinion,
				cmd.approved() ? "认定为统计严重失信企业，公示期 " + today + " 至 " + until : "不予认定");
		return mapper.selectRecord(id);
	}

	/** Delegate: the publication period is over; the record leaves the list. */
	@Transactional
	public void endPublication(long id) {
		CreditRecord r = unchecked(id);
		if (mapper.updateRemoved(id, RecordStatus.EXPIRED.name(), r.publishedUntil().plusDays(1), "公示期满") == 1) {
			activity.record(AuditActor.TIMER, r.bureauId(), SUBJECT, id, "EXPIRED", null, "公示期满，移出严重失信名单");
		}
	}

	/** Removal before the period ends (repair approved): ends the identification's wait in the same transaction. */
	@Transactional
	public void removeEarly(AuditActor actor, long id, RecordStatus status, String reason) {
		CreditRecord r = unchecked(id);
		if (mapper.updateRemoved(id, status.name(), AppClock.today(), reason) != 1) {
			return;
		}
		workflow.repaired(r.processInstanceId());
		activity.record(actor, r.bureauId(), SUBJECT, id, status.name(), null, reason);
	}

	// reads

	public List<CreditRecord> records(CurrentUser user, String status) {
		requireReader(user);
		return mapper.selectRecords(bureaus.readableBureauIds(user), status == null || status.isBlank() ? null : status);
	}

	public CreditRecord record(CurrentUser user, long id) {
		CreditRecord r = mapper.selectRecord(id);
		if (r == null || !mayRead(user)) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, r.bureauId(), WHAT);
		return r;
	}

	public List<ActivityEntry> timeline(CurrentUser user, long id) {
		return activity.timeline(SUBJECT, record(user, id).id());
	}

	public boolean isAt(CreditRecord r, String taskKey) {
		return workflow.isAt(r.processInstanceId(), taskKey);
	}

	/** 严重失信名单 as XLSX: the records published today in the bureaus the user reads. */
	public byte[] exportPublication(CurrentUser user) {
		requireReader(user);
		Set<Long> scope = new HashSet<>(bureaus.readableBureauIds(user));
		Map<Long, String> names = new HashMap<>();
		bureaus.bureaus().forEach(b -> names.put(b.id(), b.name()));
		List<List<?>> rows = new ArrayList<>();
		int n = 1;
		for (CreditRecord r : mapper.selectPublishedOn(AppClock.today())) {
			if (scope.contains(r.bureauId())) {
				rows.add(java.util.Arrays.asList(n++, r.enterpriseName(), r.publicCreditCode(), r.basis(), r.decisionNumber(),
						r.identifiedOn(), r.publishedFrom(), r.publishedUntil(), names.get(r.bureauId())));
			}
		}
		return Xlsx.write("统计严重失信企业名单", List.of("序号", "企业名称", "统一社会信用代码", "认定依据", "处罚决定书文号", "认定日期",
				"公示起始日期", "公示截止日期", "认定机关"), rows);
	}

	/** The public list: records published today, every bureau. */
	public List<CreditRecord> publishedToday() {
		return mapper.selectPublishedOn(AppClock.today());
	}

	/** The enterprise's credit history, for its directory page (the caller may read the enterprise). */
	public List<CreditRecord> recordsOfEnterprise(long enterpriseId) {
		return mapper.selectRecordsOfEnterprise(enterpriseId);
	}

	public CreditRecord unchecked(long id) {
		CreditRecord r = mapper.selectRecord(id);
		if (r == null) {
			throw new NotFoundException(WHAT + "不存在: " + id);
		}
		return r;
	}

	public List<CreditRecord> byNumbers(Collection<String> numbers) {
		return numbers.isEmpty() ? List.of() : mapper.selectRecordsByNumbers(numbers);
	}

	public List<String> numbersByEnterprise(List<Long> bureauIds, String text) {
		return bureauIds.isEmpty() ? List.of() : mapper.selectNumbersByEnterprise(bureauIds, text);
	}

	// commitment letters

	/** 登记信用承诺书 for an enterprise of the own bureau. */
	@Transactional
	public CreditCommitment registerCommitment(CurrentUser user, long enterpriseId, CreditCommands.Commitment cmd,
			List<FileUpload> files) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有执法人员、法制审核人员和局领导可以登记信用承诺书");
		}
		Enterprise e = enterprises.get(user, enterpriseId);
		bureaus.ensureWritable(user, e.bureauId(), "单位");
		var row = new CreditMapper.CommitmentRow();
		row.kind = Inputs.oneOf("kind", "承诺类型", CommitmentKind.class, cmd.kind()).name();
		row.signedOn = Inputs.notFuture("signedOn", "签署日期", cmd.signedOn());
		row.signatory = Inputs.required("signatory", "签署人", cmd.signatory(), 64);
		row.content = Inputs.optional("content", "承诺事项", cmd.content(), 1000);
		files.forEach(attachments::check);
		row.bureauId = e.bureauId();
		row.enterpriseId = e.id();
		row.registeredBy = user.username();
		row.registeredAt = AppClock.now();
		mapper.insertCommitment(row);
		attachments.store(e.bureauId(), SUBJECT_COMMITMENT, row.id, files, user.username());
		return mapper.selectCommitments(e.id()).stream().filter(c -> c.id().equals(row.id)).findFirst().orElseThrow();
	}

	public List<CreditCommitment> commitments(CurrentUser user, long enterpriseId) {
		enterprises.get(user, enterpriseId);
		return mapper.selectCommitments(enterpriseId);
	}

	public List<Attachment> commitmentAttachments(CurrentUser user, long enterpriseId, long commitmentId) {
		requireCommitment(user, enterpriseId, commitmentId);
		return attachments.list(SUBJECT_COMMITMENT, commitmentId);
	}

	public AttachmentService.AttachmentFile commitmentAttachment(CurrentUser user, long enterpriseId, long commitmentId,
			long attachmentId) {
		requireCommitment(user, enterpriseId, commitmentId);
		return attachments.file(SUBJECT_COMMITMENT, commitmentId, attachmentId);
	}

	private void requireCommitment(CurrentUser user, long enterpriseId, long commitmentId) {
		if (commitments(user, enterpriseId).stream().noneMatch(c -> c.id() == commitmentId)) {
			throw new NotFoundException("信用承诺书不存在或无权查看");
		}
	}

	/** Whether the enterprise signed a credit-repair commitment on or after the date. */
	boolean hasRepairCommitmentSince(long enterpriseId, LocalDate since) {
		return mapper.countCommitmentsSince(enterpriseId, CommitmentKind.REPAIR.name(), since) > 0;
	}

	/**
	 * 年度统计: identifications by the day approved; removals by the day the record left the list; commitment letters by the
	 * day signed. The caller has checked the data scope.
	 */
	public CreditAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		if (bureauIds.isEmpty()) {
			return new CreditAnnualFigures(year, 0, 0, 0, 0, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		return new CreditAnnualFigures(year, mapper.countIdentified(bureauIds, from, to),
				mapper.countRemoved(bureauIds, from, to, RecordStatus.REPAIRED.name()),
				mapper.countRemoved(bureauIds, from, to, RecordStatus.REVOKED.name()),
				mapper.countRemoved(bureauIds, from, to, RecordStatus.EXPIRED.name()), mapper.countCommitments(bureauIds, from, to));
	}

	CreditRecord writable(CurrentUser user, long id) {
		CreditRecord r = record(user, id);
		bureaus.ensureWritable(user, r.bureauId(), WHAT);
		return r;
	}

	List<String> leaders(long bureauId) {
		List<String> result = new ArrayList<>();
		for (Role role : List.of(Role.LEADER, Role.DIRECTOR)) {
			users.usersWithRole(bureauId, role).stream().filter(UserSummary::enabled).map(UserSummary::username).forEach(result::add);
		}
		return result;
	}

	static String circumstanceLabel(String circumstance) {
		return circumstance == null ? "未认定" : Circumstance.valueOf(circumstance).label();
	}

	private static String violationLabel(CaseParts.Violation v) {
		return ViolationType.valueOf(v.violationType()).label();
	}

	private static void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有执法人员、法制审核人员和局领导可以查看统计信用记录");
		}
	}

}

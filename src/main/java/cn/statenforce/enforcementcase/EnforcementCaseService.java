package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityEntry;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseEnums.PauseReason;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.TaskGroups;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.penalty.PenaltyPolicy;
import cn.statenforce.penalty.Recommendation;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * The enforcement case capability's public API. Each step checks scope (404/403), that the step is the
 * process's current one and offered to the user (409), the law's preconditions (409/400), then changes the
 * case, records opinion and timeline, and completes the task, all in one transaction: a refused step
 * changes nothing.
 */
@Service
public class EnforcementCaseService {

	static final String WHAT = "案件";

	private final EnforcementCaseMapper mapper;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final BureauService bureaus;
	private final UserService users;
	private final EnterpriseService enterprises;
	private final SequenceService sequences;
	private final WorkingDayCalendar calendar;
	private final ActivityLog activity;
	private final NotificationService notifications;
	private final PenaltyAdvisor penalty;
	private final EnforcementCaseProperties props;

	EnforcementCaseService(EnforcementCaseMapper mapper, RuntimeService runtime, TaskService tasks,
			BureauService bureaus, UserService users, EnterpriseService enterprises, SequenceService sequences,
			WorkingDayCalendar calendar, ActivityLog activity, NotificationService notifications,
			PenaltyAdvisor penalty, EnforcementCaseProperties props) {
		this.mapper = mapper;
		this.runtime = runtime;
		this.tasks = tasks;
		this.bureaus = bureaus;
		this.users = users;
		this.enterprises = enterprises;
		this.sequences = sequences;
		this.calendar = calendar;
		this.activity = activity;
		this.notifications = notifications;
		this.penalty = penalty;
		this.props = props;
	}

	// ------------------------------------------------------------------ reading

	public EnforcementCase get(CurrentUser user, long id) {
		EnforcementCase c = mapper.selectById(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, c.getBureauId(), WHAT);
		return c;
	}

	/** For delegates and hand-over callbacks, which act for the system. */
	public EnforcementCase getUnchecked(long id) {
		EnforcementCase c = mapper.selectById(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在: " + id);
		}
		return c;
	}

	/** The case with everything the case page shows; the reporter only for the handler and leaders. */
	public CaseDetails details(CurrentUser user, long id) {
		EnforcementCase c = get(user, id);
		boolean reporterVisible = user.username().equals(c.getHandler())
				|| user.hasAnyRole(Role.LEADER, Role.DIRECTOR) && user.bureauId().equals(c.getBureauId());
		List<Task> open = c.getProcessInstanceId() == null ? List.of()
				: tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).active().list();
		Integer daysLeft = c.getCaseDeadline() == null || !c.getStatus().clockRunning() ? null
				: calendar.workingDaysLeft(c.getCaseDeadline());
		return new CaseDetails(c, reporterVisible, mapper.selectInspectors(id), mapper.selectViolations(id),
				mapper.selectEvidence(id), mapper.selectOpinions(id), mapper.selectPauses(id), mapper.selectAppeals(id),
				activity.timeline(SUBJECT_TYPE, id), open.stream().map(t -> new CaseDetails.OpenTask(t.getId(),
						t.getTaskDefinitionKey(), t.getName(), t.getAssignee())).toList(),
				daysLeft, correctionOrdersWithinYear(c));
	}

	public PageResult<EnforcementCase> search(CurrentUser user, CaseFilter f) {
		List<Long> scope = bureaus.readableBureauIds(user);
		List<Long> ids = f.bureauIds() == null || f.bureauIds().isEmpty() ? scope
				: f.bureauIds().stream().filter(scope::contains).toList();
		if (ids.isEmpty()) {
			return new PageResult<>(List.of(), 0, Math.max(f.page(), 1), f.size());
		}
		CaseFilter scoped = new CaseFilter(ids, f.status(), f.stage(), f.overdue(), f.filedYear(), f.violationType(),
				f.q() == null || f.q().isBlank() ? null : f.q().trim(), f.page(), f.size());
		List<String> statuses = f.stage() == null ? null
				: java.util.Arrays.stream(CaseStatus.values()).filter(s -> s.stage().equals(f.stage())).map(Enum::name).toList();
		if (statuses != null && statuses.isEmpty()) {
			throw new BadRequestException("stage", "阶段无效: " + f.stage());
		}
		LocalDate today = AppClock.today();
		return new PageResult<>(mapper.selectPage(scoped, statuses, today, PageResult.offset(f.page(), f.size()), f.size()),
				mapper.countPage(scoped, statuses, today), Math.max(f.page(), 1), f.size());
	}

	public List<CaseParts.Violation> violations(long caseId) {
		return mapper.selectViolations(caseId);
	}

	public List<CaseParts.Inspector> inspectors(long caseId) {
		return mapper.selectInspectors(caseId);
	}

	/** Orders to correct the party received within the last year (≥3 = serious, 统计法实施条例 Art 50). */
	public int correctionOrdersWithinYear(EnforcementCase c) {
		return mapper.countCorrectionOrders(c.getEnterpriseId(), AppClock.today().minusYears(1));
	}

	public Map<String, EnforcementCase> byBusinessKeys(java.util.Collection<String> keys) {
		Map<String, EnforcementCase> m = new HashMap<>();
		if (!keys.isEmpty()) {
			mapper.selectByBusinessKeys(keys).forEach(c -> {
				m.put(c.getLeadNumber(), c);
				if (c.getCaseCode() != null) {
					m.put(c.getCaseCode(), c);
				}
			});
		}
		return m;
	}

	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return bureauIds.isEmpty() ? List.of() : mapper.selectBusinessKeysByPartyName(bureauIds, text);
	}

	// ------------------------------------------------------------------ lead intake

	/** 线索登记 by an inspector (or leader) of the bureau; starts the case process. */
	@Transactional
	public EnforcementCase registerLead(CurrentUser user, CaseCommands.RegisterLead cmd) {
		if (!user.hasAnyRole(Role.INSPECTOR, Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("只有执法人员或领导可以登记线索");
		}
		Enterprise e = enterprises.get(user, cmd.enterpriseId());
		bureaus.ensureWritable(user, e.bureauId(), "单位");
		boolean report = cmd.source() == CaseSource.REPORT;
		if (!report && (notBlank(cmd.reporterName()) || notBlank(cmd.reporterContact()))) {
			throw new BadRequestException("reporterName", "只有举报线索才登记举报人");
		}
		EnforcementCase c = newLead(e, cmd.source(), cmd.cause(), cmd.findings(), cmd.conductDate(), user.username());
		c.reporter(blankToNull(cmd.reporterName()), blankToNull(cmd.reporterContact()));
		return start(c, List.of());
	}

	/** A lead handed over by another capability (e.g. an inspection); runs in the caller's transaction. */
	@Transactional
	public EnforcementCase registerHandover(long bureauId, CaseSource source, long enterpriseId, String findings,
			List<String> inspectors, LocalDate conductDate, String originType, long originId) {
		Enterprise e = enterprises.getUnchecked(enterpriseId);
		if (!e.bureauId().equals(bureauId)) {
			throw new BadRequestException("enterpriseId", "单位不属于该统计局");
		}
		if (inspectors == null || inspectors.isEmpty()) {
			throw new BadRequestException("inspectorUsernames", "请提供发现线索的执法人员");
		}
		EnforcementCase c = newLead(e, source, source.label() + "发现的涉嫌统计违法行为", findings, conductDate,
				inspectors.get(0));
		c.origin(originType, originId);
		return start(c, inspectors);
	}

	private EnforcementCase newLead(Enterprise e, CaseSource source, String cause, String findings, LocalDate conduct,
			String handler) {
		if (conduct.isAfter(AppClock.today())) {
			throw new BadRequestException("conductDate", "违法行为发生日期不能晚于今天");
		}
		Bureau b = bureaus.bureau(e.bureauId());
		int year = AppClock.today().getYear();
		String number = String.format("XS%s-%d-%04d", b.regionCode(), year, sequences.next(b.id(), "LEAD", year));
		return EnforcementCase.lead(b.id(), number, source, e.id(), e.name(), e.partyType(), e.creditCode(),
				e.legalRepresentative(), e.address(), cause, findings, conduct, handler, AppClock.now());
	}

	private EnforcementCase start(EnforcementCase c, List<String> inspectors) {
		mapper.insertCase(c);
		for (String u : inspectors) {
			addInspectorRow(c, u);
		}
		Bureau b = bureaus.bureau(c.getBureauId());
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_CASE_ID, c.getId());
		vars.put(VAR_REGION_CODE, b.regionCode());
		ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, c.getLeadNumber(), vars);
		c.startedAs(pi.getId());
		save(c);
		activity.record(c.getBureauId(), SUBJECT_TYPE, c.getId(), "LEAD_REGISTERED", null,
				"线索登记：" + c.sourceLabel() + "，当事人 " + c.getPartyName());
		return c;
	}

	// ------------------------------------------------------------------ assessment and filing

	@Transactional
	public void assess(CurrentUser user, long id, CaseCommands.Assess cmd) {
		Step s = begin(user, id, TASK_ASSESS_LEAD);
		requireCertified(user);
		switch (cmd.proposal()) {
			case NOT_FILE -> s.c.moveTo(CaseStatus.NOT_FILING_PROPOSED);
			case FILE -> s.c.moveTo(CaseStatus.FILING_PROPOSED);
			case SUMMARY -> s.c.startSummary();
		}
		finish(s, OpinionKind.ASSESSMENT, null, cmd.proposal().label() + "：" + cmd.opinion(),
				Map.of(VAR_PROPOSAL, cmd.proposal().name()));
	}

	@Transactional
	public void approveNotFiling(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = begin(user, id, TASK_APPROVE_NOT_FILING);
		s.c.moveTo(cmd.approved() ? CaseStatus.NOT_FILED : CaseStatus.LEAD);
		finish(s, OpinionKind.NOT_FILING_APPROVAL, cmd.approved(), cmd.opinion(), Map.of(VAR_APPROVED, cmd.approved()));
	}

	/** Delegate: 追责时效 (APL Art 36, 2 years); time-barred conduct goes to the not-filing approval. */
	@Transactional
	public boolean checkLimitation(long id) {
		EnforcementCase c = lockUnchecked(id);
		boolean barred = penalty.isTimeBarred(c.getConductDate(), AppClock.today());
		if (barred) {
			c.moveTo(CaseStatus.NOT_FILING_PROPOSED);
			save(c);
			opinion(c, OpinionKind.ASSESSMENT, "system", "系统", false,
					"违法行为发生于 " + c.getConductDate() + "，已超过二年追责时效（行政处罚法第三十六条），不得立案");
			activity.record(c.getBureauId(), SUBJECT_TYPE, id, "TIME_BARRED", null, "超过追责时效，转不予立案审批");
		}
		return barred;
	}

	@Transactional
	public void approveFiling(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = begin(user, id, TASK_APPROVE_FILING);
		if (cmd.approved() && penalty.isTimeBarred(s.c.getConductDate(), AppClock.today())) {
			throw new ConflictException("违法行为已超过二年追责时效，不能立案");
		}
		if (!cmd.approved()) {
			s.c.moveTo(CaseStatus.LEAD);
		}
		finish(s, OpinionKind.FILING_APPROVAL, cmd.approved(), cmd.opinion(), Map.of(VAR_APPROVED, cmd.approved()));
	}

	/** Delegate: assigns the case number (案号) and starts the 3-month case clock. */
	@Transactional
	public String fileCase(long id) {
		EnforcementCase c = lockUnchecked(id);
		Bureau b = bureaus.bureau(c.getBureauId());
		LocalDate today = AppClock.today();
		int n = sequences.next(b.id(), "CASE", today.getYear());
		String code = String.format("AJ%s-%d-%04d", b.regionCode(), today.getYear(), n);
		String number = b.docPrefix() + "立〔" + today.getYear() + "〕" + n + "号";
		c.file(code, number, today, today.plusMonths(policy().caseLimitMonths()));
		save(c);
		if (mapper.selectInspectors(id).stream().noneMatch(i -> i.username().equals(c.getHandler()))) {
			addInspectorIfCertified(c, c.getHandler());
		}
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "FILED", null,
				"立案，案号 " + number + "，办案期限至 " + c.getCaseDeadline());
		return code;
	}

	// ------------------------------------------------------------------ summary procedure

	@Transactional
	public void summaryDecision(CurrentUser user, long id, CaseCommands.SummaryDecision cmd) {
		Step s = begin(user, id, TASK_SUMMARY_DECISION);
		requireCertified(user);
		if (!cmd.inspectors().contains(user.username()) || cmd.inspectors().stream().distinct().count() != 2) {
			throw new BadRequestException("inspectors", "须由包括您在内的两名不同执法人员当场作出");
		}
		BigDecimal fine = "WARNING".equals(cmd.penaltyOutcome()) ? null : cmd.fine();
		if ("WARNING_AND_FINE".equals(cmd.penaltyOutcome()) && (fine == null || fine.signum() <= 0)) {
			throw new BadRequestException("fine", "请填写罚款金额");
		}
		if (!penalty.summaryAllowed(s.c.getPartyType(), cmd.penaltyOutcome(), fine)) {
			throw new BadRequestException("fine", "超出简易程序的处罚幅度（警告或公民200元、法人及其他组织3000元以下罚款），应适用普通程序");
		}
		for (String u : cmd.inspectors()) {
			addInspectorRow(s.c, u);
		}
		mapper.deleteViolations(id);
		mapper.insertViolation(CaseParts.Violation.found(id, cmd.violationType(),
				penalty.articleFor(cmd.violationType(), s.c.getConductDate()), penalty.regimeFor(s.c.getConductDate()),
				s.c.getConductDate(), cmd.opinion()));
		LocalDate today = AppClock.today();
		s.c.summaryDecision(cmd.penaltyOutcome(), fine, null, user.username(), today,
				fine == null ? null : today.plusDays(policy().paymentDays()));
		orderCorrection(s.c, cmd.correctionMeasure(), cmd.correctionDeadline());
		finish(s, OpinionKind.SUMMARY_DECISION, null, cmd.opinion(), executionFlags(s.c));
	}

	/** Delegate: numbers the on-the-spot decision and files it with the bureau (APL Art 52). */
	@Transactional
	public void fileSummaryDecision(long id) {
		EnforcementCase c = lockUnchecked(id);
		String number = decisionNumber(c);
		c.decisionNumbered(number, calendar.addWorkingDays(c.getDecidedOn(), policy().publicationWorkingDays()));
		save(c);
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "SUMMARY_FILED", null, "当场处罚决定书 " + number + " 已报本局备案");
	}

	// ------------------------------------------------------------------ investigation

	/** Adds an inspector with a certificate valid today to the investigation team. */
	@Transactional
	public void addInspector(CurrentUser user, long id, String username) {
		EnforcementCase c = lockWritable(user, id);
		requireCertified(user);
		c.requireStatus(CaseStatus.INVESTIGATING, "组成调查组");
		addInspectorRow(c, username);
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "INSPECTOR_ADDED", null, "加入调查组：" + username);
	}

	/** 回避: decided by the bureau head or deputy (APL Art 43); the investigation continues meanwhile. */
	@Transactional
	public void recuse(CurrentUser user, long id, CaseCommands.Recusal cmd) {
		EnforcementCase c = lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("回避由局长或分管领导决定");
		}
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在调查处理阶段，不能决定回避");
		}
		if (mapper.updateRecusal(id, cmd.username(), cmd.reason()) != 1) {
			throw new ConflictException(cmd.username() + " 不是本案在办执法人员或已回避");
		}
		opinion(c, OpinionKind.RECUSAL, user.username(), user.displayName(), true, cmd.username() + " 回避：" + cmd.reason());
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "RECUSAL", cmd.reason(), cmd.username() + " 回避");
	}

	/**
	 * 回避申请 (行政处罚法 Art 43): an investigator declares a conflict of interest of his own, or records the party's
	 * application against a member of the team; the bureau head or deputy decides ({@link #decideRecusal}).
	 */
	@Transactional
	public void declareRecusal(CurrentUser user, long id, CaseCommands.RecusalRequest cmd) {
		EnforcementCase c = lockWritable(user, id);
		requireInvestigator(c, user);
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在调查处理阶段，不能申请回避");
		}
		String applicant = cmd.byParty() ? "当事人" : "执法人员本人";
		if (!cmd.byParty() && !user.username().equals(cmd.username())) {
			throw new BadRequestException("username", "执法人员只能为本人申请回避；当事人的申请请选择「当事人申请」");
		}
		if (mapper.requestRecusal(id, cmd.username(), cmd.byParty() ? "PARTY" : "SELF", cmd.reason(), AppClock.today()) != 1) {
			throw new ConflictException(cmd.username() + " 不是本案在办执法人员，或已有待决定的回避申请");
		}
		opinion(c, OpinionKind.RECUSAL_REQUEST, user.username(), user.displayName(), null,
				applicant + "申请 " + cmd.username() + " 回避：" + cmd.reason());
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "RECUSAL_REQUESTED", cmd.reason(),
				applicant + "申请 " + cmd.username() + " 回避");
		List<String> deciders = new ArrayList<>(groupMembers(c.getBureauId(), Role.LEADER));
		deciders.addAll(groupMembers(c.getBureauId(), Role.DIRECTOR));
		notifications.send(c.getBureauId(), deciders.stream().distinct().toList(), message(c, "RECUSAL",
				"回避申请待决定：" + c.displayNumber(), applicant + "申请 " + cmd.username() + " 回避：" + cmd.reason()));
	}

	/** 回避决定 on a pending request by the bureau head or deputy: approved → off the team; refused → stays. */
	@Transactional
	public void decideRecusal(CurrentUser user, long id, CaseCommands.RecusalDecision cmd) {
		EnforcementCase c = lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("回避由局长或分管领导决定");
		}
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在调查处理阶段，不能决定回避");
		}
		CaseParts.Inspector i = mapper.selectInspectors(id).stream()
			.filter(x -> x.username().equals(cmd.username()) && x.recusalPending()).findFirst()
			.orElseThrow(() -> new ConflictException(cmd.username() + " 没有待决定的回避申请"));
		if (cmd.approved()) {
			mapper.updateRecusal(id, cmd.username(), cmd.reason());
		}
		else {
			mapper.clearRecusalRequest(id, cmd.username());
		}
		String text = (cmd.approved() ? "决定 " : "决定不同意 ") + i.displayName() + " 回避：" + cmd.reason();
		opinion(c, OpinionKind.RECUSAL, user.username(), user.displayName(), cmd.approved(), text);
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "RECUSAL", cmd.reason(),
				i.displayName() + (cmd.approved() ? " 回避" : " 回避申请未获同意"));
	}

	@Transactional
	public void addEvidence(CurrentUser user, long id, CaseCommands.AddEvidence cmd) {
		EnforcementCase c = lockWritable(user, id);
		requireCertified(user);
		if (c.getStatus() != CaseStatus.INVESTIGATING) {
			throw new ConflictException("只有调查取证阶段可以登记证据");
		}
		if (cmd.collectedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("collectedOn", "取得日期不能晚于今天");
		}
		mapper.insertEvidence(new CaseParts.Evidence(null, id, cmd.kind().name(), cmd.title(), cmd.content(),
				cmd.collectedOn(), user.username()));
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "EVIDENCE", null, cmd.kind().label() + "：" + cmd.title());
	}

	/** 调查终结报告: needs ≥2 investigators with certificates valid today, the reporter among them, evidence. */
	@Transactional
	public void reportInvestigation(CurrentUser user, long id, CaseCommands.InvestigationReport cmd) {
		Step s = begin(user, id, TASK_INVESTIGATE);
		requireCertified(user);
		LocalDate today = AppClock.today();
		List<CaseParts.Inspector> team = mapper.selectInspectors(id).stream().filter(i -> i.activeOn(today)).toList();
		if (team.size() < 2) {
			throw new ConflictException("调查须由两名以上持当日有效执法证且未回避的执法人员进行（统计法第三十八条、行政处罚法第四十二条）");
		}
		if (team.stream().noneMatch(i -> i.username().equals(user.username()))) {
			throw new ConflictException("您不是本案调查组成员或已回避");
		}
		if (mapper.selectEvidence(id).isEmpty()) {
			throw new ConflictException("证据清单为空，不能终结调查");
		}
		mapper.deleteViolations(id);
		for (CaseCommands.ViolationItem v : cmd.violations()) {
			mapper.insertViolation(CaseParts.Violation.found(id, v.violationType(),
					penalty.articleFor(v.violationType(), s.c.getConductDate()), penalty.regimeFor(s.c.getConductDate()),
					s.c.getConductDate(), v.description()));
		}
		s.c.report(cmd.circumstance(), cmd.firstOffence(), cmd.correctedInTime(), cmd.complex());
		finish(s, OpinionKind.INVESTIGATION_REPORT, null, cmd.opinion(), Map.of());
	}

	/**
	 * Delegate: the discretion benchmark evaluated for every violation found (分别裁量), each result stored on its
	 * violation with the matched rule and basis, and their combination (合并处罚, see {@link PenaltyAdvisor#combine})
	 * stored on the case: that combined range is what the proposal and the decision are checked against.
	 */
	@Transactional
	public void recommend(long id) {
		EnforcementCase c = lockUnchecked(id);
		List<CaseParts.Violation> found = mapper.selectViolations(id);
		List<Recommendation> separate = new ArrayList<>();
		for (CaseParts.Violation v : found) {
			Recommendation r = penalty.recommend(v.violationType(), c.getPartyType(), c.getCircumstance(),
					Boolean.TRUE.equals(c.getFirstOffence()), Boolean.TRUE.equals(c.getCorrectedInTime()), c.getConductDate());
			mapper.updateViolationRecommendation(new CaseParts.Violation(v.id(), id, v.violationType(), v.article(),
					v.regime(), v.conductDate(), v.description(), r.outcome().name(), r.fineMin(), r.fineMax(), r.ruleId(),
					r.legalBasis(), r.explanation()));
			separate.add(r);
		}
		Recommendation r = penalty.combine(separate);
		c.recommend(r.outcome().name(), r.fineMin(), r.fineMax(), r.ruleId(), r.legalBasis(), r.regime(), r.explanation());
		save(c);
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "RECOMMENDED", r.explanation(),
				"裁量基准建议：" + r.outcome().label() + (found.size() > 1 ? "（" + found.size() + "项违法行为分别裁量、合并处罚）" : "")
						+ "（规则 " + r.ruleId() + "）");
	}

	/** 拟处理意见 against the recommendation: a fine must lie in the benchmark's range. */
	@Transactional
	public void proposeHandling(CurrentUser user, long id, CaseCommands.HandlingProposal cmd) {
		Step s = begin(user, id, TASK_PROPOSE_HANDLING);
		requireInvestigator(s.c, user);
		String outcome = null;
		BigDecimal fine = null;
		if (cmd.disposition() == Disposition.PENALTY) {
			if (cmd.penaltyOutcome() == null) {
				throw new BadRequestException("penaltyOutcome", "请选择处罚种类");
			}
			outcome = cmd.penaltyOutcome();
			fine = "WARNING_AND_FINE".equals(outcome) ? cmd.fine() : null;
			if ("WARNING_AND_FINE".equals(outcome) && (fine == null || fine.signum() <= 0)) {
				throw new BadRequestException("fine", "请填写罚款金额");
			}
			penalty.checkWithinRange(s.c, outcome, fine);
			orderCorrection(s.c, cmd.correctionMeasure(), cmd.correctionDeadline());
		}
		boolean major = penalty.legalReviewRequired(s.c.getPartyType(), fine, false, false);
		s.c.propose(cmd.disposition(), outcome, fine, major, fine != null && penalty.hearingRight(s.c.getPartyType(), fine));
		finish(s, OpinionKind.PROPOSAL, null, cmd.disposition().label() + "：" + cmd.opinion(),
				Map.of(VAR_DISPOSITION, cmd.disposition().name()));
	}

	// ------------------------------------------------------------------ notice, defence, hearing

	@Transactional
	public void priorNotice(CurrentUser user, long id, CaseCommands.PriorNotice cmd) {
		Step s = begin(user, id, TASK_PRIOR_NOTICE);
		requireInvestigator(s.c, user);
		if (cmd.servedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("servedOn", "送达日期不能晚于今天");
		}
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE
				? cmd.servedOn().plusDays(props.publicNoticeDays()) : cmd.servedOn();
		if (cmd.method() == ServiceMethod.PUBLIC_NOTICE) {
			mapper.insertPause(new CaseParts.Pause(null, id, PauseReason.PUBLIC_NOTICE.name(), "事先告知书公告送达",
					cmd.servedOn(), effective));
			s.c.deadline(s.c.getCaseDeadline().plusDays(policyDays(cmd.servedOn(), effective)));
			activity.record(s.c.getBureauId(), SUBJECT_TYPE, id, "PAUSE", null,
					"公告送达，办案期限暂停至 " + effective + "，期限顺延至 " + s.c.getCaseDeadline());
		}
		s.c.priorNotice(effective, calendar.addWorkingDays(effective, policy().statementDefenceWorkingDays()),
				s.c.isHearingRight() ? calendar.addWorkingDays(effective, policy().hearingRequestWorkingDays()) : null);
		finish(s, OpinionKind.PRIOR_NOTICE, null, cmd.method().label() + " " + cmd.servedOn()
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	/**
	 * 陈述申辩 and hearing request. Before the window ends only a statement or an express waiver closes it; a
	 * revised proposal may not be heavier (APL Art 45); a hearing only with the right and within 5 working days.
	 */
	@Transactional
	public void recordStatement(CurrentUser user, long id, CaseCommands.Statement cmd) {
		Step s = begin(user, id, TASK_RECORD_STATEMENT);
		requireInvestigator(s.c, user);
		LocalDate today = AppClock.today();
		if (!cmd.statementMade() && !cmd.hearingRequested() && !today.isAfter(s.c.getDefenceDue())) {
			throw new ConflictException("陈述申辩期限至 " + s.c.getDefenceDue() + " 届满，当事人未陈述申辩的须待期限届满后登记");
		}
		if (cmd.hearingRequested()) {
			if (!s.c.isHearingRight()) {
				throw new BadRequestException("hearingRequested", "拟罚款未达到听证标准，当事人无听证权利");
			}
			LocalDate on = cmd.hearingRequestedOn() == null ? today : cmd.hearingRequestedOn();
			if (on.isAfter(s.c.getHearingRequestDue())) {
				throw new BadRequestException("hearingRequestedOn", "听证申请已超过告知后5个工作日的期限（" + s.c.getHearingRequestDue() + "）");
			}
		}
		String outcome = cmd.revisedOutcome() == null ? s.c.getProposedOutcome() : cmd.revisedOutcome();
		BigDecimal fine = cmd.revisedOutcome() == null ? s.c.getProposedFine() : cmd.revisedFine();
		penalty.checkNotHeavier(s.c.getProposedOutcome(), s.c.getProposedFine(), outcome, fine);
		if (!outcome.equals(s.c.getProposedOutcome()) || !same(fine, s.c.getProposedFine())) {
			if ("WARNING_AND_FINE".equals(outcome)) {
				penalty.checkWithinRange(s.c, outcome, fine);
			}
		}
		s.c.statement(outcome, fine, cmd.hearingRequested());
		if (cmd.hearingRequested()) {
			pause(s.c, PauseReason.HEARING, "当事人申请听证", today);
		}
		String text = (cmd.statementMade() ? "当事人陈述申辩：" + nullToEmpty(cmd.statement()) + "。" : "当事人未陈述申辩。")
				+ (cmd.hearingRequested() ? "申请听证。" : "") + "复核意见：" + cmd.opinion();
		finish(s, OpinionKind.STATEMENT, null, text, Map.of(VAR_HEARING_REQUESTED, cmd.hearingRequested()));
	}

	/** The earliest hearing date notified today: 7 working days ahead (APL Art 64). */
	public LocalDate hearingEarliest() {
		return calendar.addWorkingDays(AppClock.today(), policy().hearingNoticeWorkingDays());
	}

	/** 听证通知: ≥7 working days ahead; the chair is not one of the investigators (APL Art 64). */
	@Transactional
	public void scheduleHearing(CurrentUser user, long id, CaseCommands.HearingNotice cmd) {
		Step s = begin(user, id, TASK_SCHEDULE_HEARING);
		requireInvestigator(s.c, user);
		LocalDate earliest = hearingEarliest();
		if (cmd.hearingDate().isBefore(earliest)) {
			throw new BadRequestException("hearingDate", "听证日期应在通知后至少7个工作日，最早 " + earliest);
		}
		if (mapper.selectInspectors(id).stream().anyMatch(i -> i.username().equals(cmd.chair()))) {
			throw new BadRequestException("chair", "听证主持人不得为本案调查人员");
		}
		UserSummary chair = users.byUsernames(List.of(cmd.chair())).get(cmd.chair());
		if (chair == null || !s.c.getBureauId().equals(chair.bureauId())) {
			throw new BadRequestException("chair", "听证主持人须为本局工作人员");
		}
		s.c.scheduleHearing(cmd.hearingDate(), cmd.chair());
		finish(s, OpinionKind.HEARING, null, "听证定于 " + cmd.hearingDate() + "，主持人 " + chair.displayName()
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	@Transactional
	public void recordHearing(CurrentUser user, long id, CaseCommands.HearingRecord cmd) {
		Step s = begin(user, id, TASK_RECORD_HEARING);
		if (!user.username().equals(s.c.getHearingChair())) {
			requireInvestigator(s.c, user);
		}
		if (AppClock.today().isBefore(s.c.getHearingDate())) {
			throw new ConflictException("听证日期 " + s.c.getHearingDate() + " 尚未到");
		}
		String outcome = cmd.revisedOutcome() == null ? s.c.getProposedOutcome() : cmd.revisedOutcome();
		BigDecimal fine = cmd.revisedOutcome() == null ? s.c.getProposedFine() : cmd.revisedFine();
		penalty.checkNotHeavier(s.c.getProposedOutcome(), s.c.getProposedFine(), outcome, fine);
		if ("WARNING_AND_FINE".equals(outcome) && !same(fine, s.c.getProposedFine())) {
			penalty.checkWithinRange(s.c, outcome, fine);
		}
		s.c.hearingRecorded(cmd.held(), outcome, fine);
		endPause(s.c, PauseReason.HEARING, AppClock.today());
		finish(s, OpinionKind.HEARING, null, (cmd.held() ? "听证已举行：" : "当事人无正当理由未到场，视为放弃听证：") + cmd.opinion(), Map.of());
	}

	// ------------------------------------------------------------------ review, discussion, decision

	/** Delegate: which reviews the decision needs and who approves it (DIRECTOR for major cases). */
	@Transactional
	public Map<String, Object> determineGates(long id) {
		EnforcementCase c = lockUnchecked(id);
		BigDecimal fine = c.getProposal() == Disposition.PENALTY ? c.getProposedFine() : null;
		boolean major = penalty.legalReviewRequired(c.getPartyType(), fine, false, false);
		boolean review = c.getProposal() == Disposition.TRANSFER
				|| penalty.legalReviewRequired(c.getPartyType(), fine, c.isHearingHeld(), c.isComplexCase());
		boolean discussion = c.isComplexCase() || major;
		c.gates(review, discussion, major);
		save(c);
		Bureau b = bureaus.bureau(c.getBureauId());
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_LEGAL_REVIEW_REQUIRED, review);
		vars.put(VAR_DISCUSSION_REQUIRED, discussion);
		vars.put(VAR_DECISION_APPROVER_GROUP, TaskGroups.of(major ? Role.DIRECTOR : Role.LEADER, b.regionCode()));
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "GATES", null, (review ? "需法制审核；" : "无需法制审核；")
				+ (discussion ? "需集体讨论；" : "无需集体讨论；") + (major ? "重大案件由局长审批" : "由分管领导审批"));
		return vars;
	}

	@Transactional
	public void legalReview(CurrentUser user, long id, CaseCommands.LegalReview cmd) {
		Step s = begin(user, id, TASK_LEGAL_REVIEW);
		if (!user.hasRole(Role.LEGAL_REVIEWER)) {
			throw new ConflictException("法制审核须由法制审核人员办理");
		}
		s.c.legalReview(cmd.passed());
		finish(s, OpinionKind.LEGAL_REVIEW, cmd.passed(), cmd.opinion(), Map.of(VAR_LEGAL_REVIEW_PASSED, cmd.passed()));
	}

	@Transactional
	public void discuss(CurrentUser user, long id, CaseCommands.Discussion cmd) {
		Step s = begin(user, id, TASK_COLLECTIVE_DISCUSSION);
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new ConflictException("集体讨论由局长主持并记录");
		}
		s.c.discussed();
		finish(s, OpinionKind.COLLECTIVE_DISCUSSION, true, "参加人员：" + cmd.attendees() + "。结论：" + cmd.conclusion(), Map.of());
	}

	/** 决定审批: approver not an investigator; gates satisfied; approves the proposal or returns it. */
	@Transactional
	public void approveDecision(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = begin(user, id, TASK_APPROVE_DECISION);
		if (mapper.selectInspectors(id).stream().anyMatch(i -> i.username().equals(user.username()))) {
			throw new ConflictException("审批人不得为本案调查人员");
		}
		if (!cmd.approved()) {
			s.c.returnToInvestigation();
			finish(s, OpinionKind.DECISION_APPROVAL, false, cmd.opinion(), Map.of(VAR_APPROVED, false));
			return;
		}
		Disposition d = s.c.getProposal();
		boolean penaltyOutcome = d == Disposition.PENALTY && PenaltyAdvisor.isPenaltyOutcome(s.c.getProposedOutcome());
		Disposition decided = d == Disposition.PENALTY && !penaltyOutcome ? Disposition.NO_PENALTY : d;
		if (penaltyOutcome && "WARNING_AND_FINE".equals(s.c.getProposedOutcome())) {
			try {
				penalty.checkWithinRange(s.c, s.c.getProposedOutcome(), s.c.getProposedFine());
			}
			catch (BadRequestException e) {
				throw new ConflictException(e.getMessage() + "，请退回重新拟定");
			}
		}
		LocalDate today = AppClock.today();
		s.c.decide(decided, penaltyOutcome ? s.c.getProposedOutcome() : null, penaltyOutcome ? s.c.getProposedFine() : null,
				user.username(), today, null, decided == Disposition.TRANSFER ? null : calendar.addWorkingDays(today, policy().serviceWorkingDays()));
		if (!penaltyOutcome) {
			s.c.cancelCorrectionOrder();
		}
		Map<String, Object> vars = new HashMap<>(executionFlags(s.c));
		vars.put(VAR_APPROVED, true);
		vars.put(VAR_DISPOSITION, decided.name());
		finish(s, OpinionKind.DECISION_APPROVAL, true, decided.label() + "：" + cmd.opinion(), vars);
	}

	/** Delegate: numbers the decision (文号) and stops the case clock. */
	@Transactional
	public void issueDecision(long id) {
		EnforcementCase c = lockUnchecked(id);
		if (c.getDecisionOutcome() != Disposition.TRANSFER) {
			c.decisionNumbered(decisionNumber(c), calendar.addWorkingDays(c.getDecidedOn(), policy().publicationWorkingDays()));
			save(c);
		}
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "DECISION_ISSUED", null,
				c.getDecisionOutcome().label() + (c.getDecisionNumber() == null ? "" : "，决定书 " + c.getDecisionNumber()));
	}

	// ------------------------------------------------------------------ service, execution, closure

	@Transactional
	public void transfer(CurrentUser user, long id, CaseCommands.Transfer cmd) {
		Step s = begin(user, id, TASK_TRANSFER_CASE);
		requireCertified(user);
		s.c.transferred(cmd.transferredTo());
		s.c.requestClosure();
		finish(s, OpinionKind.TRANSFER, null, "移送 " + cmd.transferredTo() + "：" + cmd.opinion(), Map.of());
	}

	/** 送达 within 7 working days; payment due 15 days after service; public notice = served 30 days later. */
	@Transactional
	public void serve(CurrentUser user, long id, CaseCommands.Service cmd) {
		Step s = begin(user, id, TASK_SERVE_DECISION);
		requireCertified(user);
		if (cmd.servedOn().isAfter(AppClock.today()) || cmd.servedOn().isBefore(s.c.getDecidedOn())) {
			throw new BadRequestException("servedOn", "送达日期应在决定日期与今天之间");
		}
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE
				? cmd.servedOn().plusDays(props.publicNoticeDays()) : cmd.servedOn();
		s.c.served(effective, cmd.method().name(), s.c.fineDue() ? effective.plusDays(policy().paymentDays()) : null);
		boolean late = cmd.servedOn().isAfter(s.c.getServiceDue());
		finish(s, OpinionKind.SERVICE, null, cmd.method().label() + " " + cmd.servedOn() + (late ? "（超过送达期限）" : "")
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	/** 公示: the decision with personal data masked (names of natural persons, ID-like numbers). */
	@Transactional
	public void publish(CurrentUser user, long id, CaseCommands.Publication cmd) {
		Step s = begin(user, id, TASK_PUBLISH);
		requireCertified(user);
		s.c.publish(cmd.publishedOn(), publicationText(s.c));
		finish(s, OpinionKind.PUBLICATION, null, "公示于 " + cmd.publishedOn()
				+ (cmd.publishedOn().isAfter(s.c.getPublicationDue()) ? "（超过7个工作日期限）" : ""), Map.of());
	}

	/** 缴款: the late charge is 3 % a day from the due date, capped at the fine (APL Art 72). */
	@Transactional
	public void recordPayment(CurrentUser user, long id, CaseCommands.Payment cmd) {
		Step s = begin(user, id, TASK_RECORD_PAYMENT);
		requireCertified(user);
		if (cmd.paidOn().isAfter(AppClock.today())) {
			throw new BadRequestException("paidOn", "缴款日期不能晚于今天");
		}
		BigDecimal late = penalty.lateCharge(s.c.getFineAmount(), s.c.getPaymentDue(), cmd.paidOn());
		BigDecimal due = s.c.getFineAmount().add(late);
		if (cmd.amount().compareTo(due) < 0) {
			throw new BadRequestException("amount", "缴款金额不足：罚款 " + s.c.getFineAmount() + " 元，加处罚款 " + late + " 元");
		}
		s.c.paid(cmd.paidOn(), cmd.amount(), late);
		finish(s, OpinionKind.PAYMENT, null, "缴款 " + cmd.amount() + " 元（其中加处罚款 " + late + " 元）", Map.of());
	}

	/** Delegate: opens the correction item with the rectification capability when it is present. */
	@Transactional
	public void correctionTracked(long id, Long correctionId) {
		EnforcementCase c = lockUnchecked(id);
		c.correctionTracked(correctionId);
		save(c);
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "CORRECTION_OPENED", c.getCorrectionMeasure(),
				"责令改正，期限至 " + c.getCorrectionDeadline());
	}

	/** 复查 by an inspector of the case. */
	@Transactional
	public void recheck(CurrentUser user, long id, CaseCommands.Recheck cmd) {
		Step s = begin(user, id, TASK_RECHECK_CORRECTION);
		requireCertified(user);
		s.c.rechecked(cmd.corrected());
		finish(s, OpinionKind.RECHECK, cmd.corrected(), cmd.opinion(), Map.of(VAR_CORRECTED, cmd.corrected()));
	}

	/** The re-check recorded by the rectification capability: correlated into the process. */
	@Transactional
	public void recheckedElsewhere(long id, long correctionId, boolean corrected, String text) {
		EnforcementCase c = lockUnchecked(id);
		if (c.getCorrectionId() == null || c.getCorrectionId() != correctionId) {
			throw new ConflictException("整改事项与案件不符");
		}
		c.rechecked(corrected);
		save(c);
		opinion(c, OpinionKind.RECHECK, "system", "整改跟踪", corrected, text);
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "RECHECK", text, corrected ? "复查：已改正" : "复查：未改正");
		runtime.createMessageCorrelation(MSG_CORRECTION_RECHECKED).processInstanceId(c.getProcessInstanceId())
			.setVariable(VAR_CORRECTED, corrected).correlateWithResult();
	}

	@Transactional
	public void handleUncorrected(CurrentUser user, long id, CaseCommands.Opinion cmd) {
		Step s = begin(user, id, TASK_HANDLE_UNCORRECTED);
		int orders = correctionOrdersWithinYear(s.c);
		finish(s, OpinionKind.UNCORRECTED, null, "一年内责令改正 " + orders + " 次" + (orders >= 3 ? "（属情节严重）" : "") + "：" + cmd.opinion(), Map.of());
	}

	@Transactional
	public void approveClosure(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = begin(user, id, TASK_APPROVE_CLOSURE);
		if (s.c.getStatus() != CaseStatus.CLOSING) {
			s.c.requestClosure();
		}
		if (cmd.approved()) {
			s.c.close(AppClock.today());
		}
		else {
			s.c.reopenExecution();
		}
		finish(s, OpinionKind.CLOSURE_APPROVAL, cmd.approved(), cmd.opinion(), Map.of(VAR_APPROVED, cmd.approved()));
	}

	@Transactional
	public void supplementExecution(CurrentUser user, long id, CaseCommands.Opinion cmd) {
		Step s = begin(user, id, TASK_SUPPLEMENT_EXECUTION);
		requireCertified(user);
		s.c.requestClosure();
		finish(s, OpinionKind.CLOSURE_APPROVAL, null, "补充材料：" + cmd.opinion(), Map.of());
	}

	@Transactional
	public void archive(CurrentUser user, long id, CaseCommands.Archive cmd) {
		Step s = begin(user, id, TASK_ARCHIVE);
		s.c.archive(cmd.archiveNumber(), AppClock.today());
		finish(s, OpinionKind.ARCHIVE, null, "归档，卷号 " + cmd.archiveNumber(), Map.of());
	}

	@Transactional
	public void recordAppeal(CurrentUser user, long id, CaseCommands.AppealRecord cmd) {
		EnforcementCase c = lockWritable(user, id);
		if (c.getDecidedOn() == null) {
			throw new ConflictException("尚未作出决定，不能登记复议或诉讼");
		}
		mapper.insertAppeal(new CaseParts.Appeal(null, id, cmd.kind().name(), cmd.filedOn(), cmd.body(), cmd.result()));
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "APPEAL", cmd.result(), cmd.kind().label() + "：" + cmd.body());
	}

	// ------------------------------------------------------------------ case clock

	/** 申请延期: correlates the extension request; the director approves it. */
	@Transactional
	public void requestExtension(CurrentUser user, long id, CaseCommands.ExtensionRequest cmd) {
		EnforcementCase c = lockWritable(user, id);
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在办案期限内，无需延期");
		}
		if (c.getExtensionMonths() + cmd.months() > policy().maxExtensionMonths()) {
			throw new BadRequestException("months", "累计延长不得超过" + policy().maxExtensionMonths() + "个月（已延长"
					+ c.getExtensionMonths() + "个月）");
		}
		if (tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey(TASK_APPROVE_EXTENSION)
			.count() > 0) {
			throw new ConflictException("已有待审批的延期申请");
		}
		opinion(c, OpinionKind.EXTENSION, user.username(), user.displayName(), null,
				"申请延长" + cmd.months() + "个月：" + cmd.reason());
		activity.record(c.getBureauId(), SUBJECT_TYPE, id, "EXTENSION_REQUESTED", cmd.reason(), "申请延长办案期限" + cmd.months() + "个月");
		runtime.createMessageCorrelation(MSG_EXTENSION_REQUESTED).processInstanceId(c.getProcessInstanceId())
			.setVariable("extensionMonthsRequested", cmd.months()).correlateWithResult();
	}

	@Transactional
	public void approveExtension(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = begin(user, id, TASK_APPROVE_EXTENSION);
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new ConflictException("延长办案期限须经局长批准");
		}
		int months = ((Number) runtime.getVariable(s.task.getExecutionId(), "extensionMonthsRequested")).intValue();
		if (cmd.approved()) {
			if (s.c.getExtensionMonths() + months > policy().maxExtensionMonths()) {
				throw new ConflictException("累计延长不得超过" + policy().maxExtensionMonths() + "个月");
			}
			s.c.extend(months, s.c.getCaseDeadline().plusMonths(months));
		}
		finish(s, OpinionKind.EXTENSION, cmd.approved(), (cmd.approved() ? "同意延长" + months + "个月，期限至 "
				+ s.c.getCaseDeadline() + "：" : "不同意延期：") + cmd.opinion(), Map.of());
	}

	/** 中止 / 恢复: pauses of the case clock, each logged; the deadline moves by the paused days. */
	@Transactional
	public void suspend(CurrentUser user, long id, CaseCommands.Suspension cmd) {
		EnforcementCase c = lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("案件中止须经领导批准");
		}
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在办案期限内");
		}
		pause(c, PauseReason.SUSPENSION, cmd.note(), AppClock.today());
		save(c);
	}

	@Transactional
	public void resume(CurrentUser user, long id) {
		EnforcementCase c = lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("恢复办理须经领导批准");
		}
		endPause(c, PauseReason.SUSPENSION, AppClock.today());
		save(c);
	}

	/**
	 * Delegate of the daily clock tick: sends reminders at the configured points and, once the deadline has
	 * passed without a decision (and no pause is open), escalates once to the director.
	 *
	 * @return whether to open the director's supervision task
	 */
	@Transactional
	public boolean checkClock(long id) {
		EnforcementCase c = lockUnchecked(id);
		LocalDate today = AppClock.today();
		if (!c.getStatus().clockRunning() || c.getCaseDeadline() == null) {
			return false;
		}
		List<CaseParts.Pause> pauses = mapper.selectPauses(id);
		if (pauses.stream().anyMatch(p -> p.endedOn() == null || p.endedOn().isAfter(today))) {
			return false;
		}
		if (today.isAfter(c.getCaseDeadline())) {
			if (c.isOverdueEscalated()) {
				return false;
			}
			c.escalated();
			save(c);
			notifications.send(c.getBureauId(), groupMembers(c.getBureauId(), Role.DIRECTOR),
					message(c, "OVERDUE", "案件超过办案期限：" + c.displayNumber(), "办案期限已于 " + c.getCaseDeadline() + " 届满，请督办"));
			activity.record(c.getBureauId(), SUBJECT_TYPE, id, "OVERDUE", null, "超过办案期限，提请局长督办");
			return true;
		}
		int left = calendar.workingDaysLeft(c.getCaseDeadline());
		if (props.reminderWorkingDays().contains(left) && !today.equals(c.getRemindedOn())) {
			c.reminded(today);
			save(c);
			List<String> to = new ArrayList<>(mapper.selectInspectors(id).stream().filter(i -> !i.recused())
				.map(CaseParts.Inspector::username).toList());
			if (!to.contains(c.getHandler())) {
				to.add(c.getHandler());
			}
			notifications.send(c.getBureauId(), to, message(c, "REMINDER", "办案期限提醒：" + c.displayNumber(),
					"距办案期限（" + c.getCaseDeadline() + "）还剩 " + left + " 个工作日"));
		}
		return false;
	}

	@Transactional
	public void superviseOverdue(CurrentUser user, long id, CaseCommands.Opinion cmd) {
		Step s = begin(user, id, TASK_SUPERVISE_OVERDUE);
		finish(s, OpinionKind.OVERDUE, null, cmd.opinion(), Map.of());
		notifications.send(s.c.getBureauId(), List.of(s.c.getHandler()), message(s.c, "ESCALATION",
				"局长督办：" + s.c.displayNumber(), cmd.opinion()));
	}

	private PenaltyPolicy policy() {
		return penalty.policy();
	}

	private NotificationService.Message message(EnforcementCase c, String category, String title, String body) {
		return new NotificationService.Message(category, title, body, "/cases/" + c.getId(), SUBJECT_TYPE, c.getId());
	}

	private void pause(EnforcementCase c, PauseReason reason, String note, LocalDate from) {
		mapper.insertPause(new CaseParts.Pause(null, c.getId(), reason.name(), note, from, null));
		activity.record(c.getBureauId(), SUBJECT_TYPE, c.getId(), "PAUSE", note, "办案期限暂停：" + reason.label());
	}

	private void endPause(EnforcementCase c, PauseReason reason, LocalDate to) {
		CaseParts.Pause open = mapper.selectPauses(c.getId()).stream()
			.filter(p -> p.endedOn() == null && p.reason().equals(reason.name())).findFirst()
			.orElseThrow(() -> new ConflictException("没有进行中的" + reason.label() + "暂停"));
		mapper.endPause(c.getId(), reason.name(), to);
		long days = java.time.temporal.ChronoUnit.DAYS.between(open.startedOn(), to);
		if (c.getCaseDeadline() != null && days > 0) {
			c.deadline(c.getCaseDeadline().plusDays(days));
		}
		activity.record(c.getBureauId(), SUBJECT_TYPE, c.getId(), "RESUME", null,
				"办案期限恢复计算：" + reason.label() + "暂停 " + days + " 天，期限顺延至 " + c.getCaseDeadline());
	}

	private Map<String, Object> executionFlags(EnforcementCase c) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_PUBLISHABLE, c.publishable());
		vars.put(VAR_FINE_DUE, c.fineDue());
		vars.put(VAR_CORRECTION_ORDERED, c.isCorrectionOrdered());
		return vars;
	}

	private String decisionNumber(EnforcementCase c) {
		Bureau b = bureaus.bureau(c.getBureauId());
		int year = AppClock.today().getYear();
		return b.docPrefix() + "罚决〔" + year + "〕" + sequences.next(b.id(), "PENALTY_DECISION", year) + "号";
	}

	/** The published text: the party (an organisation is public; a natural person's name is masked). */
	String publicationText(EnforcementCase c) {
		String party = "CITIZEN".equals(c.getPartyType()) || "INDIVIDUAL_BUSINESS".equals(c.getPartyType())
				? Masking.name(c.getPartyName()) : c.getPartyName();
		String rep = c.getLegalRepresentative() == null ? "" : "，法定代表人（负责人）" + Masking.name(c.getLegalRepresentative());
		String fine = c.getFineAmount() == null ? "" : "，罚款人民币" + c.getFineAmount().stripTrailingZeros().toPlainString() + "元";
		String violations = String.join("；", mapper.selectViolations(c.getId()).stream()
			.map(v -> penalty.violationLabel(v.violationType()) + "（" + v.article() + "）").toList());
		return "决定书文号：" + c.getDecisionNumber() + "。当事人：" + party + "（统一社会信用代码 "
				+ Masking.creditCode(c.getCreditCode(), c.getPartyType()) + "）" + rep + "。违法行为：" + violations
				+ "。处罚决定：" + ("WARNING".equals(c.getPenaltyOutcome()) ? "警告" : "CIRCULATE".equals(c.getPenaltyOutcome()) ? "通报批评" : "警告" + fine)
				+ "。决定日期：" + c.getDecidedOn() + "。";
	}

	private static long policyDays(LocalDate from, LocalDate to) {
		return java.time.temporal.ChronoUnit.DAYS.between(from, to);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

		// ------------------------------------------------------------------ helpers

	/** A step in progress: the locked case and the task the user completes. */
	record Step(EnforcementCase c, Task task, CurrentUser user) {
	}

	/**
	 * Locks the case, checks the user may change it (404/403), that the task is the current step (409: out of
	 * order or done already) and that it is offered to or held by the user (409: wrong user).
	 */
	Step begin(CurrentUser user, long id, String taskKey) {
		EnforcementCase c = mapper.selectForUpdate(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureWritable(user, c.getBureauId(), WHAT);
		Task t = c.getProcessInstanceId() == null ? null
				: tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey(taskKey).active()
					.singleResult();
		if (t == null) {
			throw new ConflictException("案件当前不在「" + EnforcementCaseTaskNames.of(taskKey) + "」环节（可能已办理或尚未到达）");
		}
		if (t.getAssignee() != null && !t.getAssignee().equals(user.username())) {
			throw new ConflictException("该环节已由其他人签收办理");
		}
		long offered = tasks.createTaskQuery().taskId(t.getId()).or().taskAssignee(user.username())
			.taskCandidateUser(user.username()).endOr().count();
		if (offered == 0) {
			throw new ConflictException("您无权办理「" + t.getName() + "」环节");
		}
		return new Step(c, t, user);
	}

	void finish(Step s, OpinionKind kind, Boolean approved, String text, Map<String, Object> vars) {
		save(s.c);
		opinion(s.c, kind, s.user.username(), s.user.displayName(), approved, text);
		activity.record(s.c.getBureauId(), SUBJECT_TYPE, s.c.getId(), kind.name(), text,
				s.task.getName() + (approved == null ? "" : approved ? "：同意" : "：不同意/退回"));
		if (s.task.getAssignee() == null) {
			tasks.claim(s.task.getId(), s.user.username());
		}
		tasks.complete(s.task.getId(), vars);
	}

	EnforcementCase lockWritable(CurrentUser user, long id) {
		EnforcementCase c = mapper.selectForUpdate(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureWritable(user, c.getBureauId(), WHAT);
		return c;
	}

	void requireInvestigator(EnforcementCase c, CurrentUser user) {
		requireCertified(user);
		if (mapper.selectInspectors(c.getId()).stream().noneMatch(i -> i.username().equals(user.username()) && !i.recused())) {
			throw new ConflictException("您不是本案调查组成员或已回避");
		}
	}

	EnforcementCase lockUnchecked(long id) {
		EnforcementCase c = mapper.selectForUpdate(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在: " + id);
		}
		return c;
	}

	void save(EnforcementCase c) {
		c.touch(AppClock.now());
		if (mapper.updateCase(c) != 1) {
			throw new ConflictException("该案件刚被其他用户修改，请刷新后重试");
		}
		EnforcementCase fresh = mapper.selectById(c.getId());
		copyVersion(c, fresh);
	}

	private static void copyVersion(EnforcementCase target, EnforcementCase fresh) {
		try {
			var f = EnforcementCase.class.getDeclaredField("rowVersion");
			f.setAccessible(true);
			f.setInt(target, fresh.getRowVersion());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	void opinion(EnforcementCase c, OpinionKind kind, String actor, String actorName, Boolean approved, String text) {
		mapper.insertOpinion(new CaseParts.Opinion(null, c.getId(), kind.name(), actor, actorName, approved, text,
				AppClock.now()));
	}

	void requireCertified(CurrentUser user) {
		UserSummary u = users.summary(user.username());
		if (!u.hasRole(Role.INSPECTOR) || !u.hasCertificateValidOn(AppClock.today())) {
			throw new ConflictException("您没有当日有效的统计执法证，不能办理执法环节");
		}
	}

	private void addInspectorRow(EnforcementCase c, String username) {
		UserSummary u = users.byUsernames(List.of(username)).get(username);
		if (u == null || !u.hasRole(Role.INSPECTOR) || !c.getBureauId().equals(u.bureauId())) {
			throw new BadRequestException("inspectors", username + " 不是本局执法人员");
		}
		if (!u.hasCertificateValidOn(AppClock.today())) {
			throw new BadRequestException("inspectors", u.displayName() + " 的统计执法证已过期或未登记，不能参与执法");
		}
		if (mapper.selectInspectors(c.getId()).stream().anyMatch(i -> i.username().equals(username))) {
			return;
		}
		mapper.insertInspector(new CaseParts.Inspector(null, c.getId(), username, u.displayName(), u.certNumber(),
				u.certValidTo(), false, null, AppClock.today(), null, null, null));
	}

	private void addInspectorIfCertified(EnforcementCase c, String username) {
		UserSummary u = users.byUsernames(List.of(username)).get(username);
		if (u != null && u.hasRole(Role.INSPECTOR) && u.hasCertificateValidOn(AppClock.today())
				&& c.getBureauId().equals(u.bureauId())) {
			addInspectorRow(c, username);
		}
	}

	private void orderCorrection(EnforcementCase c, String measure, LocalDate deadline) {
		if (notBlank(measure)) {
			if (deadline == null || !deadline.isAfter(AppClock.today())) {
				throw new BadRequestException("correctionDeadline", "请填写晚于今天的改正期限");
			}
			c.orderCorrection(measure, deadline);
		}
	}

	List<String> groupMembers(long bureauId, Role role) {
		return users.usersWithRole(bureauId, role).stream().map(UserSummary::username).toList();
	}

	static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

	static String blankToNull(String s) {
		return notBlank(s) ? s.trim() : null;
	}

}

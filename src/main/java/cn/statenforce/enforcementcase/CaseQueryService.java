package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.statenforce.enforcementcase.process.CaseWorkflow;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.BureauService;
import cn.statenforce.workbench.TaskAccess;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;

import static cn.statenforce.enforcementcase.CaseTasks.WHAT;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE;

/** Reading cases: one case in the user's scope, the case page, the ledger, and look-ups for task lists. */
@Service
public class CaseQueryService {

	private final EnforcementCaseMapper mapper;
	private final CaseWorkflow workflow;
	private final BureauService bureaus;
	private final WorkingDayCalendar calendar;
	private final ActivityLog activity;
	private final PenaltyAdvisor penalty;

	private final TaskAccess taskAccess;

	CaseQueryService(EnforcementCaseMapper mapper, CaseWorkflow workflow, BureauService bureaus,
			WorkingDayCalendar calendar, ActivityLog activity, PenaltyAdvisor penalty, TaskAccess taskAccess) {
		this.taskAccess = taskAccess;
		this.mapper = mapper;
		this.workflow = workflow;
		this.bureaus = bureaus;
		this.calendar = calendar;
		this.activity = activity;
		this.penalty = penalty;
	}

	public EnforcementCase get(CurrentUser user, long id) {
		EnforcementCase c = isCaseReader(user) ? mapper.selectById(id) : null;
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		if (!bureaus.canRead(user, c.getBureauId()) && taskAccess.grantsRead(user, SUBJECT_TYPE, id)) {
			// the approver sees what they approve: an open task or a copy of the case (workbench.TaskAccess)
			return c;
		}
		bureaus.ensureReadable(user, c.getBureauId(), WHAT);
		return c;
	}

	/**
	 * Cases (with reporters and findings) are read by the bureau's staff only: a rectification unit's account works
	 * its measures, the system administrator runs the installation; neither reads enforcement cases.
	 */
	private static boolean isCaseReader(CurrentUser user) {
		return user.isBureauStaff();
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
		List<Task> open = workflow.open(c.getProcessInstanceId());
		Integer daysLeft = c.getCaseDeadline() == null || !c.getStatus().clockRunning() ? null
				: calendar.workingDaysLeft(c.getCaseDeadline());
		return new CaseDetails(c, reporterVisible, mapper.selectInspectors(id), mapper.selectViolations(id),
				mapper.selectEvidence(id), mapper.selectOpinions(id), mapper.selectPauses(id), mapper.selectAppeals(id),
				activity.timeline(SUBJECT_TYPE, id), open.stream().map(t -> new CaseDetails.OpenTask(t.getId(),
						t.getTaskDefinitionKey(), t.getName(), t.getAssignee())).toList(),
				daysLeft, correctionOrdersWithinYear(c));
	}

	/** The ledger: the filter narrowed to the bureaus the user may read. */
	public PageResult<EnforcementCase> search(CurrentUser user, CaseFilter f) {
		List<Long> scope = isCaseReader(user) ? bureaus.readableBureauIds(user) : List.of();
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

	/**
	 * 年度统计: the case figures of the bureaus for the calendar year, each by its own defining date (see
	 * {@link CaseAnnualFigures}). The caller has checked the data scope.
	 */
	public CaseAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		return figuresBetween(bureauIds, year, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	/**
	 * The same figures for a part of the year (the report's month-by-month chart): defining dates from {@code from}
	 * inclusive to {@code to} exclusive.
	 */
	public CaseAnnualFigures figuresBetween(List<Long> bureauIds, int year, LocalDate from, LocalDate to) {
		if (bureauIds.isEmpty()) {
			return new CaseAnnualFigures(year, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, java.math.BigDecimal.ZERO, 0, 0, 0, 0, 0);
		}
		List<String> running = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::clockRunning)
			.map(Enum::name).toList();
		EnforcementCaseMapper.AnnualCounts c = mapper.selectAnnualCounts(bureauIds, from, to, AppClock.today(), running);
		Map<String, Long> decisions = new HashMap<>();
		java.math.BigDecimal fines = java.math.BigDecimal.ZERO;
		for (EnforcementCaseMapper.DecisionCount d : mapper.selectAnnualDecisions(bureauIds, from, to)) {
			String key = "PENALTY".equals(d.decisionOutcome()) ? "PENALTY/" + d.penaltyOutcome() : d.decisionOutcome();
			decisions.merge(key, d.decisions(), Long::sum);
			if ("PENALTY".equals(d.decisionOutcome()) && d.fines() != null) {
				fines = fines.add(d.fines());
			}
		}
		return new CaseAnnualFigures(year, c.leadsRegistered(), c.casesFiled(),
				decisions.getOrDefault("PENALTY/WARNING", 0L), decisions.getOrDefault("PENALTY/WARNING_AND_FINE", 0L),
				decisions.getOrDefault("PENALTY/CIRCULATE", 0L), decisions.getOrDefault("NO_PENALTY", 0L),
				decisions.getOrDefault("NOT_ESTABLISHED", 0L), decisions.getOrDefault("TRANSFER", 0L), c.summaryWarnings(),
				c.summaryWarningsWithFine(), fines, c.ordersToCorrect(), c.hearingsHeld(), c.legalReviews(), c.closed(), c.overdueOpen());
	}

	/** Statuses in which a case is over: not filed, closed, archived. Every other status is an open case. */
	static final Set<CaseStatus> FINISHED = EnumSet.of(CaseStatus.NOT_FILED, CaseStatus.CLOSED, CaseStatus.ARCHIVED);

	/**
	 * 在办案件: the directory ids (enterprise.id) of the units against which a case of any bureau is open, from the
	 * registration of the lead to closure (结案) or the decision not to file. The inspection draw excludes them.
	 */
	public Set<Long> enterprisesWithOpenCases() {
		List<String> finished = FINISHED.stream().map(Enum::name).toList();
		return new HashSet<>(mapper.selectEnterprisesWithOpenCases(finished));
	}

	/** The case numbers (案号, or the lead number before filing) of the cases open against one unit. */
	public List<String> openCasesOf(long enterpriseId) {
		return mapper.selectOpenCaseNumbers(enterpriseId, FINISHED.stream().map(Enum::name).toList());
	}

	public List<CaseParts.Violation> violations(long caseId) {
		return mapper.selectViolations(caseId);
	}

	public List<CaseParts.Inspector> inspectors(long caseId) {
		return mapper.selectInspectors(caseId);
	}

	/**
	 * Orders to correct the party received within the window of 统计法实施条例 Art 50(4) (one year; enough of them make
	 * the conduct serious), counted by the penalty rules.
	 */
	public int correctionOrdersWithinYear(EnforcementCase c) {
		return mapper.countCorrectionOrders(c.getEnterpriseId(), penalty.repeatedOrdersWindowStart(AppClock.today()));
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

}

package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.TaskGroups;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.CorrectionTracking;
import cn.statenforce.shared.handover.HandoverOrigin;
import cn.statenforce.shared.handover.LeadReference;

/**
 * Enterprise corrections: an order to correct (责令改正) from a case or an inspection becomes a one-item
 * rectification (source 执法检查) for the enterprise, re-checked (复查) by the named inspectors once the
 * correction deadline has come; the result flows back to the origin through {@link CorrectionOutcomeDispatcher}.
 */
@Service
public class CorrectionService implements CorrectionTracking {

	static final String ASPECT = "责令改正事项";

	private final RectificationMapper mapper;

	private final RectificationService plans;

	private final RectificationAccess access;

	private final RectificationProperties properties;

	private final RectificationWorkflow workflow;

	private final CorrectionOutcomeDispatcher dispatcher;

	private final EnterpriseService enterprises;

	private final UserService users;

	private final WorkingDayCalendar calendar;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final BureauService bureaus;

	CorrectionService(RectificationMapper mapper, RectificationService plans, RectificationAccess access,
			RectificationProperties properties, RectificationWorkflow workflow, CorrectionOutcomeDispatcher dispatcher,
			EnterpriseService enterprises, UserService users, WorkingDayCalendar calendar, ActivityLog activity,
			NotificationService notifications, BureauService bureaus) {
		this.mapper = mapper;
		this.plans = plans;
		this.access = access;
		this.properties = properties;
		this.workflow = workflow;
		this.dispatcher = dispatcher;
		this.enterprises = enterprises;
		this.users = users;
		this.calendar = calendar;
		this.activity = activity;
		this.notifications = notifications;
		this.bureaus = bureaus;
	}

	/**
	 * Opens the tracking of an order to correct. Runs in a background step of the issuing process, so it refuses
	 * nothing that time or later changes can make stale: a deadline that has already passed at hand-over sends the
	 * order straight to re-check (due {@code recheckWorkingDays} after the hand-over instead of after the deadline),
	 * and named inspectors who can no longer re-check are replaced by the bureau's inspectors (see
	 * {@link #recheckCandidates}). What the issuing user step must have checked (measure, deadline, the enterprise
	 * of the bureau) is a programming error here.
	 */
	@Override
	@Transactional
	public LeadReference openCorrection(CorrectionOrder order) {
		Enterprise enterprise = enterprise(order);
		requireContract(order);
		LocalDate today = AppClock.today();
		boolean lapsed = order.deadline().isBefore(today);
		var row = new RectificationMapper.PlanRow();
		row.bureauId = order.bureauId();
		row.planNumber = plans.nextNumber(order.bureauId());
		row.kind = Plan.KIND_CORRECTION;
		row.source = Source.ENFORCEMENT.name();
		row.sourceBody = (HandoverOrigin.ENFORCEMENT_CASE.name().equals(order.originType()) ? HandoverOrigin.ENFORCEMENT_CASE
				: HandoverOrigin.INSPECTION).body();
		row.receivedOn = today;
		row.documentNumber = order.originBusinessKey();
		row.title = "责令改正：" + enterprise.name();
		row.planDue = today;
		row.reportDue = order.deadline();
		row.status = PlanStatus.IN_PROGRESS.name();
		row.createdBy = ActivityLog.SYSTEM;
		row.createdAt = AppClock.now();
		mapper.insertPlan(row);
		Aspect aspect = plans.insertAspect(row.id, ASPECT);
		Problem problem = plans.insertProblem(row.id, aspect.id(), order.problem().trim());
		insertMeasure(row, problem, enterprise, order);
		LocalDate recheckDue = recheckDue(order.deadline(), today);
		List<String> named = order.recheckInspectors() == null ? List.of()
				: order.recheckInspectors().stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
		mapper.insertCorrection(new Correction(row.id, order.originType(), order.originId(), order.originBusinessKey(),
				enterprise.id(), String.join(",", named), recheckDue, null, null, null, null, null, null, 0));
		String pi = workflow.startCorrection(row.planNumber, row.id);
		mapper.updatePlanProcess(row.id, AppClock.now(), pi);
		activity.record(AuditActor.HANDOVER, row.bureauId, RectificationService.SUBJECT_PLAN, row.id, "CORRECTION_OPENED", null,
				"来源 " + order.originBusinessKey() + "，改正期限 " + order.deadline()
						+ (lapsed ? "（交办时已届满，直接进入复查）" : "") + "，复查期限 " + recheckDue);
		List<String> candidates = recheckCandidates(row.id);
		notifications.send(row.bureauId, candidates.size() >= 2 ? candidates : allInspectors(row.bureauId),
				new Message("TASK", "责令改正待复查：" + enterprise.name(), lapsed
						? "改正期限 " + order.deadline() + " 已届满，请于 " + recheckDue + " 前复查"
						: "改正期限 " + order.deadline() + "，复查期限 " + recheckDue,
						"/rectification/plans/" + row.id, RectificationService.SUBJECT_PLAN, row.id));
		return new LeadReference(row.id, row.planNumber);
	}

	/**
	 * The re-check is due {@code recheckWorkingDays} after the correction deadline, or after the hand-over when the
	 * deadline had already passed by then.
	 */
	LocalDate recheckDue(LocalDate deadline, LocalDate handedOverOn) {
		return calendar.addWorkingDays(deadline.isBefore(handedOverOn) ? handedOverOn : deadline, properties.recheckWorkingDays());
	}

	private void insertMeasure(RectificationMapper.PlanRow plan, Problem problem, Enterprise enterprise, CorrectionOrder order) {
		var m = new RectificationMapper.MeasureRow();
		m.planId = plan.id;
		m.problemId = problem.id();
		m.seq = 1;
		m.content = order.measure().trim();
		m.ownerName = enterprise.name();
		m.deadline = order.deadline();
		m.category = Category.DEADLINE.name();
		m.requiredEvidence = "复查记录";
		m.status = MeasureStatus.IN_PROGRESS.name();
		mapper.insertMeasure(m);
	}

	private static void guarded(int changedRows, String conflict) {
		if (changedRows != 1) {
			throw new ConflictException(conflict);
		}
	}

	private Enterprise enterprise(CorrectionOrder order) {
		Enterprise e = enterprises.getUnchecked(order.enterpriseId());
		if (e == null || !bureaus.isWithin(e.bureauId(), order.bureauId())) {
			throw new IllegalArgumentException("order to correct for an enterprise outside the bureau's directory: " + order);
		}
		return e;
	}

	/** What the issuing user step validates (it cannot go stale); a gap is a bug of the caller. */
	private static void requireContract(CorrectionOrder order) {
		if (blank(order.originType()) || blank(order.originBusinessKey()) || blank(order.problem()) || blank(order.measure())
				|| order.deadline() == null) {
			throw new IllegalArgumentException("incomplete order to correct: " + order);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * Who is offered the re-check: the named inspectors who are still inspectors of the bureau with a 统计执法证
	 * valid today. When fewer than two of them are left, the bureau's inspectors are offered it too
	 * ({@link #recheckGroups}), so that two certified inspectors can always do it.
	 */
	public List<String> recheckCandidates(long planId) {
		Correction c = correctionUnchecked(planId);
		Plan plan = mapper.selectPlan(planId);
		LocalDate today = AppClock.today();
		Map<String, UserSummary> inspectors = inspectorsOf(plan.bureauId());
		return c.inspectorList().stream().filter(n -> inspectors.containsKey(n) && inspectors.get(n).hasCertificateValidOn(today))
			.toList();
	}

	/** The bureau's inspector group when the named inspectors no longer suffice; otherwise none. */
	public List<String> recheckGroups(long planId) {
		if (recheckCandidates(planId).size() >= 2) {
			return List.of();
		}
		Plan plan = mapper.selectPlan(planId);
		return List.of(TaskGroups.of(Role.INSPECTOR, bureaus.bureau(plan.bureauId()).regionCode()));
	}

	private Map<String, UserSummary> inspectorsOf(long bureauId) {
		return users.usersWithRole(bureauId, Role.INSPECTOR).stream().filter(UserSummary::enabled)
			.collect(Collectors.toMap(UserSummary::username, u -> u));
	}

	private List<String> allInspectors(long bureauId) {
		return List.copyOf(inspectorsOf(bureauId).keySet());
	}

	public Correction correction(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		return correctionUnchecked(planId);
	}

	public Correction correctionUnchecked(long planId) {
		Correction c = mapper.selectCorrection(planId);
		if (c == null) {
			throw new NotFoundException("责令改正记录不存在或无权查看");
		}
		return c;
	}

	/** 复查 by the inspectors named in the order, recorded today by one of them. */
	@Transactional
	public Correction recheck(CurrentUser user, long planId, boolean corrected, String opinion) {
		return recheck(user, planId, new RecheckCommand(corrected, opinion, null, null));
	}

	/**
	 * 复查: an inspector offered the re-check records whether the enterprise corrected, the day it was checked and
	 * the inspectors who checked it: at least two inspectors of the bureau, the recording one among them, each with
	 * a 统计执法证 valid on that day (统计法第三十八条, 行政处罚法第四十二条). The origin is told in this transaction;
	 * a corrected item is signed off and closes, an uncorrected one stays open on the ledger while the origin takes
	 * its escalation path.
	 */
	@Transactional
	public Correction recheck(CurrentUser user, long planId, RecheckCommand cmd) {
		return recheck(user, planId, null, cmd);
	}

	/** {@link #recheck(CurrentUser, long, RecheckCommand)} on the version the user read (409 when stale). */
	@Transactional
	public Correction recheck(CurrentUser user, long planId, Integer expectedVersion, RecheckCommand cmd) {
		Plan plan = access.readablePlan(user, planId);
		access.ensureWritable(user, plan.bureauId(), "责令改正");
		Correction c = correctionUnchecked(planId);
		int version = RowVersions.expected(expectedVersion, c.rowVersion(), "该责令改正");
		if (c.isRechecked()) {
			throw new ConflictException("已记录复查结论");
		}
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_RECHECK);
		if (!workflow.isCandidate(task, user.username())) {
			throw new ConflictException("只有指定的复查人员可以记录复查结论");
		}
		plans.valid(cmd);
		LocalDate on = cmd.recheckedOn() == null ? AppClock.today() : cmd.recheckedOn();
		if (on.isAfter(AppClock.today())) {
			throw new BadRequestException("recheckedOn", "复查日期不能晚于今天");
		}
		if (on.isBefore(plan.receivedOn())) {
			throw new BadRequestException("recheckedOn", "复查日期不能早于责令改正交办日期 " + plan.receivedOn());
		}
		List<String> team = recheckTeam(user, c, plan, cmd.inspectors(), on);
		String text = cmd.opinion().trim();
		// every transition is guarded by the state it was read in: zero changed rows means another request got there first
		guarded(mapper.updateCorrectionRechecked(planId, version, cmd.corrected(), text, user.username(), AppClock.now(), on,
				String.join(",", team)), "已记录复查结论");
		Measure m = mapper.selectMeasures(planId).get(0);
		mapper.updateMeasureProgress(m.id(), (cmd.corrected() ? "复查已改正：" : "复查未改正：") + text);
		if (cmd.corrected()) {
			guarded(mapper.updateMeasureStatus(m.id(), List.of(MeasureStatus.IN_PROGRESS.name()), MeasureStatus.SUBMITTED.name()),
					"该整改措施刚被他人办理或修改，请刷新后重试");
			guarded(mapper.updateMeasureSignedOff(m.id(), AppClock.now(), user.username()), "该整改措施刚被他人办理或修改，请刷新后重试");
			guarded(mapper.updateProblemClosed(m.problemId(), AppClock.now()), "该问题刚被他人办理或修改，请刷新后重试");
		}
		guarded(mapper.updatePlanStatus(planId, PlanStatus.IN_PROGRESS.name(), PlanStatus.FINISHED.name()),
				"该责令改正事项刚被他人办理或修改，请刷新后重试");
		Map<String, UserSummary> people = users.byUsernames(team);
		activity.record(AuditActor.user(user), plan.bureauId(), RectificationService.SUBJECT_PLAN, planId,
				cmd.corrected() ? "RECHECK_CORRECTED" : "RECHECK_NOT_CORRECTED", text, "复查日期 " + on + "，复查人员 "
						+ String.join("、", team.stream().map(n -> people.get(n).displayName() + "（执法证 " + people.get(n).certNumber() + "）").toList()));
		Correction done = correctionUnchecked(planId);
		dispatcher.dispatch(done, cmd.corrected(), text);
		workflow.complete(task, Map.of());
		return done;
	}

	/** The inspectors who re-checked: given, or the named ones; two or more, certified on the day, the recorder among them. */
	private List<String> recheckTeam(CurrentUser user, Correction c, Plan plan, List<String> given, LocalDate on) {
		List<String> team = given == null || given.isEmpty() ? c.inspectorList()
				: given.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
		if (!team.contains(user.username())) {
			throw new BadRequestException("inspectors", "复查人员须包括登记复查结论的执法人员本人");
		}
		if (team.size() < 2) {
			throw new BadRequestException("inspectors", "复查须由两名以上执法人员进行，请填写同行复查的执法人员");
		}
		Map<String, UserSummary> inspectors = inspectorsOf(plan.bureauId());
		for (String n : team) {
			UserSummary u = inspectors.get(n);
			if (u == null) {
				throw new BadRequestException("inspectors", "“" + n + "”不是本局执法人员");
			}
			if (!u.hasCertificateValidOn(on)) {
				throw new ConflictException("执法人员 " + u.displayName() + " 在复查日 " + on + " 没有有效的统计执法证，不能参加复查");
			}
		}
		return team;
	}

	/** Whether the user may record the re-check now (offered the open re-check task). */
	public boolean canRecheck(CurrentUser user, long planId) {
		Plan plan = access.readablePlan(user, planId);
		Correction c = correctionUnchecked(planId);
		return !c.isRechecked() && plan.processInstanceId() != null
				&& workflow.planTask(plan.processInstanceId(), RectificationProcess.TASK_RECHECK)
					.map(t -> workflow.isCandidate(t, user.username()))
					.orElse(false);
	}

	/**
	 * Who may re-check with the user: the other inspectors of the plan's bureau with a certificate valid today,
	 * those named in the order first.
	 */
	public List<UserSummary> recheckCompanions(CurrentUser user, long planId) {
		Plan plan = access.readablePlan(user, planId);
		List<String> named = correctionUnchecked(planId).inspectorList();
		LocalDate today = AppClock.today();
		return inspectorsOf(plan.bureauId()).values().stream()
			.filter(u -> u.hasCertificateValidOn(today) && !u.username().equals(user.username()))
			.sorted(java.util.Comparator.comparing((UserSummary u) -> !named.contains(u.username())).thenComparing(UserSummary::username))
			.toList();
	}

	/** Display names of usernames, in order (for pages: usernames are never shown). */
	public String displayNames(List<String> usernames) {
		Map<String, UserSummary> people = users.byUsernames(usernames);
		return String.join("、", usernames.stream().map(n -> people.containsKey(n) ? people.get(n).displayName() : n).toList());
	}

	/** Plan numbers of the corrections of these enterprises (for task search by party name). */
	public List<String> correctionNumbersByEnterprises(List<Long> bureauIds, List<Long> enterpriseIds) {
		return enterpriseIds.isEmpty() || bureauIds.isEmpty() ? List.of()
				: mapper.selectCorrectionNumbersByEnterprises(bureauIds, enterpriseIds);
	}

	/** The re-check is due and not yet recorded: the inspectors are reminded. */
	@Transactional
	public void remindRecheck(long planId) {
		Correction c = correctionUnchecked(planId);
		if (c.isRechecked()) {
			return;
		}
		Plan plan = mapper.selectPlan(planId);
		List<String> candidates = recheckCandidates(planId);
		notifications.send(plan.bureauId(), candidates.size() >= 2 ? candidates : allInspectors(plan.bureauId()),
				new Message("OVERDUE", "责令改正复查已到期",
				plan.title() + "，复查期限 " + c.recheckDue(), "/rectification/plans/" + planId,
				RectificationService.SUBJECT_PLAN, planId));
		activity.record(AuditActor.TIMER, plan.bureauId(), RectificationService.SUBJECT_PLAN, planId, "RECHECK_REMINDED", null,
				"复查期限 " + c.recheckDue());
	}

}

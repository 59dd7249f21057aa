package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.CorrectionTracking;
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

	CorrectionService(RectificationMapper mapper, RectificationService plans, RectificationAccess access,
			RectificationProperties properties, RectificationWorkflow workflow, CorrectionOutcomeDispatcher dispatcher,
			EnterpriseService enterprises, UserService users, WorkingDayCalendar calendar, ActivityLog activity,
			NotificationService notifications) {
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
	}

	@Override
	@Transactional
	public LeadReference openCorrection(CorrectionOrder order) {
		Enterprise enterprise = validEnterprise(order);
		List<String> inspectors = validInspectors(order);
		RectificationService.require(order.originType(), "originType", "请写明责令改正的来源");
		RectificationService.require(order.originBusinessKey(), "originBusinessKey", "请写明来源案件或检查的编号");
		RectificationService.require(order.problem(), "problem", "请写明责令改正的违法事实");
		RectificationService.require(order.measure(), "measure", "请写明改正要求");
		if (order.deadline() == null || order.deadline().isBefore(AppClock.today())) {
			throw new BadRequestException("deadline", "改正期限不能为空，也不能早于今天");
		}
		var row = new RectificationMapper.PlanRow();
		row.bureauId = order.bureauId();
		row.planNumber = plans.nextNumber(order.bureauId());
		row.kind = Plan.KIND_CORRECTION;
		row.source = Source.ENFORCEMENT.name();
		row.sourceBody = "ENFORCEMENT_CASE".equals(order.originType()) ? "统计执法案件" : "统计执法检查";
		row.receivedOn = AppClock.today();
		row.documentNumber = order.originBusinessKey();
		row.title = "责令改正：" + enterprise.name();
		row.planDue = AppClock.today();
		row.reportDue = order.deadline();
		row.status = PlanStatus.IN_PROGRESS.name();
		row.createdBy = ActivityLog.SYSTEM;
		row.createdAt = AppClock.now();
		mapper.insertPlan(row);
		Aspect aspect = plans.insertAspect(row.id, ASPECT);
		Problem problem = plans.insertProblem(row.id, aspect.id(), order.problem().trim());
		insertMeasure(row, problem, enterprise, order);
		LocalDate recheckDue = calendar.addWorkingDays(order.deadline(), properties.recheckWorkingDays());
		mapper.insertCorrection(new Correction(row.id, order.originType(), order.originId(), order.originBusinessKey(),
				enterprise.id(), String.join(",", inspectors), recheckDue, null, null, null, null));
		String pi = workflow.startCorrection(row.planNumber, row.id);
		mapper.updatePlanProcess(row.id, AppClock.now(), pi);
		activity.record(row.bureauId, RectificationService.SUBJECT_PLAN, row.id, "CORRECTION_OPENED", null,
				"来源 " + order.originBusinessKey() + "，改正期限 " + order.deadline() + "，复查期限 " + recheckDue);
		notifications.send(row.bureauId, inspectors, new Message("TASK", "责令改正待复查：" + enterprise.name(),
				"改正期限 " + order.deadline(), "/rectification/plans/" + row.id, RectificationService.SUBJECT_PLAN, row.id));
		return new LeadReference(row.id, row.planNumber);
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

	private Enterprise validEnterprise(CorrectionOrder order) {
		Enterprise e;
		try {
			e = enterprises.getUnchecked(order.enterpriseId());
		}
		catch (NotFoundException ex) {
			throw new BadRequestException("enterpriseId", "名录库中没有该单位: " + order.enterpriseId());
		}
		if (e == null || !e.bureauId().equals(order.bureauId())) {
			throw new BadRequestException("enterpriseId", "该单位不属于本局名录库");
		}
		return e;
	}

	private List<String> validInspectors(CorrectionOrder order) {
		List<String> names = order.recheckInspectors() == null ? List.of()
				: order.recheckInspectors().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
		if (names.size() < 2) {
			throw new BadRequestException("recheckInspectors", "复查须由两名以上执法人员进行");
		}
		List<String> known = users.usersWithRole(order.bureauId(), Role.INSPECTOR).stream().map(UserSummary::username).toList();
		for (String n : names) {
			if (!known.contains(n)) {
				throw new BadRequestException("recheckInspectors", "“" + n + "”不是本局执法人员");
			}
		}
		return names;
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

	/**
	 * 复查: one of the named inspectors records whether the enterprise corrected. The origin is told in this
	 * transaction; a corrected item is signed off and closes, an uncorrected one stays open on the ledger
	 * while the origin takes its escalation path.
	 */
	@Transactional
	public Correction recheck(CurrentUser user, long planId, boolean corrected, String opinion) {
		Plan plan = access.readablePlan(user, planId);
		access.ensureWritable(user, plan.bureauId(), "责令改正");
		Correction c = correctionUnchecked(planId);
		if (!c.inspectorList().contains(user.username())) {
			throw new ConflictException("只有指定的复查人员可以记录复查结论");
		}
		RectificationService.require(opinion, "opinion", "请填写复查情况");
		if (c.isRechecked()) {
			throw new ConflictException("已记录复查结论");
		}
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_RECHECK, "复查改正情况");
		mapper.updateCorrectionRechecked(planId, corrected, opinion.trim(), user.username(), AppClock.now());
		Measure m = mapper.selectMeasures(planId).get(0);
		mapper.updateMeasureProgress(m.id(), (corrected ? "复查已改正：" : "复查未改正：") + opinion.trim());
		if (corrected) {
			mapper.updateMeasureStatus(m.id(), List.of(MeasureStatus.IN_PROGRESS.name()), MeasureStatus.SUBMITTED.name());
			mapper.updateMeasureSignedOff(m.id(), AppClock.now(), user.username());
			mapper.updateProblemClosed(m.problemId(), AppClock.now());
		}
		mapper.updatePlanStatus(planId, PlanStatus.IN_PROGRESS.name(), PlanStatus.FINISHED.name());
		activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, planId, corrected ? "RECHECK_CORRECTED" : "RECHECK_NOT_CORRECTED",
				opinion.trim(), null);
		Correction done = correctionUnchecked(planId);
		dispatcher.dispatch(done, corrected, opinion.trim());
		workflow.complete(task, Map.of());
		return done;
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
		notifications.send(plan.bureauId(), c.inspectorList(), new Message("OVERDUE", "责令改正复查已到期",
				plan.title() + "，复查期限 " + c.recheckDue(), "/rectification/plans/" + planId,
				RectificationService.SUBJECT_PLAN, planId));
		activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, planId, "RECHECK_REMINDED", null,
				"复查期限 " + c.recheckDue());
	}

}

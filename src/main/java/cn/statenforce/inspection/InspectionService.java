package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.directory.PartyType;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.inspection.process.InspectionWorkflow;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.workbench.TaskAccess;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.penalty.Outcome;
import cn.statenforce.penalty.PenaltyRules;
import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DocumentNumbers;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.penalty.Outcome;
import cn.statenforce.penalty.PenaltyRules;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.Texts;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.CorrectionTracking;
import cn.statenforce.shared.handover.LeadHandover;
import cn.statenforce.shared.handover.LeadIntake;
import cn.statenforce.shared.handover.LeadReference;

/**
 * One inspection per drawn unit, worked by its two inspectors through {@code inspection.bpmn}. The domain
 * row is the legal record (notice, per-item checks, result and its follow-up); the process holds the
 * schedule. Every user step validates its input, writes the row and completes the task in one transaction.
 */
@Service
public class InspectionService {

	static final String SUBJECT = "INSPECTION";

	private final InspectionMapper mapper;

	private final InspectionPlanMapper plans;

	private final InspectionWorkflow workflow;

	private final BureauService bureaus;

	private final UserService users;

	private final EnterpriseService enterprises;

	private final SequenceService sequences;

	private final WorkingDayCalendar calendar;

	private final NotificationService notifications;

	private final ActivityLog activity;

	/** the enforcement case capability: a suspected violation becomes a lead there */
	private final LeadIntake leadIntake;

	/** the rectification capability: an order to correct is tracked and re-checked there */
	private final CorrectionTracking correctionTracking;

	private final InspectionProperties properties;

	private final RegisterMapper registers;

	/** the penalty rules: the summary procedure's limits (APL Art 51) live there, configured once */
	private final PenaltyRules penaltyRules;

	/** the 文号 register: the notice's 检通 number in the bureau's format */
	private final DocumentNumbers numbers;

	private final TaskAccess taskAccess;

	InspectionService(InspectionMapper mapper, InspectionPlanMapper plans, InspectionWorkflow workflow,
			BureauService bureaus, UserService users, EnterpriseService enterprises, SequenceService sequences,
			WorkingDayCalendar calendar, NotificationService notifications, ActivityLog activity,
			LeadIntake leadIntake, CorrectionTracking correctionTracking, InspectionProperties properties,
			RegisterMapper registers, PenaltyRules penaltyRules, DocumentNumbers numbers, TaskAccess taskAccess) {
		this.taskAccess = taskAccess;
		this.numbers = numbers;
		this.mapper = mapper;
		this.plans = plans;
		this.workflow = workflow;
		this.bureaus = bureaus;
		this.users = users;
		this.enterprises = enterprises;
		this.sequences = sequences;
		this.calendar = calendar;
		this.notifications = notifications;
		this.activity = activity;
		this.leadIntake = leadIntake;
		this.correctionTracking = correctionTracking;
		this.properties = properties;
		this.registers = registers;
		this.penaltyRules = penaltyRules;
	}

	public Inspection get(CurrentUser user, long id) {
		Inspection i = mapper.selectInspection(id);
		if (i == null) {
			throw new NotFoundException("检查记录不存在或无权查看");
		}
		if (!bureaus.canRead(user, i.bureauId()) && taskAccess.grantsRead(user, SUBJECT, id)) {
			// the approver sees what they approve: an open task or a copy of the inspection (workbench.TaskAccess)
			return i;
		}
		if (!user.isBureauStaff()) {
			// inspections are the bureau staff's work: not a responsible unit's, nor the system administrator's
			throw new NotFoundException("检查记录不存在或无权查看");
		}
		bureaus.ensureReadable(user, i.bureauId(), "检查记录");
		return i;
	}

	public Inspection getUnchecked(long id) {
		Inspection i = mapper.selectInspection(id);
		if (i == null) {
			throw new NotFoundException("检查记录不存在: " + id);
		}
		return i;
	}

	public List<InspectionCheck> checks(long inspectionId) {
		return mapper.selectChecks(inspectionId);
	}

	public List<Inspection> ofPlan(long planId) {
		return mapper.selectByPlan(planId);
	}

	public List<Inspection> publishedResults(long planId) {
		return mapper.selectPublishedResults(planId);
	}

	public List<Inspection> byNumbers(Collection<String> numbers) {
		return numbers.isEmpty() ? List.of() : mapper.selectByNumbers(numbers);
	}

	public List<String> numbersByPartyName(List<Long> bureauIds, String text) {
		return bureauIds.isEmpty() ? List.of() : mapper.selectNumbersByPartyName(bureauIds, text, 200);
	}

	/** Creates the inspections of a started plan and starts one process instance each. */
	@Transactional
	public List<Inspection> startAll(AuditActor actor, InspectionPlan plan, List<DrawUnitView> units, List<InspectionItem> items) {
		Bureau bureau = bureaus.bureau(plan.bureauId());
		LocalDate due = dueDate(plan.plannedDate());
		List<Inspection> started = new ArrayList<>(units.size());
		int year = plan.planYear();
		for (DrawUnitView u : units) {
			String number = String.format("%s-JC-%d-%04d", bureau.regionCode(), year,
					sequences.next(bureau.id(), "INSPECTION", year));
			GeneratedId key = new GeneratedId();
			mapper.insertInspection(bureau.id(), plan.id(), u.enterpriseId(), number, u.inspector1(), u.inspector2(),
					plan.plannedDate(), due, AppClock.now(), key);
			Map<String, Object> vars = new HashMap<>();
			vars.put(InspectionProcess.VAR_INSPECTION_ID, key.id);
			vars.put(InspectionProcess.VAR_INSPECTOR1, u.inspector1());
			vars.put(InspectionProcess.VAR_INSPECTOR2, u.inspector2());
			vars.putAll(schedule(due));
			workflow.start(number, vars);
			activity.record(actor, bureau.id(), SUBJECT, key.id, "启动检查", null, plan.planNumber());
			started.add(mapper.selectInspection(key.id));
		}
		notifyInspectors(started);
		return started;
	}

	/**
	 * The due date of the inspections of a plan planned on that day: notice and on-site inspection within
	 * {@code statenforce.inspection.completion-working-days}. The plan window runs from the planned date to here.
	 */
	public LocalDate dueDate(LocalDate plannedDate) {
		return calendar.addWorkingDays(plannedDate, properties.completionWorkingDays());
	}

	/** The process variables of the schedule: task due date, reminder and overdue timers. */
	Map<String, Object> schedule(LocalDate due) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(InspectionProcess.VAR_TASK_DUE, date(due, LocalTime.of(18, 0)));
		vars.put(InspectionProcess.VAR_REMINDER_AT, date(reminderDay(due), LocalTime.of(9, 0)));
		vars.put(InspectionProcess.VAR_OVERDUE_AT, date(due.plusDays(1), LocalTime.MIDNIGHT));
		return vars;
	}

	/** The working day {@code reminderWorkingDays} before the due date (not before today). */
	private LocalDate reminderDay(LocalDate due) {
		LocalDate d = due;
		while (calendar.workingDaysBetween(d, due) < properties.reminderWorkingDays() && d.isAfter(AppClock.today())) {
			d = d.minusDays(1);
		}
		return d;
	}

	private void notifyInspectors(List<Inspection> started) {
		Map<String, List<Inspection>> byInspector = started.stream()
			.flatMap(i -> Stream.of(Map.entry(i.inspector1(), i), Map.entry(i.inspector2(), i)))
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		byInspector.forEach((who, list) -> notifications.send(list.get(0).bureauId(), List.of(who),
				new NotificationService.Message("TASK", "您被随机抽中执行 " + list.size() + " 项执法检查",
						list.get(0).planTitle(), "/tasks?process=" + InspectionProcess.KEY, InspectionPlanService.SUBJECT,
						list.get(0).planId())));
	}

	/**
	 * 年度统计: the inspection figures of the bureaus for the calendar year, each counted by the on-site
	 * inspection date (see {@link InspectionAnnualFigures}). The caller has checked the data scope.
	 */
	public InspectionAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		return figuresBetween(bureauIds, year, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	/**
	 * The same figures for a part of the year (the report's month-by-month chart): on-site inspection dates from
	 * {@code from} inclusive to {@code to} exclusive.
	 */
	public InspectionAnnualFigures figuresBetween(List<Long> bureauIds, int year, LocalDate from, LocalDate to) {
		Map<PlanType, Long> byType = new java.util.EnumMap<>(PlanType.class);
		for (PlanType t : PlanType.values()) {
			byType.put(t, 0L);
		}
		if (bureauIds.isEmpty()) {
			return new InspectionAnnualFigures(year, byType, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);
		}
		mapper.selectAnnualUnitsByPlanType(bureauIds, from, to)
			.forEach(r -> byType.put(PlanType.valueOf(r.planType()), r.units()));
		List<InspectionAnnualFigures.TopicUnits> byTopic = mapper.selectAnnualUnitsByTopic(bureauIds, from, to).stream()
			.map(r -> new InspectionAnnualFigures.TopicUnits(PlanType.valueOf(r.planType()),
					r.topic() == null ? InspectionAnnualFigures.NO_TOPIC : r.topic(),
					r.topic() == null ? "未注明专题" : topicLabel(r.topic()), r.units()))
			.toList();
		InspectionMapper.AnnualCounts c = mapper.selectAnnualCounts(bureauIds, from, to);
		return new InspectionAnnualFigures(year, byType, byTopic, c.units(), c.unitsWithProblems(), c.inspections(),
				c.noProblem(), c.ordersToCorrect(), c.summaryProcedure(), c.handedOver(), c.summaryWarnings(),
				c.summaryFines(), c.summaryFinesTotal() == null ? BigDecimal.ZERO : c.summaryFinesTotal(), c.writtenOrders());
	}

	private String topicLabel(String code) {
		InspectionProperties.Topic t = properties.topic(code);
		return t == null ? "其他专题" : t.label();
	}

	/**
	 * 制作检查通知书: the notice the inspectors print, sign and take to the unit carries its 文号 — the bureau's next 检通
	 * number of this year, taken once (a second call returns the same number). Only an inspector of the inspection,
	 * before the notice is served, with both certificates valid today (the notice names them).
	 */
	@Transactional
	public Inspection numberNotice(CurrentUser user, long inspectionId) {
		Inspection i = get(user, inspectionId);
		if (!i.isInspector(user.username()) || !user.bureauId().equals(i.bureauId())) {
			throw new ForbiddenException("只有本次检查的执法人员可以制作检查通知书");
		}
		if (i.noticeNumber() != null) {
			return i;
		}
		if (i.status() != InspectionStatus.NOTICE) {
			throw new ConflictException("检查通知书已送达，不能再取得文号");
		}
		requireCertified(i, AppClock.today(), "制作检查通知书");
		String number = numbers.issue(i.bureauId(), DocumentKind.INSPECTION_NOTICE, AppClock.today().getYear(), SUBJECT,
				i.id(), user.username()).docNumber();
		if (mapper.updateNoticeNumber(i.id(), number, AppClock.now()) == 0) {
			throw new ConflictException("检查通知书已由他人编号或已送达，请刷新后查看");
		}
		activity.record(AuditActor.user(user), i.bureauId(), SUBJECT, i.id(), "制作检查通知书", null, number);
		return mapper.selectInspection(i.id());
	}

	/**
	 * 送达检查通知书: the number the notice was made with ({@link #numberNotice}), or the bureau's next 检通 number
	 * when the service is recorded without the notice having been made here.
	 */
	@Transactional
	public Inspection serveNotice(CurrentUser user, String taskId, InspectionCommands.ServeNotice cmd) {
		Task task = task(user, taskId, InspectionProcess.TASK_SERVE_NOTICE);
		Inspection i = forTask(task);
		if (cmd.servedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("servedOn", "送达日期不能晚于今天");
		}
		requireCertified(i, cmd.servedOn(), "送达检查通知书");
		String number = i.noticeNumber() != null ? i.noticeNumber()
				: numbers.issue(i.bureauId(), DocumentKind.INSPECTION_NOTICE, cmd.servedOn().getYear(), SUBJECT, i.id(),
						user.username()).docNumber();
		if (mapper.updateNotice(i.id(), number, cmd.servedOn(), cmd.recipient().strip(), AppClock.now()) == 0) {
			throw new ConflictException("通知书已送达，请勿重复办理");
		}
		activity.record(AuditActor.user(user), i.bureauId(), SUBJECT, i.id(), "送达检查通知书", null, number + "，签收人 " + cmd.recipient());
		complete(user, task, Map.of());
		return mapper.selectInspection(i.id());
	}

	/**
	 * 现场检查: one record per check item of the plan, evidence, and the result. Both inspectors must hold a
	 * certificate valid on the inspection date (SL2024 Art 38(2)).
	 */
	@Transactional
	public Inspection recordInspection(CurrentUser user, String taskId, InspectionCommands.RecordInspection cmd) {
		Task task = task(user, taskId, InspectionProcess.TASK_ONSITE);
		Inspection i = forTask(task);
		validateInspection(i, cmd);
		LocalDate deadline = !cmd.result().ordersCorrection() ? null
				: cmd.correctionDeadline() != null ? cmd.correctionDeadline()
						: calendar.addWorkingDays(cmd.inspectedOn(), properties.correctionWorkingDays());
		Map<Long, InspectionItem> items = planItems(i);
		for (InspectionCommands.CheckRecord c : cmd.checks()) {
			mapper.insertCheck(i.id(), c.itemId(), items.get(c.itemId()).title(), c.conforming(), blankToNull(c.finding()),
					blankToNull(c.evidence()), user.username(), AppClock.now());
		}
		if (mapper.updateResult(i.id(), cmd.inspectedOn(), cmd.result(), blankToNull(cmd.summary()),
				blankToNull(cmd.correctionMeasure()), deadline, AppClock.now()) == 0) {
			throw new ConflictException("检查结果已登记，请勿重复办理");
		}
		activity.record(AuditActor.user(user), i.bureauId(), SUBJECT, i.id(), "现场检查", cmd.summary(), "检查结果：" + cmd.result().label());
		complete(user, task, Map.of(InspectionProcess.VAR_RESULT, cmd.result().name()));
		return mapper.selectInspection(i.id());
	}

	private void validateInspection(Inspection i, InspectionCommands.RecordInspection cmd) {
		if (cmd.inspectedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("inspectedOn", "检查日期不能晚于今天");
		}
		if (i.noticeServedOn() != null && cmd.inspectedOn().isBefore(i.noticeServedOn())) {
			throw new BadRequestException("inspectedOn", "检查日期不能早于通知书送达日期 " + i.noticeServedOn());
		}
		Map<Long, InspectionItem> items = planItems(i);
		Set<Long> recorded = new HashSet<>();
		for (InspectionCommands.CheckRecord c : cmd.checks()) {
			if (!items.containsKey(c.itemId()) || !recorded.add(c.itemId())) {
				throw new BadRequestException("checks", "检查记录须与计划的检查事项逐项对应，不能重复或遗漏");
			}
			if (!c.conforming() && (c.finding() == null || c.finding().isBlank())) {
				throw new BadRequestException("checks", "不符合要求的事项须填写发现的问题：" + items.get(c.itemId()).title());
			}
		}
		if (!recorded.equals(items.keySet())) {
			throw new BadRequestException("checks", "检查记录须与计划的检查事项逐项对应，不能重复或遗漏");
		}
		boolean anyProblem = cmd.checks().stream().anyMatch(c -> !c.conforming());
		if (cmd.result() == InspectionResult.NO_PROBLEM && anyProblem) {
			throw new BadRequestException("result", "有不符合要求的检查事项时，检查结果不能是“未发现问题”");
		}
		if (cmd.result() != InspectionResult.NO_PROBLEM && !anyProblem) {
			throw new BadRequestException("result", "所有检查事项均符合要求时，检查结果只能是“未发现问题”");
		}
		boolean noMeasure = cmd.correctionMeasure() == null || cmd.correctionMeasure().isBlank();
		if (cmd.result() == InspectionResult.MINOR && noMeasure) {
			throw new BadRequestException("correctionMeasure", "责令改正须填写改正要求");
		}
		if (cmd.result() == InspectionResult.SUMMARY && noMeasure) {
			throw new BadRequestException("correctionMeasure",
					"当场给予行政处罚的，应当同时责令当事人改正违法行为（《行政处罚法》第二十八条）：请填写改正要求");
		}
		if (!cmd.result().ordersCorrection() && (!noMeasure || cmd.correctionDeadline() != null)) {
			throw new BadRequestException("correctionMeasure", "检查结果为“" + cmd.result().label() + "”时不填写改正要求和整改期限");
		}
		if (cmd.correctionDeadline() != null && !cmd.correctionDeadline().isAfter(cmd.inspectedOn())) {
			throw new BadRequestException("correctionDeadline", "整改期限应晚于检查日期");
		}
		requireCertified(i, cmd.inspectedOn(), "实施现场检查");
	}

	/**
	 * Both inspectors acting on the inspection must hold a certificate valid on the day of the act (SL2024 Art
	 * 38(2): the unit may refuse inspectors who cannot show one). A lapsed certificate is a state of the record,
	 * not bad input: 409, and a leader can replace the inspector ({@link #replaceInspector}).
	 */
	private void requireCertified(Inspection i, LocalDate on, String act) {
		Map<String, UserSummary> pair = users.byUsernames(List.of(i.inspector1(), i.inspector2()));
		for (String who : List.of(i.inspector1(), i.inspector2())) {
			UserSummary u = pair.get(who);
			if (u == null || !u.hasCertificateValidOn(on)) {
				throw new ConflictException("执法人员 " + (u == null ? who : u.displayName()) + " 在 " + on
						+ " 没有有效的统计执法证，不能" + act + "；请由分管领导更换执法人员");
			}
		}
	}

	/**
	 * 更换执法人员: a leader of the inspection's bureau replaces one of its two inspectors (a certificate that lapsed
	 * during the inspection, illness, a conflict found late) while an inspection step is still to be done by them.
	 * The replacement must be an inspector of the bureau, not recused for the unit, with a certificate valid from
	 * today to the end of the inspection's window. The change is recorded with its reason; the open task moves to
	 * the replacement.
	 */
	@Transactional
	public Inspection replaceInspector(CurrentUser user, long inspectionId, InspectionCommands.ReplaceInspector cmd) {
		Inspection i = get(user, inspectionId);
		bureaus.ensureWritable(user, i.bureauId(), "检查记录");
		if (!user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("更换执法人员须由分管领导决定");
		}
		String replaced = cmd.replaced().strip();
		String replacement = cmd.replacement().strip();
		if (!i.isInspector(replaced)) {
			throw new BadRequestException("replaced", "被更换人员不是本检查的执法人员：" + replaced);
		}
		if (i.isInspector(replacement)) {
			throw new BadRequestException("replacement", "新执法人员已是本检查的执法人员");
		}
		List<Task> open = workflow.openTasks(i.inspectionNumber());
		if (i.status() == InspectionStatus.CLOSED || open.isEmpty()) {
			throw new ConflictException("该检查已没有待执法人员办理的环节，不能更换执法人员（当前状态："
					+ i.status().label() + "）");
		}
		UserSummary next = users.byUsernames(List.of(replacement)).get(replacement);
		if (next == null || !next.hasRole(Role.INSPECTOR) || !next.bureauId().equals(i.bureauId()) || !next.enabled()) {
			throw new BadRequestException("replacement", "本局执法人员中没有该用户：" + replacement);
		}
		LocalDate today = AppClock.today();
		LocalDate until = i.dueDate().isAfter(today) ? i.dueDate() : today;
		if (!next.hasCertificateValidOn(today) || !next.hasCertificateValidOn(until)) {
			throw new BadRequestException("replacement", "执法人员 " + next.displayName() + " 的统计执法证在 " + today + " 至 "
					+ until + " 期间并非始终有效");
		}
		if (registers.countRecusal(replacement, i.enterpriseId()) > 0) {
			throw new BadRequestException("replacement", "执法人员 " + next.displayName() + " 已对该单位申报回避");
		}
		boolean first = replaced.equals(i.inspector1());
		if (mapper.updateInspector(i.id(), first ? 1 : 2, replaced, replacement, AppClock.now()) == 0) {
			throw new ConflictException("检查记录已被他人修改，请刷新后重试");
		}
		mapper.insertInspectorChange(i.id(), replaced, replacement, cmd.reason().strip(), user.username(), AppClock.now());
		workflow.replaceInspector(open, first, replaced, replacement);
		UserSummary old = users.byUsernames(List.of(replaced)).get(replaced);
		String change = "由 " + (old == null ? replaced : old.displayName()) + " 更换为 " + next.displayName();
		activity.record(AuditActor.user(user), i.bureauId(), SUBJECT, i.id(), "更换执法人员", cmd.reason().strip(), change);
		Inspection updated = mapper.selectInspection(i.id());
		notifications.send(i.bureauId(), List.of(replacement, first ? updated.inspector2() : updated.inspector1()),
				new NotificationService.Message("TASK", "执法检查更换执法人员：" + i.inspectionNumber(),
						i.enterpriseName() + "，" + change + "，理由：" + cmd.reason().strip(),
						"/inspection/inspections/" + i.id(), SUBJECT, i.id()));
		return updated;
	}

	/** The recorded replacements of an inspection's inspectors, oldest first. */
	public List<InspectorChange> inspectorChanges(long inspectionId) {
		return mapper.selectInspectorChanges(inspectionId);
	}

	private Map<Long, InspectionItem> planItems(Inspection i) {
		return plans.selectPlanItems(i.planId()).stream().collect(Collectors.toMap(InspectionItem::id, x -> x));
	}

	/** 登记当场处罚决定 (summary procedure). */
	@Transactional
	public Inspection recordSummaryDecision(CurrentUser user, String taskId, InspectionCommands.SummaryDecision cmd) {
		Task task = task(user, taskId, InspectionProcess.TASK_SUMMARY_DECISION);
		Inspection i = forTask(task);
		BigDecimal fine = "FINE".equals(cmd.penalty()) ? cmd.fine() : null;
		if ("FINE".equals(cmd.penalty())) {
			if (fine == null) {
				throw new BadRequestException("fine", "罚款须填写金额");
			}
			// APL Art 51: the summary-procedure caps are the penalty rules' (statenforce.penalty.summary-limit-*)
			Enterprise e = enterprises.getUnchecked(i.enterpriseId());
			penaltyRules.checkSummaryProcedure(PartyType.valueOf(e.partyType()), Outcome.WARNING_AND_FINE, fine);
		}
		if (mapper.updateSummaryDecision(i.id(), cmd.decisionNumber().strip(), cmd.penalty(), fine, AppClock.now()) == 0) {
			throw new ConflictException("当场处罚决定已登记，请勿重复办理");
		}
		activity.record(AuditActor.user(user), i.bureauId(), SUBJECT, i.id(), "登记当场处罚决定", null, cmd.decisionNumber());
		complete(user, task, Map.of());
		return mapper.selectInspection(i.id());
	}

	/**
	 * 责令改正: hands the order to the rectification capability, where the two inspectors re-check it once the
	 * deadline has come; the result comes back through {@link #onRechecked} to {@code Event_CorrectionRechecked}.
	 *
	 * @return the correction item (id and number)
	 */
	@Transactional
	public LeadReference orderCorrection(long inspectionId) {
		Inspection i = getUnchecked(inspectionId);
		LeadReference ref = correctionTracking.openCorrection(new CorrectionOrder(i.bureauId(), SUBJECT, i.id(),
				i.inspectionNumber(), i.enterpriseId(), problem(i), i.correctionMeasure(), i.correctionDeadline(),
				List.of(i.inspector1(), i.inspector2())));
		mapper.updateCorrectionRef(i.id(), ref.id(), ref.businessKey(), AppClock.now());
		activity.record(AuditActor.JOB, i.bureauId(), SUBJECT, i.id(), "责令改正", i.correctionMeasure(),
				"整改期限 " + i.correctionDeadline() + "，整改跟踪编号 " + ref.businessKey());
		return ref;
	}

	/** Called back by the rectification capability when the re-check is recorded there. */
	@Transactional
	public void onRechecked(long inspectionId, String businessKey, boolean corrected, String opinion) {
		Inspection i = getUnchecked(inspectionId);
		if (!i.inspectionNumber().equals(businessKey)) {
			throw new ConflictException("检查编号不符: " + businessKey);
		}
		if (mapper.updateRecheck(i.id(), corrected, opinion, AppClock.now()) == 0) {
			throw new ConflictException("复查结果已登记");
		}
		activity.record(AuditActor.HANDOVER, i.bureauId(), SUBJECT, i.id(), "收到整改复查结果", opinion, corrected ? "已改正" : "未改正");
		workflow.rechecked(businessKey, corrected);
	}

	/** 移交立案: registers the lead with the enforcement case capability. */
	@Transactional
	public LeadReference handOver(long inspectionId) {
		Inspection i = getUnchecked(inspectionId);
		String findings = problem(i) + (Boolean.FALSE.equals(i.corrected()) ? "；责令改正后逾期未改正：" + i.recheckOpinion() : "");
		LeadReference ref = leadIntake.registerLead(new LeadHandover(i.bureauId(), i.planType().caseSource(),
				i.enterpriseId(), findings, List.of(i.inspector1(), i.inspector2()), i.inspectedOn(), SUBJECT, i.id()));
		if (mapper.updateLead(i.id(), ref.id(), ref.businessKey(), AppClock.now()) == 0) {
			throw new ConflictException("该检查已移交立案");
		}
		activity.record(AuditActor.JOB, i.bureauId(), SUBJECT, i.id(), "移交立案", null, "案件线索 " + ref.businessKey());
		return ref;
	}

	/** 检查办结: closes the record and writes the unit's last inspection into the directory. */
	@Transactional
	public void close(long inspectionId) {
		Inspection i = getUnchecked(inspectionId);
		LocalDate today = AppClock.today();
		if (mapper.updateClosed(i.id(), today, AppClock.now()) == 0) {
			throw new ConflictException("检查已办结");
		}
		enterprises.recordLastInspection(i.enterpriseId(), i.inspectedOn(), i.result().label());
		activity.record(AuditActor.JOB, i.bureauId(), SUBJECT, i.id(), "检查办结", null, i.result().label());
	}

	/** Timer: the due date is near. */
	@Transactional
	public void remind(long inspectionId) {
		Inspection i = getUnchecked(inspectionId);
		notifications.send(i.bureauId(), List.of(i.inspector1(), i.inspector2()), new NotificationService.Message(
				"REMINDER", "执法检查即将到期：" + i.inspectionNumber(), i.enterpriseName() + "，应于 " + i.dueDate() + " 前完成",
				"/inspection/inspections/" + i.id(), SUBJECT, i.id()));
	}

	/** Timer: overdue; the inspectors and the bureau's leaders are told (督办). */
	@Transactional
	public void escalate(long inspectionId) {
		Inspection i = getUnchecked(inspectionId);
		List<String> to = new ArrayList<>(List.of(i.inspector1(), i.inspector2()));
		users.usersWithRole(i.bureauId(), Role.LEADER).forEach(u -> to.add(u.username()));
		notifications.send(i.bureauId(), to, new NotificationService.Message("OVERDUE",
				"执法检查已逾期：" + i.inspectionNumber(), i.enterpriseName() + "，期限 " + i.dueDate(),
				"/inspection/inspections/" + i.id(), SUBJECT, i.id()));
		activity.record(AuditActor.TIMER, i.bureauId(), SUBJECT, i.id(), "逾期督办", null, "期限 " + i.dueDate());
	}

	private String problem(Inspection i) {
		String items = mapper.selectChecks(i.id()).stream()
			.filter(c -> !c.conforming())
			.map(c -> c.itemTitle() + "：" + c.finding())
			.collect(Collectors.joining("；"));
		return (i.resultSummary() == null ? "" : i.resultSummary() + "；") + items;
	}

	private Task task(CurrentUser user, String taskId, String expectedKey) {
		return workflow.task(user, taskId, expectedKey);
	}

	private Inspection forTask(Task t) {
		return getUnchecked(workflow.inspectionId(t));
	}

	private void complete(CurrentUser user, Task task, Map<String, Object> vars) {
		workflow.complete(user, task, vars);
	}

	private static Date date(LocalDate d, LocalTime t) {
		return AppClock.toDate(LocalDateTime.of(d, t));
	}

	private static String blankToNull(String s) {
		return Texts.blankToNull(s);
	}

}

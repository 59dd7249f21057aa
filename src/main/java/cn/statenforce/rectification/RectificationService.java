package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.Texts;
import jakarta.validation.Validator;

/**
 * The rectification plan: feedback registration, the three lists (问题清单, 任务清单, 责任清单) drawn up, edited and
 * deleted while the plan is a draft (or the draft discarded), publication, the rectification report and the
 * look-back (回头看). Measures are worked through {@link MeasureService}; after publication the lists change only by
 * approved amendments ({@link AmendmentService}).
 */
@Service
public class RectificationService {

	public static final String SUBJECT_PLAN = "RECTIFICATION_PLAN";

	static final String SEQUENCE = "RECTIFICATION";

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final RectificationStore store;

	private final RectificationProperties properties;

	private final RectificationWorkflow workflow;

	private final ResponsibleDirectory directory;

	private final SequenceService sequences;

	private final BureauService bureaus;

	private final UserService users;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final WorkingDayCalendar calendar;

	private final Validator validator;

	RectificationService(RectificationMapper mapper, RectificationAccess access, RectificationStore store,
			RectificationProperties properties, RectificationWorkflow workflow, ResponsibleDirectory directory,
			SequenceService sequences, BureauService bureaus, UserService users, ActivityLog activity,
			NotificationService notifications, WorkingDayCalendar calendar, Validator validator) {
		this.mapper = mapper;
		this.access = access;
		this.store = store;
		this.properties = properties;
		this.workflow = workflow;
		this.directory = directory;
		this.sequences = sequences;
		this.bureaus = bureaus;
		this.users = users;
		this.activity = activity;
		this.notifications = notifications;
		this.calendar = calendar;
		this.validator = validator;
	}

	// reading

	public Plan plan(CurrentUser user, long planId) {
		return access.readablePlan(user, planId);
	}

	/** What the plan allows the user now (the page shows exactly these actions). */
	public Plan.Actions actions(CurrentUser user, Plan plan) {
		return plan.actionsFor(access.planRole(user, plan));
	}

	/** Plans the user may see; a responsible unit sees only plans with a measure of its own. */
	public List<Plan> plans(CurrentUser user, String status, String source) {
		return mapper.selectPlans(bureaus.readableBureauIds(user), blank(status), blank(source),
				RectificationAccess.ownerScope(user));
	}

	/** Unchecked, for process expressions and delegates. */
	public Plan planUnchecked(long planId) {
		Plan p = mapper.selectPlan(planId);
		if (p == null) {
			throw new NotFoundException("整改方案不存在: " + planId);
		}
		return p;
	}

	public Plan planByNumber(String planNumber) {
		Plan p = mapper.selectPlanByNumber(planNumber);
		if (p == null) {
			throw new NotFoundException("整改方案不存在: " + planNumber);
		}
		return p;
	}

	/** Plans by business key, unchecked: for task lists, which are already scoped by the engine. */
	public List<Plan> plansByNumbers(Collection<String> numbers) {
		return numbers.isEmpty() ? List.of() : mapper.selectPlansByNumbers(numbers);
	}

	/** Plan numbers whose feedback body or title contains the text (for task search). */
	public List<String> planNumbersByText(List<Long> bureauIds, String text) {
		if (bureauIds.isEmpty() || text == null || text.isBlank()) {
			return List.of();
		}
		String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return mapper.selectPlanNumbersByText(bureauIds, "%" + escaped + "%");
	}

	public List<Aspect> aspects(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		return mapper.selectAspects(planId);
	}

	public List<Problem> problems(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		return mapper.selectProblems(planId);
	}

	/** Measures of the plan the user may see (a responsible unit: its own). */
	public List<Measure> measures(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		boolean unitOnly = RectificationAccess.isUnitOnly(user);
		return mapper.selectMeasures(planId).stream()
			.filter(m -> !unitOnly || access.unitAccounts(m).contains(user.username()))
			.toList();
	}

	public List<Mechanism> mechanisms(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		return mapper.selectMechanisms(planId);
	}

	public List<Amendment> amendments(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		return mapper.selectAmendments(planId);
	}

	/** 责任清单: per responsible unit and per responsible leader, how many measures and how far. */
	public record Responsibility(String kind, String username, String name, int measures, int signedOff, int overdue) {
	}

	public List<Responsibility> responsibility(CurrentUser user, long planId) {
		List<Measure> measures = measures(user, planId);
		Plan plan = mapper.selectPlan(planId);
		LocalDate today = AppClock.today();
		var units = new LinkedHashMap<String, int[]>();
		var names = new java.util.HashMap<String, String>();
		var logins = new java.util.HashMap<String, String>();
		for (Measure m : measures) {
			count(units, names, logins, "UNIT", m.ownerId() != null ? "#" + m.ownerId() : m.ownerName(), m.ownerUsername(),
					m.ownerName(), m, plan, today);
			if (m.leaderId() != null || m.leaderUsername() != null) {
				count(units, names, logins, "LEADER", m.leaderId() != null ? "#" + m.leaderId() : m.leaderUsername(),
						m.leaderUsername(), m.leaderName(), m, plan, today);
			}
		}
		return units.entrySet().stream().map(e -> {
			String kind = e.getKey().split("\\|", 2)[0];
			int[] c = e.getValue();
			return new Responsibility(kind, logins.get(e.getKey()), names.get(e.getKey()), c[0], c[1], c[2]);
		}).toList();
	}

	private static void count(Map<String, int[]> acc, Map<String, String> names, Map<String, String> logins, String kind,
			String id, String login, String name, Measure m, Plan plan, LocalDate today) {
		String key = kind + "|" + id;
		names.put(key, name);
		logins.put(key, login);
		int[] c = acc.computeIfAbsent(key, k -> new int[3]);
		c[0]++;
		if (m.measureStatus() == MeasureStatus.SIGNED_OFF) {
			c[1]++;
		}
		if (OverdueRule.isOverdue(plan.isPublished(), m.measureStatus(), m.deadline(), today)) {
			c[2]++;
		}
	}

	// drawing up the plan

	/** 反馈登记: registers the feedback and opens the plan in DRAFTING with its plan and report due dates. */
	@Transactional
	public Plan registerFeedback(CurrentUser user, FeedbackCommand cmd) {
		access.ensureWritable(user, user.bureauId(), RectificationAccess.PLAN);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new cn.statenforce.shared.ForbiddenException("只有分管领导或局长可以登记整改反馈");
		}
		Source source = Source.parse(cmd.source()).filter(s -> s != Source.ENFORCEMENT)
			.orElseThrow(() -> new BadRequestException("source", "整改来源应为巡察反馈、审计反馈、统计督察或自查"));
		valid(cmd);
		if (cmd.receivedOn() == null || cmd.receivedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("receivedOn", "反馈日期不能为空，也不能晚于今天");
		}
		String leader = cmd.planLeader() == null || cmd.planLeader().isBlank() ? user.username() : cmd.planLeader().trim();
		leaderOf(user.bureauId(), leader, "planLeader");
		String coordinator = cmd.coordinator() == null || cmd.coordinator().isBlank() ? user.username()
				: staffOf(user.bureauId(), cmd.coordinator().trim()).username();
		LocalDate planDue = cmd.planDue() != null ? cmd.planDue() : cmd.receivedOn().plusMonths(properties.planDueMonths());
		LocalDate reportDue = cmd.reportDue() != null ? cmd.reportDue() : cmd.receivedOn().plusMonths(properties.reportDueMonths());
		if (reportDue.isBefore(planDue)) {
			throw new BadRequestException("reportDue", "整改报告报送时限不能早于整改方案时限");
		}
		var row = new RectificationMapper.PlanRow();
		row.bureauId = user.bureauId();
		row.planNumber = nextNumber(user.bureauId());
		row.kind = Plan.KIND_PLAN;
		row.source = source.name();
		row.sourceBody = cmd.sourceBody().trim();
		row.receivedOn = cmd.receivedOn();
		row.documentNumber = blank(cmd.documentNumber());
		row.title = cmd.title().trim();
		row.planLeader = leader;
		row.planDue = planDue;
		row.reportDue = reportDue;
		row.status = PlanStatus.DRAFTING.name();
		row.createdBy = user.username();
		row.createdAt = AppClock.now();
		mapper.insertPlan(row);
		Plan plan = mapper.selectPlan(row.id);
		plan = store.save(plan, plan.withCoordinator(coordinator));
		activity.record(AuditActor.user(user), row.bureauId, SUBJECT_PLAN, row.id, "FEEDBACK_REGISTERED", null,
				source.label() + "：" + row.sourceBody + "，方案时限 " + planDue + "，报告时限 " + reportDue);
		return plan;
	}

	String nextNumber(long bureauId) {
		int year = AppClock.today().getYear();
		int n = sequences.next(bureauId, SEQUENCE, year);
		return String.format("%s-ZG-%d-%03d", bureaus.bureau(bureauId).regionCode(), year, n);
	}

	@Transactional
	public Aspect addAspect(CurrentUser user, long planId, String title) {
		Plan plan = draftingPlan(user, planId);
		valid(new RectificationCommands.AspectText(title));
		return insertAspect(plan.id(), title.trim());
	}

	Aspect insertAspect(long planId, String title) {
		var row = new RectificationMapper.AspectRow();
		row.planId = planId;
		row.seq = mapper.selectAspects(planId).size() + 1;
		row.title = title;
		mapper.insertAspect(row);
		return new Aspect(row.id, planId, row.seq, title, 0);
	}

	@Transactional
	public Problem addProblem(CurrentUser user, long planId, long aspectId, String description) {
		Plan plan = draftingPlan(user, planId);
		valid(new RectificationCommands.ProblemText(aspectId, description));
		aspectOf(planId, aspectId);
		return insertProblem(plan.id(), aspectId, description.trim());
	}

	Problem insertProblem(long planId, long aspectId, String description) {
		var row = new RectificationMapper.ProblemRow();
		row.planId = planId;
		row.aspectId = aspectId;
		row.seq = mapper.selectProblems(planId).size() + 1;
		row.description = description;
		mapper.insertProblem(row);
		return mapper.selectProblem(row.id);
	}

	@Transactional
	public Measure addMeasure(CurrentUser user, long problemId, MeasureCommand cmd) {
		Problem problem = problemUnchecked(problemId);
		Plan plan = draftingPlan(user, problem.planId());
		MeasureInput in = validMeasure(plan, cmd);
		return insertMeasure(plan, problem.id(), in, resolveOwner(plan, cmd.owner(), user), resolveLeader(plan, cmd.leader(), user));
	}

	// editing the draft

	@Transactional
	public Aspect editAspect(CurrentUser user, long aspectId, String title) {
		return editAspect(user, aspectId, null, title);
	}

	/** {@link #editAspect(CurrentUser, long, String)} on the version the user read (409 when stale). */
	@Transactional
	public Aspect editAspect(CurrentUser user, long aspectId, Integer expectedVersion, String title) {
		Aspect a = aspectUnchecked(aspectId);
		draftingPlan(user, a.planId());
		int version = RowVersions.expected(expectedVersion, a.rowVersion(), "该问题方面");
		valid(new RectificationCommands.AspectText(title));
		RowVersions.written(mapper.updateAspectTitle(aspectId, version, title.trim()), "该问题方面");
		return aspectOf(a.planId(), aspectId);
	}

	/** Deletes an aspect of a draft with its problems and their measures. */
	@Transactional
	public void deleteAspect(CurrentUser user, long aspectId) {
		Aspect a = aspectUnchecked(aspectId);
		Plan plan = draftingPlan(user, a.planId());
		int problems = 0;
		int measures = 0;
		for (Problem p : mapper.selectProblems(plan.id())) {
			if (p.aspectId().equals(aspectId)) {
				measures += deleteMeasuresOf(p);
				mapper.deleteProblem(p.id());
				problems++;
			}
		}
		mapper.deleteAspect(aspectId);
		renumber(plan.id());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, plan.id(), "ASPECT_DELETED", null,
				"删除方面“" + a.title() + "”及其" + problems + "个问题、" + measures + "条措施");
	}

	@Transactional
	public Problem editProblem(CurrentUser user, long problemId, Long aspectId, String description) {
		return editProblem(user, problemId, null, aspectId, description);
	}

	/** {@link #editProblem(CurrentUser, long, Long, String)} on the version the user read (409 when stale). */
	@Transactional
	public Problem editProblem(CurrentUser user, long problemId, Integer expectedVersion, Long aspectId, String description) {
		Problem p = problemUnchecked(problemId);
		draftingPlan(user, p.planId());
		int version = RowVersions.expected(expectedVersion, p.rowVersion(), "该问题");
		valid(new RectificationCommands.ProblemText(aspectId, description));
		long target = aspectId == null ? p.aspectId() : aspectOf(p.planId(), aspectId).id();
		RowVersions.written(mapper.updateProblemText(problemId, version, target, description.trim()), "该问题");
		return mapper.selectProblem(problemId);
	}

	@Transactional
	public void deleteProblem(CurrentUser user, long problemId) {
		Problem p = problemUnchecked(problemId);
		Plan plan = draftingPlan(user, p.planId());
		int measures = deleteMeasuresOf(p);
		mapper.deleteProblem(problemId);
		renumber(plan.id());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, plan.id(), "PROBLEM_DELETED", null,
				"删除问题“" + abbreviate(p.description()) + "”及其" + measures + "条措施");
	}

	@Transactional
	public Measure editMeasure(CurrentUser user, long measureId, MeasureCommand cmd) {
		return editMeasure(user, measureId, null, cmd);
	}

	/** {@link #editMeasure(CurrentUser, long, MeasureCommand)} on the version the user read (409 when stale). */
	@Transactional
	public Measure editMeasure(CurrentUser user, long measureId, Integer expectedVersion, MeasureCommand cmd) {
		Measure m = measureUnchecked(measureId);
		Plan plan = draftingPlan(user, m.planId());
		RowVersions.expected(expectedVersion, m.rowVersion(), "该整改措施");
		MeasureInput in = validMeasure(plan, cmd);
		Responsible owner = resolveOwner(plan, cmd.owner(), user);
		Responsible leader = resolveLeader(plan, cmd.leader(), user);
		return store.save(m, m.edited(in.content(), owner.id(), owner.name(), in.coUnits(), leader.id(), leader.name(),
				in.deadline(), in.category(), in.requiredEvidence()));
	}

	@Transactional
	public void deleteMeasure(CurrentUser user, long measureId) {
		Measure m = measureUnchecked(measureId);
		Plan plan = draftingPlan(user, m.planId());
		if (mapper.deleteMeasure(measureId) != 1) {
			throw new ConflictException("该措施已下达，不能删除");
		}
		renumber(plan.id());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, plan.id(), "MEASURE_DELETED", null, "删除措施“" + abbreviate(m.content()) + "”");
	}

	private int deleteMeasuresOf(Problem p) {
		int n = 0;
		for (Measure m : mapper.selectMeasuresOfProblem(p.id())) {
			if (mapper.deleteMeasure(m.id()) != 1) {
				throw new ConflictException("该问题的措施已下达，不能删除");
			}
			n++;
		}
		return n;
	}

	/** Sequence numbers 1..n again after a deletion, in the order the lists had. */
	private void renumber(long planId) {
		int i = 1;
		for (Aspect a : mapper.selectAspects(planId)) {
			mapper.updateAspectSeq(a.id(), i++);
		}
		i = 1;
		for (Problem p : mapper.selectProblems(planId)) {
			mapper.updateProblemSeq(p.id(), i++);
		}
		i = 1;
		for (Measure m : mapper.selectMeasures(planId)) {
			mapper.updateMeasureSeq(m.id(), i++);
		}
	}

	/** 作废: a draft given up (a wrong import, a duplicate); it keeps its number and never counts in any figure. */
	@Transactional
	public Plan discard(CurrentUser user, long planId, String reason) {
		return discard(user, planId, null, reason);
	}

	/** {@link #discard(CurrentUser, long, String)} on the version the user read (409 when stale). */
	@Transactional
	public Plan discard(CurrentUser user, long planId, Integer expectedVersion, String reason) {
		Plan plan = access.editablePlan(user, planId);
		RowVersions.expected(expectedVersion, plan.rowVersion(), "该整改方案");
		valid(new RectificationCommands.Discard(reason));
		Plan done = store.save(plan, plan.discarded(reason.trim(), AppClock.now()));
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, planId, "PLAN_DISCARDED", reason.trim(), null);
		return done;
	}

	/** 整改联络人: the staff member who enters progress for units without a login (their work moves in 待办 too). */
	@Transactional
	public Plan assignCoordinator(CurrentUser user, long planId, String username) {
		return assignCoordinator(user, planId, null, username);
	}

	/** {@link #assignCoordinator(CurrentUser, long, String)} on the version the user read (409 when stale). */
	@Transactional
	public Plan assignCoordinator(CurrentUser user, long planId, Integer expectedVersion, String username) {
		Plan plan = access.editablePlan(user, planId);
		RowVersions.expected(expectedVersion, plan.rowVersion(), "该整改方案");
		valid(new RectificationCommands.Coordinator(username));
		UserSummary u = staffOf(plan.bureauId(), username.trim());
		Plan done = store.save(plan, plan.withCoordinator(u.username()));
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, planId, "COORDINATOR_ASSIGNED", null, "整改联络人：" + u.displayName());
		if (done.processInstanceId() != null) {
			for (Measure m : mapper.selectMeasures(planId)) {
				if (access.unitAccounts(m).isEmpty() && m.measureStatus().isWorkable()) {
					workflow.measureTask(done.processInstanceId(), RectificationProcess.TASK_WORK_MEASURE, m.id())
						.ifPresent(t -> workflow.offer(t, access.workers(done, m)));
				}
			}
		}
		return done;
	}

	/** A validated measure before its unit and leader are resolved. */
	record MeasureInput(String content, String coUnits, LocalDate deadline, Category category, String requiredEvidence) {
	}

	MeasureInput validMeasure(Plan plan, MeasureCommand cmd) {
		valid(cmd);
		Category category = Category.parse(cmd.category() == null || cmd.category().isBlank() ? Category.DEADLINE.name() : cmd.category().trim())
			.orElseThrow(() -> new BadRequestException("category", "整改类别应为立行立改、限期整改或长期坚持"));
		LocalDate deadline = category == Category.LONG_TERM ? null : cmd.deadline();
		if (category != Category.LONG_TERM && deadline == null) {
			throw new BadRequestException("deadline", "请填写完成时限（长期坚持的措施不设完成时限）");
		}
		if (deadline != null && deadline.isBefore(plan.receivedOn())) {
			throw new BadRequestException("deadline", "完成时限不能早于反馈日期");
		}
		return new MeasureInput(cmd.content().trim(), blank(cmd.coUnits()), deadline, category, blank(cmd.requiredEvidence()));
	}

	Responsible resolveOwner(Plan plan, String text, CurrentUser user) {
		return directory.ensure(plan.bureauId(), ResponsibleKind.UNIT,
				directory.resolve(plan.bureauId(), ResponsibleKind.UNIT, text), text, user);
	}

	Responsible resolveLeader(Plan plan, String text, CurrentUser user) {
		return directory.ensure(plan.bureauId(), ResponsibleKind.LEADER,
				directory.resolve(plan.bureauId(), ResponsibleKind.LEADER, text), text, user);
	}

	Measure insertMeasure(Plan plan, long problemId, MeasureInput in, Responsible owner, Responsible leader) {
		var row = new RectificationMapper.MeasureRow();
		row.planId = plan.id();
		row.problemId = problemId;
		row.seq = mapper.selectMeasures(plan.id()).size() + 1;
		row.content = in.content();
		row.ownerId = owner.id();
		row.ownerName = owner.name();
		row.coUnits = in.coUnits();
		row.leaderId = leader.id();
		row.leaderName = leader.name();
		row.deadline = in.deadline();
		row.category = in.category().name();
		row.requiredEvidence = in.requiredEvidence();
		row.status = MeasureStatus.NOT_STARTED.name();
		mapper.insertMeasure(row);
		return mapper.selectMeasure(row.id);
	}

	UserSummary leaderOf(long bureauId, String nameOrUsername, String field) {
		List<UserSummary> candidates = java.util.stream.Stream.of(Role.LEADER, Role.DIRECTOR)
			.flatMap(r -> users.usersWithRole(bureauId, r).stream())
			.filter(u -> u.enabled() && (u.username().equals(nameOrUsername) || u.displayName().equals(nameOrUsername)))
			.distinct()
			.toList();
		if (candidates.size() != 1) {
			throw new BadRequestException(field, "“" + nameOrUsername + "”不是本局的分管领导或局长用户");
		}
		return candidates.get(0);
	}

	private UserSummary staffOf(long bureauId, String username) {
		UserSummary u;
		try {
			u = users.summary(username);
		}
		catch (NotFoundException e) {
			u = null;
		}
		if (u == null || !u.enabled() || !u.bureauId().equals(bureauId)) {
			throw new BadRequestException("coordinator", "“" + username + "”不是本局用户");
		}
		return u;
	}

	Plan draftingPlan(CurrentUser user, long planId) {
		Plan plan = access.editablePlan(user, planId);
		if (plan.planStatus() != PlanStatus.DRAFTING) {
			throw new ConflictException(plan.planStatus() == PlanStatus.DISCARDED ? "整改方案已作废"
					: "整改方案已发布，问题清单和任务清单只能经审批变更");
		}
		return plan;
	}

	private Aspect aspectOf(long planId, long aspectId) {
		return mapper.selectAspects(planId).stream().filter(a -> a.id() == aspectId).findFirst()
			.orElseThrow(() -> new BadRequestException("aspectId", "问题方面不属于该整改方案"));
	}

	private Aspect aspectUnchecked(long aspectId) {
		Aspect a = mapper.selectAspectById(aspectId);
		if (a == null) {
			throw new NotFoundException("问题方面不存在或无权查看");
		}
		return a;
	}

	private Problem problemUnchecked(long problemId) {
		Problem p = mapper.selectProblem(problemId);
		if (p == null) {
			throw new NotFoundException("问题不存在或无权查看");
		}
		return p;
	}

	private Measure measureUnchecked(long measureId) {
		Measure m = mapper.selectMeasure(measureId);
		if (m == null) {
			throw new NotFoundException("整改措施不存在或无权查看");
		}
		return m;
	}

	/**
	 * 发布整改方案: every problem needs at least one measure. The measures start (整改中), the units are told (a unit
	 * without a login through the coordinator), and the process starts with one instance per measure.
	 */
	@Transactional
	public Plan publish(CurrentUser user, long planId) {
		Plan plan = draftingPlan(user, planId);
		List<Problem> problems = mapper.selectProblems(planId);
		List<Measure> measures = mapper.selectMeasures(planId);
		if (problems.isEmpty()) {
			throw new ConflictException("问题清单为空，不能发布整改方案");
		}
		for (Problem p : problems) {
			if (measures.stream().noneMatch(m -> m.problemId().equals(p.id()))) {
				throw new ConflictException("问题" + p.seq() + "尚未制定整改措施");
			}
		}
		java.util.Set<String> told = new java.util.LinkedHashSet<>();
		for (Measure m : measures) {
			store.save(m, m.started());
			told.addAll(access.unitRecipients(plan, m));
		}
		String pi = workflow.startPlan(plan.planNumber(), plan.id());
		Plan published = store.save(mapper.selectPlan(planId), mapper.selectPlan(planId).published(pi, AppClock.now()));
		boolean late = AppClock.today().isAfter(plan.planDue());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, planId, "PLAN_PUBLISHED", null,
				problems.size() + "个问题、" + measures.size() + "条措施" + (late ? "（晚于方案时限 " + plan.planDue() + "）" : ""));
		notifications.send(plan.bureauId(), List.copyOf(told), new Message("TASK", "整改任务已下达：" + plan.title(),
				"请按时限落实整改措施并报告进展", "/rectification/mine", SUBJECT_PLAN, planId));
		return published;
	}

	/** 报送整改报告: only when every problem is closed; the plan closes and the look-back is scheduled. */
	@Transactional
	public Plan submitReport(CurrentUser user, long planId, String content) {
		Plan plan = access.ledPlan(user, planId);
		valid(new RectificationCommands.Report(content));
		LocalDate lookBack = AppClock.today().plusMonths(properties.lookBackMonths());
		Plan closed = plan.reported(content.trim(), AppClock.now(), lookBack);
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_SUBMIT_REPORT);
		closed = store.save(plan, closed);
		workflow.complete(task, user.username(), Map.of());
		boolean late = AppClock.today().isAfter(plan.reportDue());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, planId, "REPORT_SUBMITTED", null,
				"回头看定于 " + lookBack + (late ? "；晚于报告时限 " + plan.reportDue() : ""));
		return closed;
	}

	/**
	 * 回头看: the plan leader records the look-back. Problems that came back are reopened with their measures
	 * (new deadline: the given one or the configured working days from today) and worked again.
	 */
	@Transactional
	public Plan lookBack(CurrentUser user, long planId, String opinion, List<Long> reopenProblemIds, LocalDate newDeadline) {
		Plan plan = access.ledPlan(user, planId);
		valid(new RectificationCommands.LookBack(opinion, reopenProblemIds, newDeadline));
		List<Long> reopen = reopenProblemIds == null ? List.of() : reopenProblemIds.stream().distinct().toList();
		Plan next = plan.lookedBack(!reopen.isEmpty());
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_LOOK_BACK);
		LocalDate deadline = newDeadline != null ? newDeadline : calendar.addWorkingDays(AppClock.today(), properties.reopenWorkingDays());
		if (!deadline.isAfter(AppClock.today())) {
			throw new BadRequestException("newDeadline", "重新整改的完成时限应晚于今天");
		}
		for (Long id : reopen) {
			Problem p = mapper.selectProblem(id);
			if (p == null || !p.planId().equals(planId)) {
				throw new BadRequestException("reopenProblemIds", "问题不属于该整改方案: " + id);
			}
			reopenProblem(user, plan, p, deadline, opinion.trim());
		}
		boolean rebound = !reopen.isEmpty();
		Plan done = store.save(plan, next);
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, planId, rebound ? "LOOK_BACK_REOPENED" : "LOOK_BACK_PASSED",
				opinion.trim(), rebound ? "重新整改问题 " + reopen.size() + " 个，完成时限 " + deadline : "未发现问题反弹");
		workflow.complete(task, user.username(), Map.of(RectificationProcess.VAR_REBOUND, rebound));
		return done;
	}

	private void reopenProblem(CurrentUser user, Plan plan, Problem p, LocalDate deadline, String opinion) {
		if (mapper.updateProblemReopened(p.id()) != 1) {
			throw new ConflictException("问题" + p.seq() + "未销号，不需要重新整改");
		}
		for (Measure m : mapper.selectMeasuresOfProblem(p.id())) {
			store.save(m, m.reopened(deadline));
			store.progress(user, m.id(), "REOPEN", "回头看发现问题反弹，重新整改：" + opinion, null);
			notifications.send(plan.bureauId(), access.unitRecipients(plan, m), new Message("TASK", "回头看：整改措施需重新落实",
					m.content(), "/rectification/measures/" + m.id(), MeasureService.SUBJECT_MEASURE, m.id()));
		}
	}

	/**
	 * The report due date has passed and the plan leader has not reported: a reminder and a timeline entry.
	 * A supplementary report after a look-back reopening is not chased by the original due date.
	 */
	@Transactional
	public void remindReport(long planId) {
		Plan plan = planUnchecked(planId);
		if (plan.planStatus() != PlanStatus.REPORT_PENDING || plan.reportSubmittedAt() != null) {
			return;
		}
		notifications.send(plan.bureauId(), List.of(plan.planLeader()), new Message("OVERDUE", "整改报告逾期未报送",
				plan.title() + "，报告时限 " + plan.reportDue(), "/rectification/plans/" + planId, SUBJECT_PLAN, planId));
		activity.record(AuditActor.TIMER, plan.bureauId(), SUBJECT_PLAN, planId, "REPORT_OVERDUE", null, "报告时限 " + plan.reportDue());
	}

	public LocalDate nextMechanismReview(long planId) {
		return mapper.selectNextMechanismReview(planId);
	}

	/**
	 * 长效机制定期评估: when the review is due, the plan leader reviews the plan's active mechanisms (each due one
	 * gets its next review date) and may retire those no longer to be tracked; the process waits for the next
	 * review while any stays active.
	 */
	@Transactional
	public List<Mechanism> reviewMechanisms(CurrentUser user, long planId, String opinion, List<Long> retireIds) {
		Plan plan = access.ledPlan(user, planId);
		valid(new RectificationCommands.MechanismsReview(opinion, retireIds));
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_REVIEW_MECHANISMS);
		List<Mechanism> mechanisms = mapper.selectMechanisms(planId);
		List<Long> retire = retireIds == null ? List.of() : retireIds;
		for (Long id : retire) {
			if (mechanisms.stream().noneMatch(m -> m.id().equals(id) && m.isActive())) {
				throw new BadRequestException("retireMechanismIds", "长效机制不属于该方案或已停止跟踪: " + id);
			}
		}
		LocalDate today = AppClock.today();
		for (Mechanism m : mechanisms) {
			if (retire.contains(m.id())) {
				if (mapper.updateMechanismRetired(m.id(), today) != 1) {
					throw new ConflictException("长效机制已停止跟踪: " + m.title());
				}
			}
			else if (m.isReviewDueOn(today)) {
				mapper.updateMechanismReviewed(m.id(), null, today, today.plusMonths(properties.mechanismReviewMonths()));
			}
		}
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_PLAN, planId, "MECHANISMS_REVIEWED", opinion.trim(),
				retire.isEmpty() ? null : "停止跟踪 " + retire.size() + " 项");
		workflow.complete(task, user.username(), Map.of());
		return mapper.selectMechanisms(planId);
	}

	/** Column sizes of the free-text inputs (by request field name); other texts hold 2000 characters. */
	/** The command when its constraints hold, else 400 naming the field ({@link RectificationCommands}). */
	<T> T valid(T command) {
		return Inputs.valid(validator, command);
	}

	/** A decision's opinion: required to refuse ({@code refuseWithout}), within its length either way. */
	void decide(boolean approve, String opinion, String refuseWithout) {
		RectificationCommands.decide(validator, approve, opinion, refuseWithout);
	}

	static String blank(String s) {
		return Texts.blankToNull(s);
	}

	static String abbreviate(String s) {
		return s.length() <= 30 ? s : s.substring(0, 30) + "…";
	}

}

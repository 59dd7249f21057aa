package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
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
import cn.statenforce.shared.NotFoundException;

/**
 * The rectification plan: feedback registration, the three lists (问题清单, 任务清单, 责任清单), publication,
 * the rectification report and the look-back (回头看). Measures are worked through {@link MeasureService}.
 */
@Service
public class RectificationService {

	public static final String SUBJECT_PLAN = "RECTIFICATION_PLAN";

	static final String SEQUENCE = "RECTIFICATION";

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final RectificationProperties properties;

	private final RectificationWorkflow workflow;

	private final SequenceService sequences;

	private final BureauService bureaus;

	private final UserService users;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final WorkingDayCalendar calendar;

	RectificationService(RectificationMapper mapper, RectificationAccess access, RectificationProperties properties,
			RectificationWorkflow workflow, SequenceService sequences, BureauService bureaus, UserService users,
			ActivityLog activity, NotificationService notifications, WorkingDayCalendar calendar) {
		this.mapper = mapper;
		this.access = access;
		this.properties = properties;
		this.workflow = workflow;
		this.sequences = sequences;
		this.bureaus = bureaus;
		this.users = users;
		this.activity = activity;
		this.notifications = notifications;
		this.calendar = calendar;
	}

	// reading

	public Plan plan(CurrentUser user, long planId) {
		return access.readablePlan(user, planId);
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
		String scope = RectificationAccess.ownerScope(user);
		return mapper.selectMeasures(planId).stream().filter(m -> scope == null || scope.equals(m.ownerUsername())).toList();
	}

	public List<Mechanism> mechanisms(CurrentUser user, long planId) {
		access.readablePlan(user, planId);
		return mapper.selectMechanisms(planId);
	}

	/** 责任清单: per responsible unit and per responsible leader, how many measures and how far. */
	public record Responsibility(String kind, String username, String name, int measures, int signedOff, int overdue) {
	}

	public List<Responsibility> responsibility(CurrentUser user, long planId) {
		List<Measure> measures = measures(user, planId);
		LocalDate today = AppClock.today();
		var units = new java.util.LinkedHashMap<String, int[]>();
		var names = new java.util.HashMap<String, String>();
		for (Measure m : measures) {
			count(units, names, "UNIT", m.ownerUsername() == null ? m.ownerName() : m.ownerUsername(), m.ownerName(), m, today);
			if (m.leaderUsername() != null) {
				count(units, names, "LEADER", m.leaderUsername(), m.leaderName(), m, today);
			}
		}
		return units.entrySet().stream().map(e -> {
			String[] k = e.getKey().split("\\|", 2);
			int[] c = e.getValue();
			return new Responsibility(k[0], k[1], names.get(e.getKey()), c[0], c[1], c[2]);
		}).toList();
	}

	private static void count(Map<String, int[]> acc, Map<String, String> names, String kind, String username,
			String name, Measure m, LocalDate today) {
		String key = kind + "|" + username;
		names.put(key, name);
		int[] c = acc.computeIfAbsent(key, k -> new int[3]);
		c[0]++;
		if (m.measureStatus() == MeasureStatus.SIGNED_OFF) {
			c[1]++;
		}
		if (m.isOverdueOn(today)) {
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
		require(cmd.sourceBody(), "sourceBody", "请填写反馈单位");
		require(cmd.title(), "title", "请填写整改事项名称");
		if (cmd.receivedOn() == null || cmd.receivedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("receivedOn", "反馈日期不能为空，也不能晚于今天");
		}
		String leader = cmd.planLeader() == null || cmd.planLeader().isBlank() ? user.username() : cmd.planLeader().trim();
		leaderOf(user.bureauId(), leader, "planLeader");
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
		row.documentNumber = optional(cmd.documentNumber(), "documentNumber", 100);
		row.title = cmd.title().trim();
		row.planLeader = leader;
		row.planDue = planDue;
		row.reportDue = reportDue;
		row.status = PlanStatus.DRAFTING.name();
		row.createdBy = user.username();
		row.createdAt = AppClock.now();
		mapper.insertPlan(row);
		activity.record(row.bureauId, SUBJECT_PLAN, row.id, "FEEDBACK_REGISTERED", null,
				source.label() + "：" + row.sourceBody + "，方案时限 " + planDue + "，报告时限 " + reportDue);
		return mapper.selectPlan(row.id);
	}

	String nextNumber(long bureauId) {
		int year = AppClock.today().getYear();
		int n = sequences.next(bureauId, SEQUENCE, year);
		return String.format("%s-ZG-%d-%03d", bureaus.bureau(bureauId).regionCode(), year, n);
	}

	@Transactional
	public Aspect addAspect(CurrentUser user, long planId, String title) {
		Plan plan = draftingPlan(user, planId);
		require(title, "title", "请填写问题方面");
		return insertAspect(plan.id(), title.trim());
	}

	Aspect insertAspect(long planId, String title) {
		var row = new RectificationMapper.AspectRow();
		row.planId = planId;
		row.seq = mapper.selectAspects(planId).size() + 1;
		row.title = title;
		mapper.insertAspect(row);
		return new Aspect(row.id, planId, row.seq, title);
	}

	@Transactional
	public Problem addProblem(CurrentUser user, long planId, long aspectId, String description) {
		Plan plan = draftingPlan(user, planId);
		require(description, "description", "请填写问题描述");
		if (mapper.selectAspects(planId).stream().noneMatch(a -> a.id() == aspectId)) {
			throw new BadRequestException("aspectId", "问题方面不属于该整改方案");
		}
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
		Problem problem = mapper.selectProblem(problemId);
		if (problem == null) {
			throw new NotFoundException("问题不存在或无权查看");
		}
		Plan plan = draftingPlan(user, problem.planId());
		return insertMeasure(plan, problem.id(), validMeasure(plan, cmd));
	}

	/** A measure checked against the plan's bureau: unit and leader exist with the right roles. */
	record ValidMeasure(String content, UserSummary owner, UserSummary leader, LocalDate deadline, Category category,
			String requiredEvidence) {
	}

	ValidMeasure validMeasure(Plan plan, MeasureCommand cmd) {
		require(cmd.content(), "content", "请填写整改措施");
		require(cmd.owner(), "owner", "请指定责任单位");
		require(cmd.leader(), "leader", "请指定责任领导");
		if (cmd.deadline() == null) {
			throw new BadRequestException("deadline", "请填写完成时限");
		}
		if (cmd.deadline().isBefore(plan.receivedOn())) {
			throw new BadRequestException("deadline", "完成时限不能早于反馈日期");
		}
		Category category = Category.parse(cmd.category() == null ? Category.DEADLINE.name() : cmd.category())
			.orElseThrow(() -> new BadRequestException("category", "整改类别应为立行立改、限期整改或长期坚持"));
		UserSummary owner = ownerOf(plan.bureauId(), cmd.owner().trim());
		UserSummary leader = leaderOf(plan.bureauId(), cmd.leader().trim(), "leader");
		return new ValidMeasure(cmd.content().trim(), owner, leader, cmd.deadline(), category,
				optional(cmd.requiredEvidence(), "requiredEvidence", 500));
	}

	Measure insertMeasure(Plan plan, long problemId, ValidMeasure v) {
		var row = new RectificationMapper.MeasureRow();
		row.planId = plan.id();
		row.problemId = problemId;
		row.seq = mapper.selectMeasures(plan.id()).size() + 1;
		row.content = v.content();
		row.ownerUsername = v.owner().username();
		row.ownerName = v.owner().displayName();
		row.leaderUsername = v.leader().username();
		row.leaderName = v.leader().displayName();
		row.deadline = v.deadline();
		row.category = v.category().name();
		row.requiredEvidence = v.requiredEvidence();
		row.status = MeasureStatus.NOT_STARTED.name();
		mapper.insertMeasure(row);
		return mapper.selectMeasure(row.id);
	}

	UserSummary ownerOf(long bureauId, String nameOrUsername) {
		return userWithRole(bureauId, nameOrUsername, Set.of(Role.RECTIFICATION_OWNER), "owner", "责任单位");
	}

	UserSummary leaderOf(long bureauId, String nameOrUsername, String field) {
		return userWithRole(bureauId, nameOrUsername, Set.of(Role.LEADER, Role.DIRECTOR), field, "责任领导");
	}

	/** Resolves a user of the bureau by username or display name (as ledgers write it), holding one of the roles. */
	private UserSummary userWithRole(long bureauId, String nameOrUsername, Set<Role> roles, String field, String what) {
		List<UserSummary> candidates = roles.stream()
			.flatMap(r -> users.usersWithRole(bureauId, r).stream())
			.filter(u -> u.enabled() && (u.username().equals(nameOrUsername) || u.displayName().equals(nameOrUsername)))
			.distinct()
			.toList();
		if (candidates.isEmpty()) {
			throw new BadRequestException(field, what + "“" + nameOrUsername + "”不是本局的" + what + "用户");
		}
		if (candidates.size() > 1) {
			throw new BadRequestException(field, what + "“" + nameOrUsername + "”对应多个用户，请填写用户名");
		}
		return candidates.get(0);
	}

	Plan draftingPlan(CurrentUser user, long planId) {
		Plan plan = access.editablePlan(user, planId);
		if (plan.planStatus() != PlanStatus.DRAFTING) {
			throw new ConflictException("整改方案已发布，不能再修改问题清单和任务清单");
		}
		return plan;
	}

	/**
	 * 发布整改方案: every problem needs at least one measure. The measures start (整改中), the units are told,
	 * and the process starts with one instance per measure.
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
		for (Measure m : measures) {
			mapper.updateMeasureStatus(m.id(), List.of(MeasureStatus.NOT_STARTED.name()), MeasureStatus.IN_PROGRESS.name());
		}
		String pi = workflow.startPlan(plan.planNumber(), plan.id());
		if (mapper.updatePlanPublished(planId, AppClock.now(), pi) != 1) {
			throw new ConflictException("整改方案已被他人发布");
		}
		boolean late = AppClock.today().isAfter(plan.planDue());
		activity.record(plan.bureauId(), SUBJECT_PLAN, planId, "PLAN_PUBLISHED", null,
				problems.size() + "个问题、" + measures.size() + "条措施" + (late ? "（晚于方案时限 " + plan.planDue() + "）" : ""));
		List<String> owners = measures.stream().map(Measure::ownerUsername).distinct().toList();
		notifications.send(plan.bureauId(), owners, new Message("TASK", "整改任务已下达：" + plan.title(),
				"请按时限落实整改措施并报告进展", "/rectification/mine", SUBJECT_PLAN, planId));
		return mapper.selectPlan(planId);
	}

	/** 报送整改报告: only when every problem is closed; the plan closes and the look-back is scheduled. */
	@Transactional
	public Plan submitReport(CurrentUser user, long planId, String content) {
		Plan plan = access.ledPlan(user, planId);
		require(content, "content", "请填写整改报告内容", 4000);
		if (plan.planStatus() != PlanStatus.REPORT_PENDING) {
			throw new ConflictException("尚有问题未销号，不能报送整改报告");
		}
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_SUBMIT_REPORT, "报送整改报告");
		LocalDate lookBack = AppClock.today().plusMonths(properties.lookBackMonths());
		if (mapper.updatePlanReported(planId, content.trim(), AppClock.now(), lookBack) != 1) {
			throw new ConflictException("整改报告已报送");
		}
		workflow.complete(task, Map.of());
		boolean late = AppClock.today().isAfter(plan.reportDue());
		activity.record(plan.bureauId(), SUBJECT_PLAN, planId, "REPORT_SUBMITTED", null,
				"回头看定于 " + lookBack + (late ? "；晚于报告时限 " + plan.reportDue() : ""));
		return mapper.selectPlan(planId);
	}

	/**
	 * 回头看: the plan leader records the look-back. Problems that came back are reopened with their measures
	 * (new deadline: the given one or the configured working days from today) and worked again.
	 */
	@Transactional
	public Plan lookBack(CurrentUser user, long planId, String opinion, List<Long> reopenProblemIds, LocalDate newDeadline) {
		Plan plan = access.ledPlan(user, planId);
		require(opinion, "opinion", "请填写回头看情况");
		if (plan.planStatus() != PlanStatus.CLOSED) {
			throw new ConflictException("整改尚未完成，不能开展回头看");
		}
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_LOOK_BACK, "回头看");
		List<Long> reopen = reopenProblemIds == null ? List.of() : reopenProblemIds.stream().distinct().toList();
		LocalDate deadline = newDeadline != null ? newDeadline : calendar.addWorkingDays(AppClock.today(), properties.reopenWorkingDays());
		if (!deadline.isAfter(AppClock.today())) {
			throw new BadRequestException("newDeadline", "重新整改的完成时限应晚于今天");
		}
		for (Long id : reopen) {
			Problem p = mapper.selectProblem(id);
			if (p == null || !p.planId().equals(planId)) {
				throw new BadRequestException("reopenProblemIds", "问题不属于该整改方案: " + id);
			}
			reopenProblem(plan, p, deadline, opinion.trim());
		}
		boolean rebound = !reopen.isEmpty();
		mapper.updatePlanLookedBack(planId, rebound ? PlanStatus.IN_PROGRESS.name() : PlanStatus.FINISHED.name());
		activity.record(plan.bureauId(), SUBJECT_PLAN, planId, rebound ? "LOOK_BACK_REOPENED" : "LOOK_BACK_PASSED",
				opinion.trim(), rebound ? "重新整改问题 " + reopen.size() + " 个，完成时限 " + deadline : "未发现问题反弹");
		workflow.complete(task, Map.of(RectificationProcess.VAR_REBOUND, rebound));
		return mapper.selectPlan(planId);
	}

	private void reopenProblem(Plan plan, Problem p, LocalDate deadline, String opinion) {
		if (mapper.updateProblemReopened(p.id()) != 1) {
			throw new ConflictException("问题" + p.seq() + "未销号，不需要重新整改");
		}
		for (Measure m : mapper.selectMeasuresOfProblem(p.id())) {
			mapper.updateMeasureReopened(m.id(), deadline);
			var row = new RectificationMapper.ProgressRow();
			row.measureId = m.id();
			row.kind = "REOPEN";
			row.content = "回头看发现问题反弹，重新整改：" + opinion;
			MeasureService.actor(row);
			mapper.insertProgress(row);
			if (m.ownerUsername() != null) {
				notifications.send(plan.bureauId(), List.of(m.ownerUsername()), new Message("TASK", "回头看：整改措施需重新落实",
						m.content(), "/rectification/measures/" + m.id(), MeasureService.SUBJECT_MEASURE, m.id()));
			}
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
		activity.record(plan.bureauId(), SUBJECT_PLAN, planId, "REPORT_OVERDUE", null, "报告时限 " + plan.reportDue());
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
		require(opinion, "opinion", "请填写评估意见");
		var task = workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_REVIEW_MECHANISMS, "长效机制定期评估");
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
				mapper.updateMechanismRetired(m.id(), today);
			}
			else if (m.isReviewDueOn(today)) {
				mapper.updateMechanismReviewed(m.id(), today, today.plusMonths(properties.mechanismReviewMonths()));
			}
		}
		activity.record(plan.bureauId(), SUBJECT_PLAN, planId, "MECHANISMS_REVIEWED", opinion.trim(),
				retire.isEmpty() ? null : "停止跟踪 " + retire.size() + " 项");
		workflow.complete(task, Map.of());
		return mapper.selectMechanisms(planId);
	}

	/** Column sizes of the free-text inputs (by request field name); other texts hold 2000 characters. */
	private static final Map<String, Integer> LIMITS = Map.of("sourceBody", 200, "title", 300, "mechanismTitle", 300,
			"reason", 1000, "opinion", 1000, "owner", 64, "leader", 64, "planLeader", 64);

	static void require(String value, String field, String message) {
		require(value, field, message, LIMITS.getOrDefault(field, 2000));
	}

	static void require(String value, String field, String message, int max) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field, message);
		}
		optional(value, field, max);
	}

	/** An optional text: blank = null; too long = 400. */
	static String optional(String value, String field, int max) {
		String v = blank(value);
		if (v != null && v.length() > max) {
			throw new BadRequestException(field, "输入过长，不能超过" + max + "个字");
		}
		return v;
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}

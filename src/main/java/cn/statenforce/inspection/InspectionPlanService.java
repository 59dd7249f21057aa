package cn.statenforce.inspection;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.inspection.process.InspectionPlanProcess;
import cn.statenforce.inspection.process.InspectionPlanWorkflow;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;
import cn.statenforce.shared.RegionCode;
import cn.statenforce.shared.Texts;

/**
 * Inspection plans from draft to the start of their inspections: a leader of the plan's bureau approves
 * before the draw; the draw is stored with seed, parameters and snapshot hash and can be verified by
 * re-running it; a redraw needs a leader and a reason and keeps the earlier draw on record. Every decision from
 * the submission on (审批, 修改后重新提交, 随机抽取, 启动检查, 公开) completes the open user task of the plan's
 * process ({@code inspection-plan.bpmn}) through {@link InspectionPlanWorkflow}: 409 when the plan is not at that
 * step; the plan's status follows in the same transaction.
 */
@Service
public class InspectionPlanService {

	static final String SUBJECT = "INSPECTION_PLAN";

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InspectionPlanService.class);

	private static final String WHAT = "检查计划";

	private final InspectionPlanMapper mapper;

	private final DrawInputs inputs;

	private final InspectionRegisters registers;

	private final InspectionService inspections;

	private final BureauService bureaus;

	private final UserService users;

	private final SequenceService sequences;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final WorkingDayCalendar calendar;

	private final InspectionProperties properties;

	private final EnterpriseService enterprises;

	private final InspectionPlanWorkflow workflow;

	private final SecureRandom seeds = new SecureRandom();

	InspectionPlanService(InspectionPlanMapper mapper, DrawInputs inputs, InspectionRegisters registers,
			InspectionService inspections, BureauService bureaus, UserService users, SequenceService sequences,
			ActivityLog activity, NotificationService notifications, WorkingDayCalendar calendar,
			InspectionProperties properties, EnterpriseService enterprises, InspectionPlanWorkflow workflow) {
		this.workflow = workflow;
		this.mapper = mapper;
		this.enterprises = enterprises;
		this.inputs = inputs;
		this.registers = registers;
		this.inspections = inspections;
		this.bureaus = bureaus;
		this.users = users;
		this.sequences = sequences;
		this.activity = activity;
		this.notifications = notifications;
		this.calendar = calendar;
		this.properties = properties;
	}

	public InspectionPlan get(CurrentUser user, long id) {
		InspectionPlan p = mapper.selectPlan(id);
		// plans are the bureau staff's work: not a responsible unit's, nor the system administrator's
		if (p == null || !user.isBureauStaff()) {
			throw new NotFoundException("检查计划不存在或无权查看");
		}
		bureaus.ensureReadable(user, p.bureauId(), WHAT);
		return p;
	}

	public PageResult<InspectionPlan> list(CurrentUser user, int page, int size) {
		if (!user.isBureauStaff()) {
			return new PageResult<>(List.of(), 0, Math.max(page, 1), size);
		}
		List<Long> ids = bureaus.readableBureauIds(user);
		return new PageResult<>(mapper.selectPlans(ids, PageResult.offset(page, size), size), mapper.countPlans(ids),
				Math.max(page, 1), size);
	}

	public List<InspectionItem> items(long planId) {
		return mapper.selectPlanItems(planId);
	}

	/** The units a 重点检查 names, with the reasons, in the plan's order (empty for a random plan). */
	public List<PlanTarget> targets(long planId) {
		return mapper.selectPlanTargets(planId);
	}

	/** The 检查专题 a plan may name ({@code statenforce.inspection.topics}). */
	public List<InspectionProperties.Topic> topics() {
		return properties.topics();
	}

	/** The label of a topic code, or null for none; an unlisted code (removed from the configuration) reads 其他专题. */
	public String topicLabel(String code) {
		if (code == null) {
			return null;
		}
		InspectionProperties.Topic t = properties.topic(code);
		return t == null ? "其他专题" : t.label();
	}

	public List<Draw> draws(CurrentUser user, long planId) {
		get(user, planId);
		return mapper.selectDraws(planId);
	}

	public List<DrawUnitView> drawUnits(CurrentUser user, long drawId) {
		Draw d = draw(user, drawId);
		return mapper.selectDrawUnits(d.id());
	}

	public Draw draw(CurrentUser user, long drawId) {
		Draw d = mapper.selectDraw(drawId);
		if (d == null) {
			throw new NotFoundException("抽取记录不存在或无权查看");
		}
		get(user, d.planId());
		return d;
	}

	public Draw currentDraw(long planId) {
		return mapper.selectCurrentDraw(planId);
	}

	@Transactional
	public InspectionPlan create(CurrentUser user, PlanCommand cmd) {
		InspectionRegisters.requireAny(user, "编制检查计划", Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER);
		Bureau bureau = bureaus.bureau(user.bureauId());
		List<PlanTarget> targets = validate(bureau, cmd);
		String number = String.format("%s-JH-%d-%04d", bureau.regionCode(), cmd.planYear(),
				sequences.next(bureau.id(), "INSPECTION_PLAN", cmd.planYear()));
		GeneratedId key = new GeneratedId();
		mapper.insertPlan(cmd, bureau.id(), number, user.username(), AppClock.now(), key);
		mapper.insertPlanItems(key.id, cmd.itemIds().stream().distinct().toList());
		if (!targets.isEmpty()) {
			mapper.insertPlanTargets(key.id, targets);
		}
		activity.record(AuditActor.user(user), bureau.id(), SUBJECT, key.id, "编制检查计划", null, number + " " + cmd.title());
		return mapper.selectPlan(key.id);
	}

	@Transactional
	public InspectionPlan update(CurrentUser user, long id, int expectedVersion, PlanCommand cmd) {
		InspectionPlan p = writable(user, id);
		requireStatus(p, PlanStatus.DRAFT, "只有草拟状态的计划可以修改");
		List<PlanTarget> targets = validate(bureaus.bureau(p.bureauId()), cmd);
		if (mapper.updatePlan(id, expectedVersion, cmd, AppClock.now()) == 0) {
			throw new ConflictException("该计划已被他人修改，请刷新后重试");
		}
		mapper.deletePlanItems(id);
		mapper.insertPlanItems(id, cmd.itemIds().stream().distinct().toList());
		mapper.deletePlanTargets(id);
		if (!targets.isEmpty()) {
			mapper.insertPlanTargets(id, targets);
		}
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, id, "修改检查计划", null, null);
		return mapper.selectPlan(id);
	}

	/**
	 * 提交审批: the first submission starts the plan's process (审批检查计划 for the bureau's leaders); after a
	 * rejection only the author resubmits, completing 修改检查计划. The bureau's leaders are told.
	 */
	@Transactional
	public InspectionPlan submit(CurrentUser user, long id) {
		InspectionPlan p = writable(user, id);
		requireStatus(p, PlanStatus.DRAFT, "只有草拟状态的计划可以提交审批");
		if (p.processInstanceId() == null) {
			transition(p, PlanStatus.DRAFT, PlanStatus.SUBMITTED, "只有草拟状态的计划可以提交审批");
			String pid = workflow.start(p.planNumber(), id, bureaus.bureau(p.bureauId()).regionCode(), p.createdBy());
			if (mapper.updateProcessInstance(id, pid, AppClock.now()) == 0) {
				throw new ConflictException("该计划刚被其他用户提交审批，请刷新");
			}
		}
		else {
			var task = workflow.current(user, p.processInstanceId(), InspectionPlanProcess.TASK_REVISE);
			transition(p, PlanStatus.DRAFT, PlanStatus.SUBMITTED, "只有草拟状态的计划可以提交审批");
			workflow.complete(user, task, java.util.Map.of());
		}
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, id, "提交审批", null, null);
		notifyRole(p, Role.LEADER, "TASK", "检查计划待审批：" + p.title());
		return mapper.selectPlan(id);
	}

	/** 审批: a LEADER of the plan's bureau approves (→ may be drawn) or returns it to draft. */
	@Transactional
	public InspectionPlan decide(CurrentUser user, long id, boolean approve, String opinion) {
		InspectionPlan p = writable(user, id);
		if (!user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("检查计划须由分管领导审批");
		}
		if (!approve && (opinion == null || opinion.isBlank())) {
			throw new BadRequestException("opinion", "退回时请填写审批意见");
		}
		requireStatus(p, PlanStatus.SUBMITTED, "该计划不在待审批状态");
		var task = workflow.current(user, p.processInstanceId(), InspectionPlanProcess.TASK_APPROVE);
		if (mapper.updateApproval(id, approve ? PlanStatus.APPROVED : PlanStatus.DRAFT, user.username(), opinion,
				AppClock.now()) == 0) {
			throw new ConflictException("该计划不在待审批状态");
		}
		workflow.decide(user, task, approve);
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, id, approve ? "批准计划" : "退回计划", opinion, null);
		notifyUser(p, p.createdBy(), "INFO", (approve ? "检查计划已批准：" : "检查计划被退回：") + p.title());
		return mapper.selectPlan(id);
	}

	/** 抽取: the first draw of an approved plan; {@code seed} null = a fresh random seed. */
	@Transactional
	public Draw draw(CurrentUser user, long planId, Long seed) {
		InspectionPlan p = writable(user, planId);
		InspectionRegisters.requireAny(user, "抽取", Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER);
		requireStatus(p, PlanStatus.APPROVED, "计划须经分管领导批准后才能抽取");
		var task = workflow.current(user, p.processInstanceId(), InspectionPlanProcess.TASK_DRAW);
		// the plan's row first: of two draws at once the second waits here and then finds the plan drawn (409)
		transition(p, PlanStatus.APPROVED, PlanStatus.DRAWN, "该计划刚被其他用户抽取，请刷新后查看抽取结果");
		Draw d = runDraw(user, p, 1, seed, null);
		workflow.complete(user, task, java.util.Map.of());
		return d;
	}

	/**
	 * 重新抽取: only a LEADER, with a reason, and only before the inspections started; the current draw is
	 * kept as SUPERSEDED.
	 */
	@Transactional
	public Draw redraw(CurrentUser user, long planId, String reason, Long seed) {
		InspectionPlan p = writable(user, planId);
		if (!user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("重新抽取须经分管领导批准");
		}
		InspectionRegisters.requireText(reason, "reason", "请填写重新抽取的理由");
		requireStatus(p, PlanStatus.DRAWN, "只有已抽取且尚未启动检查的计划可以重新抽取");
		if (!workflow.isAt(p.processInstanceId(), InspectionPlanProcess.TASK_START)) {
			throw new ConflictException("只有已抽取且尚未启动检查的计划可以重新抽取");
		}
		Draw current = mapper.selectCurrentDraw(planId);
		if (mapper.updateDrawSuperseded(current.id()) == 0) {
			throw new ConflictException("抽取记录已变化，请刷新");
		}
		return runDraw(user, p, current.drawNo() + 1, seed, reason.strip());
	}

	private Draw runDraw(CurrentUser user, InspectionPlan p, int drawNo, Long seed, String redrawReason) {
		long t0 = System.nanoTime();
		SnapshotStream.Sealing sealing = inputs.sealing(p);
		DrawSnapshot snapshot = sealing.snapshot();
		long t1 = System.nanoTime();
		DrawParameters params = parameters(p, seed == null ? seeds.nextLong() : seed, inspections.dueDate(p.plannedDate()),
				targetCount(p));
		DrawOutcome out;
		try {
			out = RandomDraw.run(params, snapshot);
		}
		catch (DrawException e) {
			throw new ConflictException(e.getMessage());
		}
		if (out.units().isEmpty()) {
			throw new ConflictException(p.targeted() ? "计划指定的检查对象均不能检查（正在检查、有在办案件或回避后执法人员不足）"
					: "范围内没有可抽取的单位（排除后为0家），请调整检查范围");
		}
		long t2 = System.nanoTime();
		DrawSnapshot.Sealed sealed = sealing.sealed().join();
		long t3 = System.nanoTime();
		String excluded = out.excluded().entrySet().stream()
			.map(e -> e.getKey().name() + "=" + e.getValue())
			.collect(Collectors.joining(","));
		Draw row = new Draw(null, p.id(), drawNo, params.seed(), params.canonical(), sealed.sha256(),
				snapshot.units().size(), out.eligible(), excluded, String.join(",", out.drawnGroups()), out.units().size(),
				Draw.CURRENT, redrawReason, redrawReason == null ? null : user.username(), user.username(),
				AppClock.now(), null, null);
		GeneratedId key = new GeneratedId();
		mapper.insertDraw(row, key);
		mapper.insertSnapshot(key.id, sealed.gzip());
		for (int i = 0; i < out.units().size(); i += 500) {
			mapper.insertDrawUnits(key.id, out.units().subList(i, Math.min(out.units().size(), i + 500)));
		}
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, p.id(), redrawReason == null ? "随机抽取" : "重新抽取", redrawReason,
				"第" + drawNo + "次抽取，种子 " + params.seed() + "，名录快照SHA-256 " + row.snapshotHash() + "，抽中 "
						+ out.units().size() + " 家");
		LOG.info("draw {} of plan {}: read {} units in {} ms, drew {} in {} ms, hash and gzip done {} ms later, stored in {} ms",
				drawNo, p.planNumber(), snapshot.units().size(), ms(t0, t1), out.units().size(), ms(t1, t2), ms(t2, t3),
				ms(t3, System.nanoTime()));
		return mapper.selectDraw(key.id);
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** The parameters of a draw of a random plan whose certificates are checked on the planned date alone. */
	static DrawParameters parameters(InspectionPlan p, long seed) {
		return parameters(p, seed, null, 0);
	}

	/**
	 * The parameters of a draw of the plan; {@code windowEnd} is the last day of the plan window (due date). A
	 * 重点检查 takes all of its {@code targets} named units (those that can be inspected) and draws only inspectors.
	 */
	static DrawParameters parameters(InspectionPlan p, long seed, LocalDate windowEnd, int targets) {
		if (p.targeted()) {
			return new DrawParameters(seed, targets, null, 1, null, p.plannedDate(), windowEnd, true);
		}
		return new DrawParameters(seed, p.sampleSize(), p.sampleSize() == null ? p.sampleRatio() : null,
				p.riskWeight(), p.stageOneCount(), p.plannedDate(), windowEnd, false);
	}

	private int targetCount(InspectionPlan p) {
		return p.targeted() ? mapper.selectPlanTargets(p.id()).size() : 0;
	}

	/**
	 * 复核: re-runs a stored draw from its stored snapshot, seed and parameters and compares the list with
	 * the stored one. Anyone who may read the plan may verify; only a user who may also change it (its own bureau)
	 * leaves a trace — the verification time and a timeline entry. An upper bureau or a unit that only reads the
	 * plan sees the same result and writes nothing.
	 */
	@Transactional
	public DrawVerification verify(CurrentUser user, long drawId) {
		Draw d = draw(user, drawId);
		InspectionPlan p = mapper.selectPlan(d.planId());
		byte[] gzip = mapper.selectSnapshot(drawId).content();
		DrawSnapshot snapshot = DrawSnapshot.fromGzip(gzip);
		// the stored text itself is what the published hash is over (a snapshot of an older format stays verifiable)
		String hash = DrawSnapshot.sha256OfGzip(gzip);
		List<DrawUnitView> stored = mapper.selectDrawUnits(drawId);
		// the window end is derived from the working-day calendar at draw time: the published one is re-used
		DrawParameters params = parameters(p, d.seed(), DrawParameters.windowEndOf(d.parameters()), targetCount(p));
		boolean paramsSame = params.canonical().equals(d.parameters());
		List<DrawnUnit> rerun = RandomDraw.run(params, snapshot).units();
		boolean identical = paramsSame && hash.equals(d.snapshotHash()) && same(stored, rerun);
		String message = identical ? "复核一致：以公布的种子、参数和名录快照重新抽取，结果与原抽取结果完全相同"
				: !hash.equals(d.snapshotHash()) ? "复核不一致：名录快照的哈希值与公布值不符"
						: !paramsSame ? "复核不一致：计划参数已与抽取时不同" : "复核不一致：重新抽取的结果与原结果不同";
		if (bureaus.canWrite(user, p.bureauId())
				&& user.hasAnyRole(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR)) {
			mapper.updateDrawVerified(drawId, identical, AppClock.now());
			activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, p.id(), "复核抽取结果", null, "第" + d.drawNo() + "次抽取：" + message);
		}
		return new DrawVerification(drawId, hash.equals(d.snapshotHash()), identical, d.snapshotHash(), hash,
				stored.size(), rerun.size(), message);
	}

	private static boolean same(List<DrawUnitView> stored, List<DrawnUnit> rerun) {
		if (stored.size() != rerun.size()) {
			return false;
		}
		for (int i = 0; i < stored.size(); i++) {
			DrawUnitView s = stored.get(i);
			DrawnUnit r = rerun.get(i);
			if (s.seqNo() != r.position() || !s.creditCode().equals(r.creditCode())
					|| s.enterpriseId() != r.enterpriseId() || !s.inspector1().equals(r.inspector1())
					|| !s.inspector2().equals(r.inspector2())) {
				return false;
			}
		}
		return true;
	}

	/** The inspections a plan started (no user check: callers hold the plan). */
	public List<Inspection> started(long planId) {
		return inspections.ofPlan(planId);
	}

	/** The stored gzip of a draw's canonical snapshot, for anyone re-running the draw themselves. */
	public byte[] snapshotGzip(CurrentUser user, long drawId) {
		draw(user, drawId);
		return mapper.selectSnapshot(drawId).content();
	}

	/** 启动检查: one inspection (and process instance) per unit of the current draw. */
	@Transactional
	public List<Inspection> start(CurrentUser user, long planId) {
		InspectionPlan p = writable(user, planId);
		InspectionRegisters.requireAny(user, "启动检查", Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER);
		requireStatus(p, PlanStatus.DRAWN, "只有已抽取的计划可以启动检查");
		var task = workflow.current(user, p.processInstanceId(), InspectionPlanProcess.TASK_START);
		transition(p, PlanStatus.DRAWN, PlanStatus.STARTED, "只有已抽取的计划可以启动检查");
		Draw d = mapper.selectCurrentDraw(planId);
		List<Inspection> started = inspections.startAll(AuditActor.user(user), p, mapper.selectDrawUnits(d.id()), mapper.selectPlanItems(planId));
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, planId, "启动检查", null, "生成检查任务 " + started.size() + " 项");
		LocalDate publishDue = calendar.addWorkingDays(AppClock.today(), properties.publicationWorkingDays());
		mapper.updatePublication(planId, p.publishedOn(), publishDue, AppClock.now());
		workflow.complete(user, task, java.util.Map.of());
		if (p.publishedOn() == null) {
			workflow.publishDue(p.processInstanceId(), AppClock.endOf(publishDue));
		}
		return started;
	}

	/** 公开: a LEADER publishes the plan, its draw and the results formed so far on the public page. */
	@Transactional
	public InspectionPlan publish(CurrentUser user, long planId) {
		InspectionPlan p = writable(user, planId);
		if (!user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("公开检查计划和结果须由分管领导决定");
		}
		if (p.status() != PlanStatus.DRAWN && p.status() != PlanStatus.STARTED) {
			throw new ConflictException("计划抽取后才能公开");
		}
		if (p.publishedOn() != null) {
			throw new ConflictException("该计划已公开");
		}
		var task = workflow.current(user, p.processInstanceId(), InspectionPlanProcess.TASK_PUBLISH);
		mapper.updatePublication(planId, AppClock.today(), p.publishDue(), AppClock.now());
		workflow.complete(user, task, java.util.Map.of());
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, planId, "公开计划和结果", null, null);
		return mapper.selectPlan(planId);
	}

	/**
	 * Gives every plan that reached a step of its process before plans had one (submitted, approved, drawn, or
	 * started and not yet published) its process instance, waiting at the plan's step, so that the step shows in
	 * 待办 and the service's next step finds its task. Idempotent: a plan with an instance is left alone. Returns how
	 * many plans got one.
	 */
	@Transactional
	public int attachProcesses() {
		int n = 0;
		for (InspectionPlan p : mapper.selectPlansWithoutProcess()) {
			List<String> at = switch (p.status()) {
				case SUBMITTED -> List.of(InspectionPlanProcess.TASK_APPROVE);
				case APPROVED -> List.of(InspectionPlanProcess.TASK_DRAW);
				case DRAWN -> p.publishedOn() == null
						? List.of(InspectionPlanProcess.TASK_START, InspectionPlanProcess.TASK_PUBLISH)
						: List.of(InspectionPlanProcess.TASK_START);
				case STARTED -> p.publishedOn() == null ? List.of(InspectionPlanProcess.TASK_PUBLISH) : List.of();
				case DRAFT -> List.of();
			};
			if (at.isEmpty()) {
				continue;
			}
			String pid = workflow.startAt(p.planNumber(), p.id(), bureaus.bureau(p.bureauId()).regionCode(),
					p.createdBy(), p.publishDue() == null ? null : AppClock.endOf(p.publishDue()), at);
			if (mapper.updateProcessInstance(p.id(), pid, AppClock.now()) == 0) {
				throw new ConflictException("检查计划 " + p.planNumber() + " 已有流程实例");
			}
			LOG.info("plan {} ({}) got its process instance {} at {}", p.planNumber(), p.status(), pid, at);
			n++;
		}
		return n;
	}

	/** Published plans for the public page (no login). */
	public List<InspectionPlan> published() {
		return mapper.selectPublishedPlans();
	}

	/** The drawn units of a published plan's draw, for the public page (no login, no inspectors shown). */
	public List<DrawUnitView> publicDrawUnits(long drawId) {
		Draw d = mapper.selectDraw(drawId);
		if (d == null) {
			throw new NotFoundException("抽取记录不存在");
		}
		publishedPlan(d.planId());
		return mapper.selectDrawUnits(drawId);
	}

	public InspectionPlan publishedPlan(long id) {
		InspectionPlan p = mapper.selectPlan(id);
		if (p == null || p.publishedOn() == null) {
			throw new NotFoundException("未公开的检查计划");
		}
		return p;
	}

	public Map<Long, String> bureauNames() {
		return bureaus.bureaus().stream().collect(Collectors.toMap(Bureau::id, Bureau::name));
	}

	/** Checks the command against the bureau; returns the named units of a 重点检查 (empty otherwise). */
	private List<PlanTarget> validate(Bureau bureau, PlanCommand cmd) {
		if (cmd.topic() != null && properties.topic(cmd.topic()) == null) {
			throw new BadRequestException("topic", "检查专题不在可选列表中：" + cmd.topic());
		}
		if ((cmd.planType() == PlanType.SPECIAL || cmd.planType() == PlanType.KEY) && cmd.topic() == null) {
			throw new BadRequestException("topic", cmd.planType().label() + "须选择检查专题");
		}
		if (cmd.planType() == PlanType.JOINT && (cmd.partnerDepartments() == null || cmd.partnerDepartments().isBlank())) {
			throw new BadRequestException("partnerDepartments", "部门联合抽查须填写联合检查部门");
		}
		if (cmd.planType() == PlanType.KEY) {
			return validateTargets(bureau, cmd);
		}
		if (!cmd.targets().isEmpty()) {
			throw new BadRequestException("targets", "只有重点检查由计划指定检查对象，" + cmd.planType().label() + "的单位须随机抽取");
		}
		if ((cmd.sampleSize() == null) == (cmd.sampleRatio() == null)) {
			throw new BadRequestException("sampleSize", "抽取数量和抽取比例须且只能填写一项");
		}
		boolean county = bureau.level() == RegionCode.Level.COUNTY;
		if (county && cmd.stageOneCount() != null) {
			throw new BadRequestException("stageOneCount", "县级统计局为单阶段抽取，不能设置第一阶段抽取的下级统计局数量");
		}
		if (!county && cmd.stageOneCount() == null) {
			throw new BadRequestException("stageOneCount", "上级统计局为多阶段抽取，请填写第一阶段抽取的下级统计局数量");
		}
		RegionCode own = new RegionCode(bureau.regionCode());
		for (String r : InspectionPlan.split(cmd.scopeRegions())) {
			if (!RegionCode.isValid(r) || !(own.value().equals(r) || own.contains(new RegionCode(r)))) {
				throw new BadRequestException("scopeRegions", "检查范围中的行政区划代码无效或不在本局辖区内: " + r);
			}
		}
		for (String s : InspectionPlan.split(cmd.scopeSizes())) {
			if (!s.matches("LARGE|MEDIUM|SMALL|MICRO")) {
				throw new BadRequestException("scopeSizes", "规模只能是大型、中型、小型或微型：" + s);
			}
		}
		validateItems(bureau, cmd);
		return List.of();
	}

	private void validateItems(Bureau bureau, PlanCommand cmd) {
		for (Long itemId : cmd.itemIds()) {
			InspectionItem item = registers.item(itemId);
			if (!item.active() || (item.bureauId() != null && !item.bureauId().equals(bureau.id()))) {
				throw new BadRequestException("itemIds", "检查事项不可用: " + item.title());
			}
		}
	}

	/**
	 * A 重点检查 is targeted, not random: at least one named unit of the bureau's directory (or a bureau below it),
	 * each once and with a reason; no sample, scope or stages.
	 */
	private List<PlanTarget> validateTargets(Bureau bureau, PlanCommand cmd) {
		if (cmd.sampleSize() != null || cmd.sampleRatio() != null || cmd.stageOneCount() != null) {
			throw new BadRequestException("sampleSize", "重点检查由计划指定检查对象，不设抽取数量、比例或阶段");
		}
		if (notBlank(cmd.scopeRegions()) || notBlank(cmd.scopeIndustries()) || notBlank(cmd.scopeSizes())
				|| cmd.scopeOnlineOnly() || cmd.scopeRiskOnly() || cmd.riskWeight() != 1) {
			throw new BadRequestException("scopeRegions", "重点检查由计划指定检查对象，不设抽取范围和风险权重");
		}
		if (cmd.targets().isEmpty()) {
			throw new BadRequestException("targets", "重点检查须列明检查对象（统一社会信用代码）及列为重点的理由");
		}
		List<String> codes = cmd.targets().stream().map(t -> t.creditCode().strip().toUpperCase(java.util.Locale.ROOT)).toList();
		if (codes.stream().distinct().count() != codes.size()) {
			throw new BadRequestException("targets", "重点检查对象重复：同一单位只能列一次");
		}
		List<Long> scope = bureaus.bureaus().stream().filter(bureau::isAncestorOrSelf).map(Bureau::id).toList();
		Map<String, PlanTarget> found = enterprises.findByCreditCodes(scope, codes).stream()
			.map(e -> new PlanTarget(null, e.id(), e.creditCode(), e.name(), null))
			.collect(Collectors.toMap(PlanTarget::creditCode, t -> t, (a, b) -> a));
		List<PlanTarget> targets = new java.util.ArrayList<>();
		for (int n = 0; n < codes.size(); n++) {
			PlanTarget t = found.get(codes.get(n));
			if (t == null) {
				throw new BadRequestException("targets", "第" + (n + 1) + "个重点检查对象不在本局及下级的名录库中：" + codes.get(n));
			}
			targets.add(t.withReason(cmd.targets().get(n).reason().strip()));
		}
		validateItems(bureau, cmd);
		return targets;
	}

	private static boolean notBlank(String s) {
		return Texts.notBlank(s);
	}

	private InspectionPlan writable(CurrentUser user, long id) {
		InspectionPlan p = get(user, id);
		bureaus.ensureWritable(user, p.bureauId(), WHAT);
		return p;
	}

	private void transition(InspectionPlan p, PlanStatus from, PlanStatus to, String conflict) {
		requireStatus(p, from, conflict);
		if (mapper.updateStatus(p.id(), from, to, AppClock.now()) == 0) {
			throw new ConflictException(conflict);
		}
	}

	private static void requireStatus(InspectionPlan p, PlanStatus expected, String conflict) {
		if (p.status() != expected) {
			throw new ConflictException(conflict + "（当前状态：" + p.status().label() + "）");
		}
	}

	private void notifyRole(InspectionPlan p, Role role, String category, String title) {
		List<String> to = users.usersWithRole(p.bureauId(), role).stream().map(UserSummary::username).toList();
		notifications.send(p.bureauId(), to, new NotificationService.Message(category, title, p.planNumber(),
				"/inspection/plans/" + p.id(), SUBJECT, p.id()));
	}

	private void notifyUser(InspectionPlan p, String username, String category, String title) {
		notifications.send(p.bureauId(), List.of(username), new NotificationService.Message(category, title,
				p.planNumber(), "/inspection/plans/" + p.id(), SUBJECT, p.id()));
	}

}

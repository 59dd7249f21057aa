package cn.statenforce.rectification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.Texts;
import jakarta.validation.Validator;

/**
 * Working a measure: progress reports with evidence (by the unit's logins, or entered for the unit by the plan's
 * coordinator), completion (申请销号), sign-off or return (对账销号) by the responsible leader, deadline changes
 * approved by someone other than the requester, and the deadline clock with its cumulative overdue ladder
 * (reminder → overdue notice to the unit → warning to the responsible leader → accountability flag to the plan
 * leader; a check that finds a measure past several thresholds fires every lower level that has not fired, in order,
 * each once). Long-term measures have no deadline and are never overdue.
 */
@Service
public class MeasureService {

	public static final String SUBJECT_MEASURE = "RECTIFICATION_MEASURE";

	/** Escalation levels reached by the deadline clock. */
	static final int REMINDED = 1;

	static final int OVERDUE_NOTICE = 2;

	static final int LEADER_WARNED = 3;

	static final int ACCOUNTABILITY = 4;

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final RectificationStore store;

	private final RectificationProperties properties;

	private final RectificationWorkflow workflow;

	private final EvidenceTypes evidenceTypes;

	private final WorkingDayCalendar calendar;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final Validator validator;

	MeasureService(RectificationMapper mapper, RectificationAccess access, RectificationStore store,
			RectificationProperties properties, RectificationWorkflow workflow, EvidenceTypes evidenceTypes,
			WorkingDayCalendar calendar, ActivityLog activity, NotificationService notifications, Validator validator) {
		this.mapper = mapper;
		this.access = access;
		this.store = store;
		this.properties = properties;
		this.workflow = workflow;
		this.evidenceTypes = evidenceTypes;
		this.calendar = calendar;
		this.activity = activity;
		this.notifications = notifications;
		this.validator = validator;
	}

	// reading

	public Measure measure(CurrentUser user, long measureId) {
		return access.readableMeasure(user, measureId);
	}

	/** What the measure allows the user now (the page shows exactly these actions). */
	public Measure.Actions actions(CurrentUser user, Measure m) {
		Plan plan = mapper.selectPlan(m.planId());
		return m.actionsFor(plan, access.measureRole(user, plan, m));
	}

	/** Unchecked, for process expressions and delegates. */
	public Measure measureUnchecked(long measureId) {
		Measure m = mapper.selectMeasure(measureId);
		if (m == null) {
			throw new NotFoundException("整改措施不存在: " + measureId);
		}
		return m;
	}

	public List<Long> workableMeasureIds(long planId) {
		return mapper.selectWorkableMeasureIds(planId);
	}

	/** Who has the measure's work in 待办: the unit's logins, or the coordinator for a unit without one. */
	public List<String> workers(long measureId) {
		Measure m = measureUnchecked(measureId);
		return access.workers(mapper.selectPlan(m.planId()), m);
	}

	/** Who may sign the measure off now (never its submitter). */
	public List<String> signOffApprovers(long measureId) {
		Measure m = measureUnchecked(measureId);
		return access.signOffApprovers(mapper.selectPlan(m.planId()), m);
	}

	/** Who may decide the measure's pending deadline change (fixed when it was requested). */
	public List<String> deadlineChangeApprovers(long measureId) {
		DeadlineChange c = mapper.selectPendingDeadlineChange(measureId);
		return c == null ? List.of() : c.approverList();
	}

	public List<ProgressEntry> progress(CurrentUser user, long measureId) {
		access.readableMeasure(user, measureId);
		return mapper.selectProgress(measureId);
	}

	public List<Evidence> evidence(CurrentUser user, long measureId) {
		access.readableMeasure(user, measureId);
		return mapper.selectEvidence(List.of(measureId));
	}

	public List<DeadlineChange> deadlineChanges(CurrentUser user, long measureId) {
		access.readableMeasure(user, measureId);
		return mapper.selectDeadlineChanges(measureId);
	}

	public DeadlineChange deadlineChange(CurrentUser user, long changeId) {
		DeadlineChange c = mapper.selectDeadlineChange(changeId);
		if (c == null) {
			throw new NotFoundException("调整完成时限申请不存在或无权查看");
		}
		access.readableMeasure(user, c.measureId());
		return c;
	}

	public Problem problemOf(Measure m) {
		return mapper.selectProblem(m.problemId());
	}

	/** Whether the measure was returned and nothing new has been attached since: completion then needs a note. */
	public boolean needsNewEvidence(Measure m) {
		if (m.measureStatus() != MeasureStatus.RETURNED) {
			return false;
		}
		Long ret = mapper.selectLastProgressId(m.id(), "RETURN");
		return ret != null && mapper.countEvidenceAfter(m.id(), ret) == 0;
	}

	/** Allowed evidence types (Chinese labels) and the size limit, for the forms. */
	public String evidenceRule() {
		return "可上传" + String.join("、", evidenceTypes.allowedLabels()) + "，单个文件不超过" + evidenceTypes.limitText();
	}

	/** An evidence file and its bytes; the SHA-256 recorded at upload is checked before the bytes leave. */
	public record EvidenceFile(Evidence evidence, byte[] content) {
	}

	public EvidenceFile evidenceFile(CurrentUser user, long measureId, long evidenceId) {
		access.readableMeasure(user, measureId);
		Evidence e = mapper.selectEvidenceById(evidenceId);
		if (e == null || !e.measureId().equals(measureId)) {
			throw new NotFoundException("佐证材料不存在");
		}
		RectificationMapper.EvidenceContent c = mapper.selectEvidenceContent(evidenceId);
		if (!sha256(c.content()).equals(c.sha256())) {
			throw new IllegalStateException("佐证材料校验失败（SHA-256 不符）: " + evidenceId);
		}
		return new EvidenceFile(e, c.content());
	}

	// the unit's work

	/** 报告进展: the unit (or the coordinator for it) reports progress, optionally with evidence files. */
	@Transactional
	public ProgressEntry reportProgress(CurrentUser user, long measureId, String content, List<Upload> files) {
		Measure m = access.workedMeasure(user, measureId);
		Inputs.valid(validator, new RectificationCommands.Progress(content));
		Plan plan = mapper.selectPlan(m.planId());
		Measure next = m.progressed(content.trim());
		List<Checked> checked = check(files);
		long progressId = store.progress(user, m.id(), "PROGRESS", content.trim(), onBehalf(user, m));
		attach(user, m.id(), progressId, checked);
		store.save(m, next);
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_MEASURE, m.id(), "PROGRESS_REPORTED", null,
				content.trim() + evidenceNote(files) + behalfNote(user, m));
		return mapper.selectProgress(m.id()).stream().filter(p -> p.id() == progressId).findFirst().orElseThrow();
	}

	public Measure submitCompletion(CurrentUser user, long measureId, String content, List<Upload> files,
			String mechanismTitle, String mechanismContent) {
		return submitCompletion(user, measureId, content, files, mechanismTitle, mechanismContent, null);
	}

	/**
	 * 申请销号: the unit (or the coordinator for it) submits completion. Nothing closes without evidence, so the measure
	 * must hold at least one evidence file afterwards; after a return (退回) it needs new evidence or a note saying why
	 * the earlier files suffice; a long-term measure names the mechanism (长效机制) it establishes.
	 */
	@Transactional
	public Measure submitCompletion(CurrentUser user, long measureId, String content, List<Upload> files,
			String mechanismTitle, String mechanismContent, String keepEvidenceNote) {
		Measure m = access.workedMeasure(user, measureId);
		Plan plan = mapper.selectPlan(m.planId());
		Inputs.valid(validator, new RectificationCommands.Completion(content, mechanismTitle, mechanismContent, keepEvidenceNote));
		if (m.isLongTerm() && Texts.blankToNull(mechanismTitle) == null) {
			throw new BadRequestException("mechanismTitle", "长期坚持的措施须写明建立或修订的长效机制");
		}
		String note = Texts.blankToNull(keepEvidenceNote);
		Measure next = m.submitted(content.trim(), RectificationService.blank(mechanismTitle),
				RectificationService.blank(mechanismContent), AppClock.now());
		if (mapper.countPendingDeadlineChanges(m.id()) > 0) {
			throw new ConflictException("调整完成时限的申请尚待审批，审批后再申请销号");
		}
		int newFiles = files == null ? 0 : files.size();
		if (mapper.countEvidence(m.id()) + newFiles == 0) {
			throw new BadRequestException("files", "申请销号须上传佐证材料");
		}
		if (newFiles == 0 && needsNewEvidence(m) && note == null) {
			throw new BadRequestException("keepEvidenceNote", "该措施曾被退回：再次申请销号须上传新的佐证材料，或写明原有材料足以证明整改到位的理由");
		}
		List<Checked> checked = check(files);
		var task = workflow.requireMeasureTask(plan.processInstanceId(), RectificationProcess.TASK_WORK_MEASURE, m.id());
		String text = content.trim() + (newFiles == 0 && note != null ? "（沿用原佐证材料：" + note + "）" : "");
		long progressId = store.progress(user, m.id(), "COMPLETION", text, onBehalf(user, m));
		attach(user, m.id(), progressId, checked);
		Measure saved = store.save(m, next);
		workflow.complete(task, user.username(), Map.of());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_MEASURE, m.id(), "COMPLETION_SUBMITTED", null,
				text + evidenceNote(files) + behalfNote(user, m));
		notifications.send(plan.bureauId(), access.signOffApprovers(plan, saved), new Message("TASK", "整改措施申请销号",
				brief(m.ownerName() + "：" + m.content()), "/rectification/measures/" + m.id(), SUBJECT_MEASURE, m.id()));
		return saved;
	}

	/**
	 * 对账销号 or return: the responsible leader (the plan leader for a leader without a login; never the person who
	 * submitted the completion) signs off (a long-term measure records its mechanism, the problem closes when all
	 * its measures are signed off, the plan awaits its report when all problems are closed) or returns it with an
	 * opinion.
	 */
	@Transactional
	public Measure signOff(CurrentUser user, long measureId, boolean approve, String opinion) {
		Measure m = access.readableMeasure(user, measureId);
		Plan plan = mapper.selectPlan(m.planId());
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.MEASURE);
		if (m.measureStatus() != MeasureStatus.SUBMITTED) {
			throw new ConflictException("该措施未申请销号，当前状态：" + m.statusLabel());
		}
		if (!access.signOffApprovers(plan, m).contains(user.username())) {
			throw new ConflictException(user.username().equals(mapper.selectLastActor(m.id(), "COMPLETION"))
					? "不能对本人提交的销号申请对账销号" : "只有该措施的责任领导可以对账销号");
		}
		RectificationCommands.decide(validator, approve, opinion, "退回须写明意见");
		var task = workflow.requireMeasureTask(plan.processInstanceId(), RectificationProcess.TASK_SIGN_OFF, m.id());
		Measure saved;
		if (approve) {
			saved = approveSignOff(user, plan, m, opinion);
		}
		else {
			saved = store.save(m, m.returnedToUnit());
			store.progress(user, m.id(), "RETURN", opinion.trim(), null);
			activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_MEASURE, m.id(), "RETURNED", opinion.trim(), null);
			notifications.send(plan.bureauId(), access.unitRecipients(plan, m), new Message("TASK", "整改措施被退回",
					brief(opinion.trim()), "/rectification/measures/" + m.id(), SUBJECT_MEASURE, m.id()));
		}
		workflow.complete(task, user.username(), Map.of(RectificationProcess.VAR_SIGNED_OFF, approve));
		return saved;
	}

	private Measure approveSignOff(CurrentUser user, Plan plan, Measure m, String opinion) {
		String text = opinion == null || opinion.isBlank() ? "同意销号" : opinion.trim();
		Measure saved = store.save(m, m.signedOff(AppClock.now(), user.username()));
		store.progress(user, m.id(), "SIGN_OFF", text, null);
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_MEASURE, m.id(), "SIGNED_OFF", text, null);
		if (m.isLongTerm()) {
			recordMechanism(AuditActor.user(user), plan, m);
		}
		closeProblemIfDone(AuditActor.user(user), plan, m.problemId());
		return saved;
	}

	private void recordMechanism(AuditActor actor, Plan plan, Measure m) {
		Mechanism existing = mapper.selectMechanismByMeasure(m.id());
		if (existing != null) {
			// signed off again after a look-back: the mechanism is revised, not duplicated
			mapper.updateMechanismRevised(existing.id(), m.mechanismTitle(), m.mechanismContent(), AppClock.today(),
					AppClock.today().plusMonths(properties.mechanismReviewMonths()));
			activity.record(actor, plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "MECHANISM_REVISED", null,
					"长效机制：" + m.mechanismTitle());
			return;
		}
		var row = new RectificationMapper.MechanismRow();
		row.planId = plan.id();
		row.measureId = m.id();
		row.title = m.mechanismTitle();
		row.content = m.mechanismContent();
		row.establishedOn = AppClock.today();
		row.nextReviewOn = row.establishedOn.plusMonths(properties.mechanismReviewMonths());
		mapper.insertMechanism(row);
		activity.record(actor, plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "MECHANISM_RECORDED", null,
				"长效机制：" + row.title + "，下次评估 " + row.nextReviewOn);
	}

	void closeProblemIfDone(AuditActor actor, Plan plan, long problemId) {
		if (mapper.countUnsignedMeasures(problemId) > 0) {
			return;
		}
		if (mapper.updateProblemClosed(problemId, AppClock.now()) != 1) {
			throw new ConflictException("该问题刚被他人销号，请刷新后重试");
		}
		Problem p = mapper.selectProblem(problemId);
		activity.record(actor, plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "PROBLEM_CLOSED", null,
				"问题" + p.seq() + "已销号");
		Plan current = mapper.selectPlan(plan.id());
		if (mapper.countOpenProblems(plan.id()) == 0 && current.planStatus() == PlanStatus.IN_PROGRESS) {
			store.save(current, current.allProblemsClosed());
			activity.record(actor, plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "ALL_PROBLEMS_CLOSED", null,
					"全部问题已销号，整改报告时限 " + plan.reportDue());
			notifications.send(plan.bureauId(), List.of(plan.planLeader()), new Message("TASK", "全部问题已销号，请报送整改报告",
					brief(plan.title()), "/rectification/plans/" + plan.id(), RectificationService.SUBJECT_PLAN, plan.id()));
		}
	}

	/**
	 * Review of one long-term mechanism by a leader of the plan's bureau, part of the plan's open 长效机制定期评估
	 * step (409 when the plan's process does not wait there: the review is a decision of the process, not a call
	 * beside it); schedules the mechanism's next review. The step itself is completed by
	 * {@link RectificationService#reviewMechanisms}.
	 */
	@Transactional
	public Mechanism reviewMechanism(CurrentUser user, long mechanismId, String opinion) {
		return reviewMechanism(user, mechanismId, null, opinion);
	}

	/** {@link #reviewMechanism(CurrentUser, long, String)} on the version the user read (409 when stale). */
	@Transactional
	public Mechanism reviewMechanism(CurrentUser user, long mechanismId, Integer expectedVersion, String opinion) {
		Mechanism mech = mapper.selectMechanism(mechanismId);
		if (mech == null) {
			throw new NotFoundException("长效机制不存在或无权查看");
		}
		Plan plan = access.readablePlan(user, mech.planId());
		access.ensureWritable(user, plan.bureauId(), "长效机制");
		if (!mech.isActive()) {
			throw new ConflictException("该长效机制已停止跟踪");
		}
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("只有分管领导或局长可以评估长效机制");
		}
		Inputs.valid(validator, new RectificationCommands.MechanismReview(opinion));
		workflow.requirePlanTask(plan.processInstanceId(), RectificationProcess.TASK_REVIEW_MECHANISMS);
		LocalDate today = AppClock.today();
		int version = RowVersions.expected(expectedVersion, mech.rowVersion(), "该长效机制");
		RowVersions.written(mapper.updateMechanismReviewed(mechanismId, version, today,
				today.plusMonths(properties.mechanismReviewMonths())), "该长效机制");
		activity.record(AuditActor.user(user), plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "MECHANISM_REVIEWED", opinion.trim(),
				"长效机制：" + mech.title());
		return mapper.selectMechanism(mechanismId);
	}

	// deadline changes

	/**
	 * 申请调整完成时限: by the unit, the coordinator or the responsible leader, with a reason. The plan leader
	 * decides; when the plan leader asked, the director or the plan's other leaders do (nobody approves their own
	 * request). A long-term measure has no deadline to change.
	 */
	@Transactional
	public DeadlineChange requestDeadlineChange(CurrentUser user, long measureId, LocalDate newDeadline, String reason) {
		Measure m = access.readableMeasure(user, measureId);
		Plan plan = mapper.selectPlan(m.planId());
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.MEASURE);
		String me = user.username();
		if (!access.unitAccounts(m).contains(me) && !access.leaderAccounts(m).contains(me)
				&& !me.equals(plan.coordinatorOrLeader())) {
			throw new ConflictException("只有责任单位、整改联络人或责任领导可以申请调整完成时限");
		}
		if (m.isLongTerm()) {
			throw new ConflictException("长期坚持的措施不设完成时限");
		}
		Inputs.valid(validator, new RectificationCommands.DeadlineChangeRequest(newDeadline, reason));
		if (newDeadline == null || !newDeadline.isAfter(AppClock.today()) || newDeadline.equals(m.deadline())) {
			throw new BadRequestException("newDeadline", "新的完成时限应晚于今天且不同于原时限");
		}
		m.requireWorkable("调整完成时限");
		if (mapper.countPendingDeadlineChanges(m.id()) > 0) {
			throw new ConflictException("已有待审批的调整完成时限申请");
		}
		List<String> approvers = access.requestApprovers(plan, me);
		var row = new RectificationMapper.DeadlineChangeRow();
		row.measureId = m.id();
		row.oldDeadline = m.deadline();
		row.newDeadline = newDeadline;
		row.reason = reason.trim();
		row.requestedBy = me;
		row.requestedAt = AppClock.now();
		row.approvers = String.join(",", approvers);
		mapper.insertDeadlineChange(row);
		workflow.requestDeadlineChange(plan.processInstanceId(), m.id());
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_MEASURE, m.id(), "DEADLINE_CHANGE_REQUESTED", reason.trim(),
				m.deadline() + " → " + newDeadline);
		notifications.send(plan.bureauId(), approvers, new Message("TASK", "调整完成时限待审批",
				brief(m.content()), "/rectification/measures/" + m.id(), SUBJECT_MEASURE, m.id()));
		return mapper.selectDeadlineChange(row.id);
	}

	/** An approver other than the requester approves (the new deadline applies, the ladder restarts) or rejects. */
	@Transactional
	public DeadlineChange decideDeadlineChange(CurrentUser user, long changeId, boolean approve, String opinion) {
		DeadlineChange c = deadlineChange(user, changeId);
		Measure m = mapper.selectMeasure(c.measureId());
		Plan plan = mapper.selectPlan(m.planId());
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.MEASURE);
		if (!DeadlineChange.PENDING.equals(c.status())) {
			throw new ConflictException("该申请已审批");
		}
		if (user.username().equals(c.requestedBy())) {
			throw new ConflictException("不能审批本人提出的申请");
		}
		if (!c.approverList().contains(user.username())) {
			throw new ConflictException("只有方案责任领导（本人申请时为局长或方案的其他责任领导）可以审批");
		}
		RectificationCommands.decide(validator, approve, opinion, "不同意调整须写明意见");
		var task = workflow.requireMeasureTask(plan.processInstanceId(), RectificationProcess.TASK_APPROVE_DEADLINE_CHANGE,
				m.id());
		String text = RectificationService.blank(opinion);
		if (mapper.updateDeadlineChangeDecided(changeId, approve ? "APPROVED" : "REJECTED", user.username(), AppClock.now(), text) != 1) {
			throw new ConflictException("该申请已审批");
		}
		if (approve) {
			store.save(m, m.withDeadline(c.newDeadline()));
			store.progress(user, m.id(), "DEADLINE", "完成时限由 " + c.oldDeadline() + " 调整为 " + c.newDeadline() + "：" + c.reason(), null);
			workflow.measureTask(plan.processInstanceId(), RectificationProcess.TASK_WORK_MEASURE, m.id())
				.ifPresent(t -> workflow.setDue(t, endOfDay(c.newDeadline())));
		}
		activity.record(AuditActor.user(user), plan.bureauId(), SUBJECT_MEASURE, m.id(), approve ? "DEADLINE_CHANGED" : "DEADLINE_CHANGE_REJECTED",
				text, c.oldDeadline() + " → " + c.newDeadline());
		workflow.complete(task, user.username(), Map.of());
		notifications.send(plan.bureauId(), List.of(c.requestedBy()), new Message("INFO",
				approve ? "调整完成时限已批准" : "调整完成时限未批准", brief(m.content()), "/rectification/measures/" + m.id(),
				SUBJECT_MEASURE, m.id()));
		return mapper.selectDeadlineChange(changeId);
	}

	/**
	 * After a directory entry's logins changed: the open work and sign-off tasks of its measures are offered to whoever
	 * now acts for it (its logins, or the coordinator / plan leader when it has none).
	 */
	@Transactional
	public void refreshAssignments(long responsibleId) {
		for (Long id : mapper.selectWorkableMeasureIdsOfResponsible(responsibleId)) {
			Measure m = mapper.selectMeasure(id);
			Plan plan = mapper.selectPlan(m.planId());
			if (responsibleId == (m.ownerId() == null ? -1 : m.ownerId())) {
				workflow.measureTask(plan.processInstanceId(), RectificationProcess.TASK_WORK_MEASURE, m.id())
					.ifPresent(t -> workflow.offer(t, access.workers(plan, m)));
			}
			if (responsibleId == (m.leaderId() == null ? -1 : m.leaderId())) {
				workflow.measureTask(plan.processInstanceId(), RectificationProcess.TASK_SIGN_OFF, m.id())
					.ifPresent(t -> workflow.offer(t, access.signOffApprovers(plan, m)));
			}
		}
	}

	// the clock

	/**
	 * The deadline check run by the process while a measure is worked, on the working-day calendar: a reminder the
	 * configured working days before the deadline; once overdue a notice to the unit, after more overdue working
	 * days a warning to the responsible leader, later the accountability flag to the plan leader. The ladder is
	 * cumulative: a check that finds the measure past several thresholds (a plan registered late, a job executor that
	 * was down) fires every lower level not yet fired, in that order, each exactly once (the level is recorded with
	 * the notices in one transaction). A reminder is not sent for a measure already overdue. Long-term measures have
	 * no deadline and are never overdue.
	 */
	@Transactional
	public void checkDeadline(long measureId) {
		Measure m = measureUnchecked(measureId);
		if (!m.measureStatus().isWorkable() || m.deadline() == null) {
			return;
		}
		Plan plan = mapper.selectPlan(m.planId());
		LocalDate today = AppClock.today();
		int level = m.escalationLevel();
		String link = "/rectification/measures/" + m.id();
		if (!today.isAfter(m.deadline())) {
			int left = calendar.workingDaysBetween(today, m.deadline());
			if (left <= properties.reminderWorkingDays() && level < REMINDED) {
				notify(plan, m, access.unitRecipients(plan, m), "REMINDER", "整改措施临近完成时限",
						"还剩" + left + "个工作日（" + m.deadline() + "）", link);
				store.save(m, m.escalated(REMINDED, m.accountability()));
			}
			return;
		}
		int overdue = calendar.workingDaysBetween(m.deadline(), today);
		int target = overdue >= properties.accountabilityAfterWorkingDays() ? ACCOUNTABILITY
				: overdue >= properties.warningAfterWorkingDays() ? LEADER_WARNED : OVERDUE_NOTICE;
		if (level >= target) {
			return;
		}
		String late = "已逾期" + overdue + "个工作日（完成时限 " + m.deadline() + "）";
		for (int l = Math.max(level, REMINDED) + 1; l <= target; l++) {
			switch (l) {
				case OVERDUE_NOTICE -> notify(plan, m, access.unitRecipients(plan, m), "OVERDUE", "整改措施已逾期", late, link);
				case LEADER_WARNED -> notify(plan, m, access.leaderRecipients(plan, m), "URGE", "整改逾期警示",
						m.ownerName() + "的整改措施" + late, link);
				default -> notify(plan, m, List.of(plan.planLeader()), "ESCALATION", "整改逾期问责提示",
						m.ownerName() + "的整改措施" + late + "，请启动问责", link);
			}
		}
		store.save(m, m.escalated(target, m.accountability() || target >= ACCOUNTABILITY));
	}

	private void notify(Plan plan, Measure m, List<String> recipients, String category, String title, String body,
			String link) {
		notifications.send(plan.bureauId(), recipients,
				new Message(category, title, brief(m.content()) + "：" + body, link, SUBJECT_MEASURE, m.id()));
		activity.record(AuditActor.TIMER, plan.bureauId(), SUBJECT_MEASURE, m.id(), "DEADLINE_" + category, null,
				title + "：" + body + "（通知 " + String.join("、", recipients) + "）");
	}

	// helpers

	/** The unit's name when the coordinator enters for a unit that is not theirs. */
	private String onBehalf(CurrentUser user, Measure m) {
		return access.unitAccounts(m).contains(user.username()) ? null : m.ownerName();
	}

	private String behalfNote(CurrentUser user, Measure m) {
		String unit = onBehalf(user, m);
		return unit == null ? "" : "（整改联络人代" + unit + "录入）";
	}

	private record Checked(Upload upload, String type) {
	}

	/** All files are checked before anything is written (type by content, size, name length). */
	private List<Checked> check(List<Upload> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().map(f -> {
			if (f.fileName() != null && f.fileName().length() > 255) {
				throw new BadRequestException("files", "佐证材料文件名过长（不能超过255个字）");
			}
			return new Checked(f, evidenceTypes.check(f.fileName(), f.bytes()));
		}).toList();
	}

	private void attach(CurrentUser user, long measureId, long progressId, List<Checked> files) {
		for (Checked c : files) {
			Upload f = c.upload();
			var row = new RectificationMapper.EvidenceRow();
			row.measureId = measureId;
			row.progressId = progressId;
			row.fileName = f.fileName() == null || f.fileName().isBlank() ? "佐证材料" : f.fileName();
			row.contentType = c.type();
			row.sizeBytes = f.bytes().length;
			row.sha256 = sha256(f.bytes());
			row.content = f.bytes();
			row.uploadedBy = user.username();
			row.uploadedAt = AppClock.now();
			mapper.insertEvidence(row);
		}
	}

	private static String evidenceNote(List<Upload> files) {
		return files == null || files.isEmpty() ? "" : "（佐证材料" + files.size() + "份）";
	}

	/** Notices hold 1000 characters; a measure text may hold 2000. */
	static String brief(String s) {
		return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static Date endOfDay(LocalDate d) {
		return AppClock.endOf(d);
	}

}

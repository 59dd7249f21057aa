package cn.statenforce.rectification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;

/**
 * Working a measure: progress reports with evidence, completion (申请销号), sign-off or return by the
 * responsible leader (对账销号), deadline changes approved by the plan leader, and the deadline clock with
 * its overdue ladder (reminder → overdue notice → warning to the leader → accountability flag).
 */
@Service
public class MeasureService {

	static final String SUBJECT_MEASURE = "RECTIFICATION_MEASURE";

	/** Escalation levels reached by the deadline clock. */
	static final int REMINDED = 1;

	static final int OVERDUE_NOTICE = 2;

	static final int LEADER_WARNED = 3;

	static final int ACCOUNTABILITY = 4;

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final RectificationProperties properties;

	private final RectificationWorkflow workflow;

	private final WorkingDayCalendar calendar;

	private final ActivityLog activity;

	private final NotificationService notifications;

	MeasureService(RectificationMapper mapper, RectificationAccess access, RectificationProperties properties,
			RectificationWorkflow workflow, WorkingDayCalendar calendar, ActivityLog activity,
			NotificationService notifications) {
		this.mapper = mapper;
		this.access = access;
		this.properties = properties;
		this.workflow = workflow;
		this.calendar = calendar;
		this.activity = activity;
		this.notifications = notifications;
	}

	// reading

	public Measure measure(CurrentUser user, long measureId) {
		return access.readableMeasure(user, measureId);
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

	/** 报告进展: the responsible unit reports progress, optionally with evidence files. */
	@Transactional
	public ProgressEntry reportProgress(CurrentUser user, long measureId, String content, List<Upload> files) {
		Measure m = workableOwned(user, measureId);
		RectificationService.require(content, "content", "请填写整改进展");
		long progressId = progress(m.id(), "PROGRESS", content.trim());
		attach(user, m.id(), progressId, files);
		mapper.updateMeasureProgress(m.id(), content.trim());
		activity.record(bureauOf(m), SUBJECT_MEASURE, m.id(), "PROGRESS_REPORTED", null,
				content.trim() + evidenceNote(files));
		return mapper.selectProgress(m.id()).stream().filter(p -> p.id() == progressId).findFirst().orElseThrow();
	}

	/**
	 * 申请销号: the unit submits completion. Nothing closes without evidence, so the measure must hold at least
	 * one evidence file afterwards; a long-term measure names the mechanism (长效机制) it establishes.
	 */
	@Transactional
	public Measure submitCompletion(CurrentUser user, long measureId, String content, List<Upload> files,
			String mechanismTitle, String mechanismContent) {
		Measure m = workableOwned(user, measureId);
		RectificationService.require(content, "content", "请填写整改完成情况");
		if (m.isLongTerm()) {
			RectificationService.require(mechanismTitle, "mechanismTitle", "长期坚持的措施须写明建立或修订的长效机制");
		}
		RectificationService.optional(mechanismTitle, "mechanismTitle", 300);
		RectificationService.optional(mechanismContent, "mechanismContent", 2000);
		if (mapper.countPendingDeadlineChanges(m.id()) > 0) {
			throw new ConflictException("调整完成时限的申请尚待方案责任领导审批，审批后再申请销号");
		}
		if (mapper.countEvidence(m.id()) + (files == null ? 0 : files.size()) == 0) {
			throw new BadRequestException("files", "申请销号须上传佐证材料");
		}
		var task = workflow.requireMeasureTask(processOf(m), RectificationProcess.TASK_WORK_MEASURE, m.id(), "落实整改措施");
		long progressId = progress(m.id(), "COMPLETION", content.trim());
		attach(user, m.id(), progressId, files);
		mapper.updateMeasureProgress(m.id(), content.trim());
		if (mapper.updateMeasureSubmitted(m.id(), RectificationService.blank(mechanismTitle),
				RectificationService.blank(mechanismContent), AppClock.now()) != 1) {
			throw new ConflictException("该措施已申请销号");
		}
		workflow.complete(task, Map.of());
		activity.record(bureauOf(m), SUBJECT_MEASURE, m.id(), "COMPLETION_SUBMITTED", null, content.trim() + evidenceNote(files));
		notifications.send(bureauOf(m), List.of(m.leaderUsername()), new Message("TASK", "整改措施申请销号",
				m.ownerName() + "：" + m.content(), "/rectification/measures/" + m.id(), SUBJECT_MEASURE, m.id()));
		return mapper.selectMeasure(m.id());
	}

	/**
	 * 对账销号 or return: the responsible leader signs off (a long-term measure records its mechanism, the
	 * problem closes when all its measures are signed off, the plan awaits its report when all problems are
	 * closed) or returns it with an opinion.
	 */
	@Transactional
	public Measure signOff(CurrentUser user, long measureId, boolean approve, String opinion) {
		Measure m = access.readableMeasure(user, measureId);
		Plan plan = mapper.selectPlan(m.planId());
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.MEASURE);
		if (!user.username().equals(m.leaderUsername())) {
			throw new ConflictException("只有该措施的责任领导可以对账销号");
		}
		if (m.measureStatus() != MeasureStatus.SUBMITTED) {
			throw new ConflictException("该措施未申请销号，当前状态：" + m.statusLabel());
		}
		if (!approve) {
			RectificationService.require(opinion, "opinion", "退回须写明意见");
		}
		RectificationService.optional(opinion, "opinion", 1000);
		var task = workflow.requireMeasureTask(plan.processInstanceId(), RectificationProcess.TASK_SIGN_OFF, m.id(), "对账销号");
		if (approve) {
			approveSignOff(user, plan, m, opinion);
		}
		else {
			mapper.updateMeasureStatus(m.id(), List.of(MeasureStatus.SUBMITTED.name()), MeasureStatus.RETURNED.name());
			progress(m.id(), "RETURN", opinion.trim());
			activity.record(plan.bureauId(), SUBJECT_MEASURE, m.id(), "RETURNED", opinion.trim(), null);
			notifications.send(plan.bureauId(), List.of(m.ownerUsername()), new Message("TASK", "整改措施被退回",
					opinion.trim(), "/rectification/measures/" + m.id(), SUBJECT_MEASURE, m.id()));
		}
		workflow.complete(task, Map.of(RectificationProcess.VAR_SIGNED_OFF, approve));
		return mapper.selectMeasure(m.id());
	}

	private void approveSignOff(CurrentUser user, Plan plan, Measure m, String opinion) {
		String text = opinion == null || opinion.isBlank() ? "同意销号" : opinion.trim();
		if (mapper.updateMeasureSignedOff(m.id(), AppClock.now(), user.username()) != 1) {
			throw new ConflictException("该措施已销号");
		}
		progress(m.id(), "SIGN_OFF", text);
		activity.record(plan.bureauId(), SUBJECT_MEASURE, m.id(), "SIGNED_OFF", text, null);
		if (m.isLongTerm()) {
			recordMechanism(plan, m);
		}
		closeProblemIfDone(plan, m.problemId());
	}

	private void recordMechanism(Plan plan, Measure m) {
		Mechanism existing = mapper.selectMechanismByMeasure(m.id());
		if (existing != null) {
			// signed off again after a look-back: the mechanism is revised, not duplicated
			mapper.updateMechanismRevised(existing.id(), m.mechanismTitle(), m.mechanismContent(), AppClock.today(),
					AppClock.today().plusMonths(properties.mechanismReviewMonths()));
			activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "MECHANISM_REVISED", null,
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
		activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "MECHANISM_RECORDED", null,
				"长效机制：" + row.title + "，下次评估 " + row.nextReviewOn);
	}

	void closeProblemIfDone(Plan plan, long problemId) {
		if (mapper.countUnsignedMeasures(problemId) > 0) {
			return;
		}
		mapper.updateProblemClosed(problemId, AppClock.now());
		Problem p = mapper.selectProblem(problemId);
		activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "PROBLEM_CLOSED", null,
				"问题" + p.seq() + "已销号");
		if (mapper.countOpenProblems(plan.id()) == 0
				&& mapper.updatePlanStatus(plan.id(), PlanStatus.IN_PROGRESS.name(), PlanStatus.REPORT_PENDING.name()) == 1) {
			activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "ALL_PROBLEMS_CLOSED", null,
					"全部问题已销号，整改报告时限 " + plan.reportDue());
			notifications.send(plan.bureauId(), List.of(plan.planLeader()), new Message("TASK", "全部问题已销号，请报送整改报告",
					plan.title(), "/rectification/plans/" + plan.id(), RectificationService.SUBJECT_PLAN, plan.id()));
		}
	}

	/** Periodic review of a long-term mechanism by a leader of the plan's bureau; schedules the next review. */
	@Transactional
	public Mechanism reviewMechanism(CurrentUser user, long mechanismId, String opinion) {
		Mechanism mech = mapper.selectMechanism(mechanismId);
		if (mech == null) {
			throw new NotFoundException("长效机制不存在或无权查看");
		}
		Plan plan = access.readablePlan(user, mech.planId());
		access.ensureWritable(user, plan.bureauId(), "长效机制");
		if (!mech.isActive()) {
			throw new ConflictException("该长效机制已停止跟踪");
		}
		if (!user.hasAnyRole(cn.statenforce.organization.Role.LEADER, cn.statenforce.organization.Role.DIRECTOR)) {
			throw new cn.statenforce.shared.ForbiddenException("只有分管领导或局长可以评估长效机制");
		}
		RectificationService.require(opinion, "opinion", "请填写评估意见");
		LocalDate today = AppClock.today();
		mapper.updateMechanismReviewed(mechanismId, today, today.plusMonths(properties.mechanismReviewMonths()));
		activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "MECHANISM_REVIEWED", opinion.trim(),
				"长效机制：" + mech.title());
		return mapper.selectMechanism(mechanismId);
	}

	// deadline changes

	/** 申请调整完成时限: by the unit or the responsible leader, with a reason; the plan leader decides. */
	@Transactional
	public DeadlineChange requestDeadlineChange(CurrentUser user, long measureId, LocalDate newDeadline, String reason) {
		Measure m = access.readableMeasure(user, measureId);
		Plan plan = mapper.selectPlan(m.planId());
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.MEASURE);
		if (!user.username().equals(m.ownerUsername()) && !user.username().equals(m.leaderUsername())) {
			throw new ConflictException("只有责任单位或责任领导可以申请调整完成时限");
		}
		RectificationService.require(reason, "reason", "调整完成时限须说明理由");
		if (newDeadline == null || !newDeadline.isAfter(AppClock.today()) || newDeadline.equals(m.deadline())) {
			throw new BadRequestException("newDeadline", "新的完成时限应晚于今天且不同于原时限");
		}
		if (!m.measureStatus().isWorkable()) {
			throw new ConflictException("该措施当前不能调整完成时限：" + m.statusLabel());
		}
		if (mapper.countPendingDeadlineChanges(m.id()) > 0) {
			throw new ConflictException("已有待审批的调整完成时限申请");
		}
		var row = new RectificationMapper.DeadlineChangeRow();
		row.measureId = m.id();
		row.oldDeadline = m.deadline();
		row.newDeadline = newDeadline;
		row.reason = reason.trim();
		row.requestedBy = user.username();
		row.requestedAt = AppClock.now();
		mapper.insertDeadlineChange(row);
		workflow.requestDeadlineChange(plan.processInstanceId(), m.id());
		activity.record(plan.bureauId(), SUBJECT_MEASURE, m.id(), "DEADLINE_CHANGE_REQUESTED", reason.trim(),
				m.deadline() + " → " + newDeadline);
		notifications.send(plan.bureauId(), List.of(plan.planLeader()), new Message("TASK", "调整完成时限待审批",
				m.content(), "/rectification/measures/" + m.id(), SUBJECT_MEASURE, m.id()));
		return mapper.selectDeadlineChange(row.id);
	}

	/** The plan leader approves (the new deadline applies, the overdue ladder restarts) or rejects with an opinion. */
	@Transactional
	public DeadlineChange decideDeadlineChange(CurrentUser user, long changeId, boolean approve, String opinion) {
		DeadlineChange c = deadlineChange(user, changeId);
		Measure m = mapper.selectMeasure(c.measureId());
		Plan plan = access.ledPlan(user, m.planId());
		if (!DeadlineChange.PENDING.equals(c.status())) {
			throw new ConflictException("该申请已审批");
		}
		if (!approve) {
			RectificationService.require(opinion, "opinion", "不同意调整须写明意见");
		}
		RectificationService.optional(opinion, "opinion", 1000);
		var task = workflow.requireMeasureTask(plan.processInstanceId(), RectificationProcess.TASK_APPROVE_DEADLINE_CHANGE,
				m.id(), "审批调整完成时限");
		String text = RectificationService.blank(opinion);
		mapper.updateDeadlineChangeDecided(changeId, approve ? "APPROVED" : "REJECTED", user.username(), AppClock.now(), text);
		if (approve) {
			mapper.updateMeasureDeadline(m.id(), c.newDeadline());
			progress(m.id(), "DEADLINE", "完成时限由 " + c.oldDeadline() + " 调整为 " + c.newDeadline() + "：" + c.reason());
			workflow.measureTask(plan.processInstanceId(), RectificationProcess.TASK_WORK_MEASURE, m.id())
				.ifPresent(t -> workflow.setDue(t, endOfDay(c.newDeadline())));
		}
		activity.record(plan.bureauId(), SUBJECT_MEASURE, m.id(), approve ? "DEADLINE_CHANGED" : "DEADLINE_CHANGE_REJECTED",
				text, c.oldDeadline() + " → " + c.newDeadline());
		workflow.complete(task, Map.of());
		notifications.send(plan.bureauId(), List.of(c.requestedBy()), new Message("INFO",
				approve ? "调整完成时限已批准" : "调整完成时限未批准", m.content(), "/rectification/measures/" + m.id(),
				SUBJECT_MEASURE, m.id()));
		return mapper.selectDeadlineChange(changeId);
	}

	// the clock

	/**
	 * The deadline check run by the process while a measure is worked, on the working-day calendar: a reminder
	 * the configured working days before the deadline; once overdue a notice to the unit, after more overdue
	 * working days a warning to the responsible leader, and later the accountability flag to the plan leader.
	 * Each step is sent once (the level is recorded) and logged.
	 */
	@Transactional
	public void checkDeadline(long measureId) {
		Measure m = measureUnchecked(measureId);
		if (!m.measureStatus().isWorkable()) {
			return;
		}
		Plan plan = mapper.selectPlan(m.planId());
		LocalDate today = AppClock.today();
		int left = calendar.workingDaysBetween(today, m.deadline());
		int level = m.escalationLevel();
		String link = "/rectification/measures/" + m.id();
		if (!today.isAfter(m.deadline())) {
			if (left <= properties.reminderWorkingDays() && level < REMINDED) {
				escalate(plan, m, REMINDED, false, m.ownerUsername(), "REMINDER", "整改措施临近完成时限",
						"还剩" + left + "个工作日（" + m.deadline() + "）", link);
			}
			return;
		}
		int overdue = calendar.workingDaysBetween(m.deadline(), today);
		if (overdue >= properties.accountabilityAfterWorkingDays() && level < ACCOUNTABILITY) {
			escalate(plan, m, ACCOUNTABILITY, true, plan.planLeader(), "ESCALATION", "整改逾期问责提示",
					m.ownerName() + "的整改措施已逾期" + overdue + "个工作日，请启动问责", link);
		}
		else if (overdue >= properties.warningAfterWorkingDays() && level < LEADER_WARNED) {
			escalate(plan, m, LEADER_WARNED, m.accountability(), m.leaderUsername(), "URGE", "整改逾期警示",
					m.ownerName() + "的整改措施已逾期" + overdue + "个工作日", link);
		}
		else if (level < OVERDUE_NOTICE) {
			escalate(plan, m, OVERDUE_NOTICE, m.accountability(), m.ownerUsername(), "OVERDUE", "整改措施已逾期",
					"完成时限 " + m.deadline() + "，已逾期" + overdue + "个工作日", link);
		}
	}

	private void escalate(Plan plan, Measure m, int level, boolean accountability, String recipient, String category,
			String title, String body, String link) {
		mapper.updateMeasureEscalation(m.id(), level, accountability);
		if (recipient != null) {
			notifications.send(plan.bureauId(), List.of(recipient),
					new Message(category, title, m.content() + "：" + body, link, SUBJECT_MEASURE, m.id()));
		}
		activity.record(plan.bureauId(), SUBJECT_MEASURE, m.id(), "DEADLINE_" + category, null, title + "：" + body);
	}

	// helpers

	private Measure workableOwned(CurrentUser user, long measureId) {
		Measure m = access.ownedMeasure(user, measureId);
		if (!m.measureStatus().isWorkable()) {
			throw new ConflictException("该措施当前状态为“" + m.statusLabel() + "”，不能办理");
		}
		return m;
	}

	private long progress(long measureId, String kind, String content) {
		var row = new RectificationMapper.ProgressRow();
		row.measureId = measureId;
		row.kind = kind;
		row.content = content;
		actor(row);
		mapper.insertProgress(row);
		return row.id;
	}

	static void actor(RectificationMapper.ProgressRow row) {
		CurrentUser u = CurrentUsers.find().orElse(null);
		row.actor = u == null ? ActivityLog.SYSTEM : u.username();
		row.actorName = u == null ? "系统" : u.displayName();
		row.occurredAt = AppClock.now();
	}

	private void attach(CurrentUser user, long measureId, long progressId, List<Upload> files) {
		if (files == null) {
			return;
		}
		for (Upload f : files) {
			if (f.bytes() == null || f.bytes().length == 0) {
				throw new BadRequestException("files", "佐证材料文件为空：" + f.fileName());
			}
			if (f.bytes().length > properties.maxEvidenceBytes()) {
				throw new BadRequestException("files", "佐证材料过大：" + f.fileName());
			}
			if (f.fileName() != null && f.fileName().length() > 255) {
				throw new BadRequestException("files", "佐证材料文件名过长");
			}
			var row = new RectificationMapper.EvidenceRow();
			row.measureId = measureId;
			row.progressId = progressId;
			row.fileName = f.fileName() == null || f.fileName().isBlank() ? "佐证材料" : f.fileName();
			row.contentType = f.contentType() != null && f.contentType().matches("[\\w.+-]{1,40}/[\\w.+-]{1,50}")
					? f.contentType() : "application/octet-stream";
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

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private long bureauOf(Measure m) {
		return mapper.selectPlan(m.planId()).bureauId();
	}

	private String processOf(Measure m) {
		return mapper.selectPlan(m.planId()).processInstanceId();
	}

	static Date endOfDay(LocalDate d) {
		return Date.from(LocalDateTime.of(d, LocalTime.of(23, 59, 59)).atZone(AppClock.ZONE).toInstant());
	}

}

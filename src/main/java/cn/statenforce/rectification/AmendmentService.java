package cn.statenforce.rectification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
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
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;

/**
 * 变更 after publication: a leader of the bureau asks to change a measure's text, unit or leader, or a problem's
 * text, with a reason; the change applies only when an approver other than the requester approves it in the task
 * {@code Task_ApproveAmendment} (in 待办). Old and new values stay recorded; a new unit or leader also takes over the
 * measure's open tasks.
 */
@Service
public class AmendmentService {

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final RectificationStore store;

	private final RectificationService plans;

	private final ResponsibleDirectory directory;

	private final RectificationWorkflow workflow;

	private final ActivityLog activity;

	private final NotificationService notifications;

	AmendmentService(RectificationMapper mapper, RectificationAccess access, RectificationStore store,
			RectificationService plans, ResponsibleDirectory directory, RectificationWorkflow workflow, ActivityLog activity,
			NotificationService notifications) {
		this.mapper = mapper;
		this.access = access;
		this.store = store;
		this.plans = plans;
		this.directory = directory;
		this.workflow = workflow;
		this.activity = activity;
		this.notifications = notifications;
	}

	public Amendment amendment(CurrentUser user, long id) {
		Amendment a = mapper.selectAmendment(id);
		if (a == null) {
			throw new NotFoundException("变更申请不存在或无权查看");
		}
		access.readablePlan(user, a.planId());
		return a;
	}

	/** Unchecked, for process expressions. */
	public List<String> approvers(long amendmentId) {
		Amendment a = mapper.selectAmendment(amendmentId);
		return a == null ? List.of() : a.approverList();
	}

	/** 申请变更 of a published measure: new text, unit and/or leader with a reason. */
	@Transactional
	public Amendment requestMeasureAmendment(CurrentUser user, long measureId, AmendmentCommand cmd) {
		Measure m = access.readableMeasure(user, measureId);
		Plan plan = runningPlan(user, m.planId());
		if (!m.actionsFor(plan, access.measureRole(user, plan, m)).amend()) {
			throw new ConflictException(m.measureStatus() == MeasureStatus.SIGNED_OFF ? "该措施已销号，不能再变更" : "该措施有待审批的变更申请");
		}
		plans.valid(cmd);
		String text = RectificationService.blank(cmd.content());
		Responsible owner = RectificationService.blank(cmd.owner()) == null ? null : plans.resolveOwner(plan, cmd.owner(), user);
		Responsible leader = RectificationService.blank(cmd.leader()) == null ? null : plans.resolveLeader(plan, cmd.leader(), user);
		boolean textChanged = text != null && !text.equals(m.content());
		boolean ownerChanged = owner != null && !owner.id().equals(m.ownerId());
		boolean leaderChanged = leader != null && !leader.id().equals(m.leaderId());
		if (!textChanged && !ownerChanged && !leaderChanged) {
			throw new BadRequestException("content", "变更内容与现有内容相同");
		}
		var row = new RectificationMapper.AmendmentRow();
		row.planId = plan.id();
		row.measureId = m.id();
		row.oldText = textChanged ? m.content() : null;
		row.newText = textChanged ? text : null;
		row.oldOwnerId = ownerChanged ? m.ownerId() : null;
		row.newOwnerId = ownerChanged ? owner.id() : null;
		row.oldLeaderId = leaderChanged ? m.leaderId() : null;
		row.newLeaderId = leaderChanged ? leader.id() : null;
		return insert(user, plan, row, cmd.reason().trim(), "整改措施" + m.seq());
	}

	/** 申请变更 of a published problem's text. */
	@Transactional
	public Amendment requestProblemAmendment(CurrentUser user, long problemId, String description, String reason) {
		Problem p = mapper.selectProblem(problemId);
		if (p == null) {
			throw new NotFoundException("问题不存在或无权查看");
		}
		Plan plan = runningPlan(user, p.planId());
		plans.valid(new RectificationCommands.ProblemAmendment(description, reason));
		if (description.trim().equals(p.description())) {
			throw new BadRequestException("description", "变更内容与现有内容相同");
		}
		if (mapper.countPendingAmendments(null, problemId) > 0) {
			throw new ConflictException("该问题有待审批的变更申请");
		}
		var row = new RectificationMapper.AmendmentRow();
		row.planId = plan.id();
		row.problemId = problemId;
		row.oldText = p.description();
		row.newText = description.trim();
		return insert(user, plan, row, reason.trim(), "问题" + p.seq());
	}

	private Plan runningPlan(CurrentUser user, long planId) {
		Plan plan = access.readablePlan(user, planId);
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.PLAN);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("只有分管领导或局长可以申请变更整改方案");
		}
		if (!plan.actionsFor(access.planRole(user, plan)).amend()) {
			throw new ConflictException(plan.isDraft() ? "整改方案尚未发布，可直接修改" : "整改方案当前状态为“" + plan.statusLabel() + "”，不能变更");
		}
		return plan;
	}

	private Amendment insert(CurrentUser user, Plan plan, RectificationMapper.AmendmentRow row, String reason, String what) {
		List<String> approvers = access.requestApprovers(plan, user.username());
		row.reason = reason;
		row.requestedBy = user.username();
		row.requestedAt = AppClock.now();
		row.approvers = String.join(",", approvers);
		mapper.insertAmendment(row);
		workflow.requestAmendment(plan.processInstanceId(), row.id);
		activity.record(AuditActor.user(user), plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "AMENDMENT_REQUESTED", reason,
				what + "：" + describe(mapper.selectAmendment(row.id)));
		notifications.send(plan.bureauId(), approvers, new Message("TASK", "整改方案变更待审批", what + "：" + MeasureService.brief(reason),
				"/rectification/plans/" + plan.id(), RectificationService.SUBJECT_PLAN, plan.id()));
		return mapper.selectAmendment(row.id);
	}

	/** 审批变更: an approver other than the requester approves (the change applies) or rejects with an opinion. */
	@Transactional
	public Amendment decide(CurrentUser user, long amendmentId, boolean approve, String opinion) {
		Amendment a = amendment(user, amendmentId);
		Plan plan = mapper.selectPlan(a.planId());
		access.ensureWritable(user, plan.bureauId(), RectificationAccess.PLAN);
		if (!a.isPending()) {
			throw new ConflictException("该变更申请已审批");
		}
		if (user.username().equals(a.requestedBy())) {
			throw new ConflictException("不能审批本人提出的变更申请");
		}
		if (!a.approverList().contains(user.username())) {
			throw new ConflictException("只有方案责任领导（本人申请时为局长或方案的其他责任领导）可以审批变更");
		}
		plans.decide(approve, opinion, "不同意变更须写明意见");
		String text = RectificationService.blank(opinion);
		var task = workflow.amendmentTask(plan.processInstanceId(), amendmentId)
			.orElseThrow(() -> new ConflictException("当前不在“审批变更”环节"));
		if (mapper.updateAmendmentDecided(amendmentId, approve ? "APPROVED" : "REJECTED", user.username(), AppClock.now(), text) != 1) {
			throw new ConflictException("该变更申请已审批");
		}
		if (approve) {
			apply(user, plan, a);
		}
		activity.record(AuditActor.user(user), plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(),
				approve ? "AMENDMENT_APPROVED" : "AMENDMENT_REJECTED", text, describe(a));
		workflow.complete(task, user.username(), Map.of());
		notifications.send(plan.bureauId(), List.of(a.requestedBy()), new Message("INFO", approve ? "变更已批准" : "变更未批准",
				MeasureService.brief(describe(a)), "/rectification/plans/" + plan.id(), RectificationService.SUBJECT_PLAN, plan.id()));
		return mapper.selectAmendment(amendmentId);
	}

	private void apply(CurrentUser user, Plan plan, Amendment a) {
		if (a.measureId() == null) {
			Problem p = mapper.selectProblem(a.problemId());
			RowVersions.written(mapper.updateProblemText(p.id(), p.rowVersion(), p.aspectId(), a.newText()), "该问题");
			return;
		}
		Measure m = mapper.selectMeasure(a.measureId());
		Responsible owner = a.newOwnerId() == null ? null : directory.entry(a.newOwnerId());
		Responsible leader = a.newLeaderId() == null ? null : directory.entry(a.newLeaderId());
		Measure saved = store.save(m, m.amended(a.newText() != null ? a.newText() : m.content(),
				owner != null ? owner.id() : m.ownerId(), owner != null ? owner.name() : m.ownerName(),
				leader != null ? leader.id() : m.leaderId(), leader != null ? leader.name() : m.leaderName()));
		store.progress(user, m.id(), "AMENDMENT", "经审批变更：" + describe(a) + "（理由：" + a.reason() + "）", null);
		if (owner != null) {
			workflow.measureTask(plan.processInstanceId(), RectificationProcess.TASK_WORK_MEASURE, m.id())
				.ifPresent(t -> workflow.offer(t, access.workers(plan, saved)));
			notifications.send(plan.bureauId(), access.unitRecipients(plan, saved), new Message("TASK", "整改任务已变更由你单位落实",
					MeasureService.brief(saved.content()), "/rectification/measures/" + m.id(), MeasureService.SUBJECT_MEASURE, m.id()));
		}
		if (leader != null) {
			workflow.measureTask(plan.processInstanceId(), RectificationProcess.TASK_SIGN_OFF, m.id())
				.ifPresent(t -> workflow.offer(t, access.signOffApprovers(plan, saved)));
		}
	}

	/** The change in words: 措施内容、责任单位 A → B、责任领导 C → D. */
	public String describe(Amendment a) {
		List<String> parts = new java.util.ArrayList<>();
		if (a.newText() != null) {
			parts.add((a.measureId() == null ? "问题描述" : "措施内容") + "“" + MeasureService.brief(a.oldText()) + "”→“"
					+ MeasureService.brief(a.newText()) + "”");
		}
		if (a.newOwnerId() != null) {
			parts.add("责任单位 " + name(a.oldOwnerId()) + " → " + name(a.newOwnerId()));
		}
		if (a.newLeaderId() != null) {
			parts.add("责任领导 " + name(a.oldLeaderId()) + " → " + name(a.newLeaderId()));
		}
		return String.join("；", parts);
	}

	private String name(Long id) {
		return id == null ? "（无）" : Objects.requireNonNullElse(directory.entry(id).name(), "");
	}

}

package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.process.CaseWorkflow;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.Texts;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE;

/**
 * The plumbing every step of the case shares, kept in one place: lock the case and check scope (404/403), then
 * the shared task step through the case's gateway (the task is the process's current one and offered to the user,
 * 409), then save the case, record the opinion and the timeline entry and complete the task. The stage services call it inside their own transaction, so a
 * refused step changes nothing.
 */
@Component
class CaseTasks {

	static final String WHAT = "案件";

	private final EnforcementCaseMapper mapper;
	private final CaseWorkflow workflow;
	private final BureauService bureaus;
	private final UserService users;
	private final ActivityLog activity;

	CaseTasks(EnforcementCaseMapper mapper, CaseWorkflow workflow, BureauService bureaus, UserService users,
			ActivityLog activity) {
		this.mapper = mapper;
		this.workflow = workflow;
		this.bureaus = bureaus;
		this.users = users;
		this.activity = activity;
	}

	/** A step in progress: the locked case and the task the user completes. */
	record Step(EnforcementCase c, Task task, CurrentUser user) {
	}

	/**
	 * Locks the case, checks the user may change it (404/403), that the task is the current step (409: out of
	 * order or done already) and that it is offered to or held by the user (409: wrong user).
	 */
	Step begin(CurrentUser user, long id, String taskKey) {
		EnforcementCase c = lockWritable(user, id);
		return new Step(c, workflow.current(user, c.getProcessInstanceId(), taskKey), user);
	}

	/** Saves the case, records opinion and timeline, claims the task if need be and completes it. */
	void finish(Step s, OpinionKind kind, Boolean approved, String text, Map<String, Object> vars) {
		save(s.c());
		opinion(s.c(), kind, s.user().username(), s.user().displayName(), approved, text);
		log(AuditActor.user(s.user()), s.c(), kind.name(), text, s.task().getName() + (approved == null ? "" : approved ? "：同意" : "：不同意/退回"));
		workflow.complete(s.user(), s.task(), vars);
	}

	EnforcementCase lockWritable(CurrentUser user, long id) {
		EnforcementCase c = mapper.selectForUpdate(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureWritable(user, c.getBureauId(), WHAT);
		return c;
	}

	/** For delegates and hand-over callbacks, which act for the system. */
	EnforcementCase lockUnchecked(long id) {
		EnforcementCase c = mapper.selectForUpdate(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在: " + id);
		}
		return c;
	}

	/** Writes the case under optimistic locking (409 when someone else changed it meanwhile). */
	void save(EnforcementCase c) {
		c.touch(AppClock.now());
		if (mapper.updateCase(c) != 1) {
			throw new ConflictException("该案件刚被其他用户修改，请刷新后重试");
		}
		c.saved();
	}

	void opinion(EnforcementCase c, OpinionKind kind, String actor, String actorName, Boolean approved, String text) {
		mapper.insertOpinion(new CaseParts.Opinion(null, c.getId(), kind.name(), actor, actorName, approved, text,
				AppClock.now()));
	}

	/** A timeline entry on the case by {@code actor}: the user of the step, or the named system actor of a delegate. */
	void log(AuditActor actor, EnforcementCase c, String action, String opinion, String detail) {
		activity.record(actor, c.getBureauId(), SUBJECT_TYPE, c.getId(), action, opinion, detail);
	}

	/** Enforcement steps need an inspector with a certificate valid today (统计法 Art 38). */
	void requireCertified(CurrentUser user) {
		UserSummary u = users.summary(user.username());
		if (!u.hasRole(Role.INSPECTOR) || !u.hasCertificateValidOn(AppClock.today())) {
			throw new ConflictException("您没有当日有效的统计执法证，不能办理执法环节");
		}
	}

	void requireInvestigator(EnforcementCase c, CurrentUser user) {
		requireCertified(user);
		if (mapper.selectInspectors(c.getId()).stream().noneMatch(i -> i.username().equals(user.username()) && !i.recused())) {
			throw new ConflictException("您不是本案调查组成员或已回避");
		}
	}

	/**
	 * 责令改正: with a measure, the order and its deadline (after today); without one, nothing — unless the law requires
	 * the order, when {@code requiredBecause} says why (400 naming the measure).
	 */
	void orderCorrection(EnforcementCase c, String measure, LocalDate deadline, String requiredBecause) {
		if (!notBlank(measure)) {
			if (requiredBecause != null) {
				throw new BadRequestException("correctionMeasure", requiredBecause + "：请填写责令改正的内容和改正期限");
			}
			return;
		}
		CaseDateRules.correctionDeadline(deadline, AppClock.today());
		c.orderCorrection(measure, deadline);
	}

	static boolean notBlank(String s) {
		return Texts.notBlank(s);
	}

	static String blankToNull(String s) {
		return Texts.blankToNull(s);
	}

}

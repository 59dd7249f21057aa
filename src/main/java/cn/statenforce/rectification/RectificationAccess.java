package cn.statenforce.rectification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.BureauService;
import cn.statenforce.workbench.TaskAccess;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * The data scope of rectification and who acts for whom. The bureau rule of {@link BureauService} (own bureau and
 * below read, own bureau writes, a sibling sees nothing), narrowed for a unit login (RECTIFICATION_OWNER without a
 * leading role) to the measures of the directory entries it is linked to.
 * <p>
 * Who works a measure: the logins linked to its unit; a unit without a login is worked by the plan's coordinator
 * (整改联络人), who may also enter progress for any unit of the plan (recorded as 代录). Who signs off: the logins
 * of its leader, or the plan leader for a leader without a login; never the person who submitted the completion.
 * Who approves a request (deadline change, amendment): the plan leader; when the plan leader asked, the director
 * or the plan's other leaders. Nobody approves their own request.
 */
@Component
class RectificationAccess {

	static final String PLAN = "整改方案";

	static final String MEASURE = "整改措施";

	private final RectificationMapper mapper;

	private final BureauService bureaus;

	private final ResponsibleDirectory directory;

	private final UserService users;

	private final TaskAccess taskAccess;

	RectificationAccess(RectificationMapper mapper, BureauService bureaus, ResponsibleDirectory directory, UserService users,
			TaskAccess taskAccess) {
		this.taskAccess = taskAccess;
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.directory = directory;
		this.users = users;
	}

	/** A unit user: sees only its own measures. */
	static boolean isUnitOnly(CurrentUser user) {
		return user.hasRole(Role.RECTIFICATION_OWNER)
				&& !user.hasAnyRole(Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.INSPECTOR, Role.LEGAL_REVIEWER);
	}

	static String ownerScope(CurrentUser user) {
		return isUnitOnly(user) ? user.username() : null;
	}

	Plan readablePlan(CurrentUser user, long planId) {
		Plan plan = mapper.selectPlan(planId);
		if (plan == null) {
			throw new NotFoundException(PLAN + "不存在或无权查看");
		}
		if (grantedByTask(user, plan)) {
			return plan;
		}
		if (!user.isBureauStaff() && !isUnitOnly(user)) {
			// the system administrator runs the engine, not the bureaus' rectification
			throw new NotFoundException(PLAN + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, plan.bureauId(), PLAN);
		if (isUnitOnly(user) && mapper.countOwnMeasures(planId, user.username()) == 0) {
			throw new NotFoundException(PLAN + "不存在或无权查看");
		}
		return plan;
	}

	Measure readableMeasure(CurrentUser user, long measureId) {
		Measure m = mapper.selectMeasure(measureId);
		if (m == null) {
			throw new NotFoundException(MEASURE + "不存在或无权查看");
		}
		Plan plan = mapper.selectPlan(m.planId());
		if (grantedByTask(user, plan)) {
			return m;
		}
		if (!user.isBureauStaff() && !isUnitOnly(user)) {
			throw new NotFoundException(MEASURE + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, plan.bureauId(), MEASURE);
		if (isUnitOnly(user) && !unitAccounts(m).contains(user.username())) {
			throw new NotFoundException(MEASURE + "不存在或无权查看");
		}
		return m;
	}

	/**
	 * The approver sees what they approve: an open task of the plan's process or a copy of the plan
	 * (workbench.TaskAccess) lets a user outside the bureau scope read it.
	 */
	private boolean grantedByTask(CurrentUser user, Plan plan) {
		return !bureaus.canRead(user, plan.bureauId()) && taskAccess.grantsRead(user, RectificationService.SUBJECT_PLAN, plan.id());
	}

	/** Drawing up and publishing the plan: a leader or director of the plan's own bureau. */
	Plan editablePlan(CurrentUser user, long planId) {
		Plan plan = readablePlan(user, planId);
		bureaus.ensureWritable(user, plan.bureauId(), PLAN);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("只有分管领导或局长可以制定和发布整改方案");
		}
		return plan;
	}

	/** The unit of the measure, or the plan's coordinator acting for it. */
	Measure workedMeasure(CurrentUser user, long measureId) {
		Measure m = readableMeasure(user, measureId);
		Plan plan = mapper.selectPlan(m.planId());
		bureaus.ensureWritable(user, plan.bureauId(), MEASURE);
		if (!unitAccounts(m).contains(user.username()) && !user.username().equals(plan.coordinatorOrLeader())) {
			throw new ConflictException("只有该措施的责任单位或整改联络人可以办理此事项");
		}
		return m;
	}

	/** The plan leader acting on the plan (report, look-back, mechanism review). */
	Plan ledPlan(CurrentUser user, long planId) {
		Plan plan = readablePlan(user, planId);
		bureaus.ensureWritable(user, plan.bureauId(), PLAN);
		if (!user.username().equals(plan.planLeader())) {
			throw new ConflictException("只有方案责任领导可以办理此事项");
		}
		return plan;
	}

	void ensureWritable(CurrentUser user, long bureauId, String what) {
		bureaus.ensureWritable(user, bureauId, what);
	}

	// who acts

	/** Logins of the measure's unit (directory entry, or the login of a legacy row). */
	List<String> unitAccounts(Measure m) {
		if (m.ownerId() != null) {
			return directory.accounts(m.ownerId());
		}
		return m.ownerUsername() == null ? List.of() : List.of(m.ownerUsername());
	}

	List<String> leaderAccounts(Measure m) {
		if (m.leaderId() != null) {
			return directory.accounts(m.leaderId());
		}
		return m.leaderUsername() == null ? List.of() : List.of(m.leaderUsername());
	}

	/** Who has the measure's work in 待办: its unit's logins, else the plan's coordinator. */
	List<String> workers(Plan plan, Measure m) {
		List<String> unit = unitAccounts(m);
		return unit.isEmpty() ? List.of(plan.coordinatorOrLeader()) : unit;
	}

	/** Who told of the measure as its unit: its logins, else the coordinator (to pass it on). */
	List<String> unitRecipients(Plan plan, Measure m) {
		return workers(plan, m);
	}

	List<String> leaderRecipients(Plan plan, Measure m) {
		List<String> l = leaderAccounts(m);
		return l.isEmpty() ? List.of(plan.planLeader()) : l;
	}

	/** Who may sign the measure off: its leader's logins (else the plan leader), never the submitter. */
	List<String> signOffApprovers(Plan plan, Measure m) {
		String submitter = mapper.selectLastActor(m.id(), "COMPLETION");
		List<String> natural = new ArrayList<>(leaderRecipients(plan, m));
		natural.remove(submitter);
		if (!natural.isEmpty()) {
			return natural;
		}
		return othersThan(plan, submitter);
	}

	/** Who decides a request of the requester: the plan leader, or (the plan leader asking) the director or another plan leader. */
	List<String> requestApprovers(Plan plan, String requester) {
		if (!plan.planLeader().equals(requester)) {
			return List.of(plan.planLeader());
		}
		return othersThan(plan, requester);
	}

	private List<String> othersThan(Plan plan, String requester) {
		Set<String> approvers = new LinkedHashSet<>();
		if (!plan.planLeader().equals(requester)) {
			approvers.add(plan.planLeader());
		}
		users.usersWithRole(plan.bureauId(), Role.DIRECTOR).stream().filter(UserSummary::enabled)
			.map(UserSummary::username).forEach(approvers::add);
		for (Measure x : mapper.selectMeasures(plan.id())) {
			approvers.addAll(leaderAccounts(x));
		}
		approvers.remove(requester);
		if (approvers.isEmpty()) {
			throw new ConflictException("没有可审批的其他领导：本人提出的申请须由局长或方案的其他责任领导审批");
		}
		return List.copyOf(approvers);
	}

	// what the user may do

	Plan.Role planRole(CurrentUser user, Plan plan) {
		boolean own = user.bureauId().equals(plan.bureauId());
		return new Plan.Role(own, user.hasAnyRole(Role.LEADER, Role.DIRECTOR), user.username().equals(plan.planLeader()),
				user.username().equals(plan.coordinatorOrLeader()));
	}

	Measure.Role measureRole(CurrentUser user, Plan plan, Measure m) {
		boolean own = user.bureauId().equals(plan.bureauId());
		String me = user.username();
		DeadlineChange pending = mapper.selectPendingDeadlineChange(m.id());
		boolean signOffApprover = m.measureStatus() == MeasureStatus.SUBMITTED && signOffApprovers(plan, m).contains(me);
		return new Measure.Role(own, unitAccounts(m).contains(me), me.equals(plan.coordinatorOrLeader()), signOffApprover,
				leaderAccounts(m).contains(me), user.hasAnyRole(Role.LEADER, Role.DIRECTOR),
				pending != null && pending.approverList().contains(me) && !me.equals(pending.requestedBy()), pending != null,
				mapper.countPendingAmendments(m.id(), null) > 0);
	}

}

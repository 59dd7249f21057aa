package cn.statenforce.rectification;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * The data scope of rectification: the bureau rule of {@link BureauService} (own bureau and below read,
 * own bureau writes, a sibling sees nothing), narrowed for a responsible unit (RECTIFICATION_OWNER without a
 * leading role), which sees and edits only the measures it is responsible for.
 */
@Component
class RectificationAccess {

	static final String PLAN = "整改方案";

	static final String MEASURE = "整改措施";

	private final RectificationMapper mapper;

	private final BureauService bureaus;

	RectificationAccess(RectificationMapper mapper, BureauService bureaus) {
		this.mapper = mapper;
		this.bureaus = bureaus;
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
		bureaus.ensureReadable(user, plan.bureauId(), PLAN);
		if (isUnitOnly(user) && mapper.selectMeasures(planId).stream().noneMatch(m -> user.username().equals(m.ownerUsername()))) {
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
		bureaus.ensureReadable(user, plan.bureauId(), MEASURE);
		if (isUnitOnly(user) && !user.username().equals(m.ownerUsername())) {
			throw new NotFoundException(MEASURE + "不存在或无权查看");
		}
		return m;
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

	/** The responsible unit of the measure acting on it. */
	Measure ownedMeasure(CurrentUser user, long measureId) {
		Measure m = readableMeasure(user, measureId);
		bureaus.ensureWritable(user, mapper.selectPlan(m.planId()).bureauId(), MEASURE);
		if (!user.username().equals(m.ownerUsername())) {
			throw new ConflictException("只有该措施的责任单位可以办理此事项");
		}
		return m;
	}

	/** The plan leader acting on the plan (report, look-back, deadline changes). */
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

}

package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;

/**
 * Builds small plans in 雨湖区 for the service-level tests: plan leader yuhu.director, measures of the unit
 * yuhu.owner with responsible leader yuhu.leader. A plain object (not a bean), so the shared test context stays
 * the same for every test class.
 */
public final class RectificationFixture {

	public static final String PLAN_LEADER = "yuhu.director";

	public static final String LEADER = "yuhu.leader";

	public static final String OWNER = "yuhu.owner";

	private final UserService users;

	private final RectificationService plans;

	private final ManagementService managementService;

	public RectificationFixture(UserService users, RectificationService plans, ManagementService managementService) {
		this.users = users;
		this.plans = plans;
		this.managementService = managementService;
	}

	public CurrentUser user(String username) {
		UserSummary s = users.summary(username);
		return new CurrentUser(s.id(), s.username(), s.displayName(), s.bureauId(), s.roles());
	}

	/** A drafted plan with one problem and the given measures (all of OWNER, leader LEADER). */
	public Plan draft(LocalDate deadline, Category... categories) {
		Plan plan = plans.registerFeedback(user(LEADER), new FeedbackCommand("PATROL", "区委第五巡察组", AppClock.today(),
				"雨巡反〔2026〕5号", "区委常规巡察反馈问题整改", PLAN_LEADER, null, null));
		Aspect a = plans.addAspect(user(LEADER), plan.id(), "落实统计工作决策部署方面");
		Problem p = plans.addProblem(user(LEADER), plan.id(), a.id(), "统计执法力量较为薄弱");
		for (Category c : categories) {
			plans.addMeasure(user(LEADER), p.id(),
					new MeasureCommand("加强执法队伍建设（" + c.label() + "）", OWNER, LEADER, deadline, c.name(), "培训记录"));
		}
		return plans.plan(user(LEADER), plan.id());
	}

	public static List<Upload> evidence(String name) {
		return List.of(new Upload(name, "text/plain", ("佐证：" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	/** Executes every job of the process instance that is due at the engine clock, until none is left. */
	public int runDueJobs(String processInstanceId) {
		int executed = 0;
		for (int round = 0; round < 200; round++) {
			List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (jobs.isEmpty()) {
				return executed;
			}
			for (Job j : jobs) {
				managementService.executeJob(j.getId());
				executed++;
			}
		}
		throw new IllegalStateException("jobs keep becoming due: " + processInstanceId);
	}

}

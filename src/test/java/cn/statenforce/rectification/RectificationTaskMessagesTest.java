package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;

/**
 * The message centre follows a measure's tasks: the unit's 整改任务已下达 (about the plan) is cleared once the unit has
 * submitted its only measure (it holds no other task of the plan), and the leader's 整改措施申请销号 (about the measure)
 * once the leader has signed the measure off. Messages written after (the plan leader's 请报送整改报告) stay unread.
 */
@StatEnforceTest
class RectificationTaskMessagesTest {

	@Autowired
	ManagementService managementService;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	UserService users;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	RectificationFixture fx;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
	}

	private long unread(String who, String subjectType, long id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND subject_type = ? AND subject_id = ? "
				+ "AND category = 'TASK' AND read_at IS NULL", Long.class, who, subjectType, id);
	}

	@Test
	void shouldClearTheUnitsAndTheLeadersMessagesAsTheirTasksAreDone() {
		UserSummary unit = users.createUser("yuhu.msgunit" + System.nanoTime() % 100000000, "雨湖区统计局工业股",
				WebTestSupport.DEMO_PASSWORD, fx.user(RectificationFixture.LEADER).bureauId(), EnumSet.of(Role.RECTIFICATION_OWNER),
				null, null);
		var leader = fx.user(RectificationFixture.LEADER);
		Plan plan = plans.registerFeedback(leader, new FeedbackCommand("PATROL", "区委第七巡察组", AppClock.today(),
				"雨巡反〔2026〕7号", "区委巡察反馈统计执法问题整改", RectificationFixture.PLAN_LEADER, null, null));
		Aspect a = plans.addAspect(leader, plan.id(), "统计执法方面");
		Problem p = plans.addProblem(leader, plan.id(), a.id(), "执法检查覆盖面不足");
		plans.addMeasure(leader, p.id(), new MeasureCommand("扩大双随机检查覆盖面", unit.username(), RectificationFixture.LEADER,
				calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE.name(), "检查计划"));
		plans.publish(leader, plan.id());
		Measure m = plans.measures(leader, plan.id()).get(0);
		assertThat(unread(unit.username(), RectificationService.SUBJECT_PLAN, plan.id())).isEqualTo(1);

		measures.submitCompletion(fx.user(unit.username()), m.id(), "已将覆盖面扩大至全部规上企业", RectificationFixture.evidence("检查计划.txt"),
				null, null);
		assertThat(unread(unit.username(), RectificationService.SUBJECT_PLAN, plan.id())).isZero();
		assertThat(unread(RectificationFixture.LEADER, MeasureService.SUBJECT_MEASURE, m.id())).isEqualTo(1);

		measures.signOff(leader, m.id(), true, "同意销号");
		assertThat(unread(RectificationFixture.LEADER, MeasureService.SUBJECT_MEASURE, m.id())).isZero();
	}

}

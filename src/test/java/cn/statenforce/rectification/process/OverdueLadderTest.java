package cn.statenforce.rectification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Aspect;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.FeedbackCommand;
import cn.statenforce.rectification.LedgerFilter;
import cn.statenforce.rectification.LedgerService;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureCommand;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.Problem;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;

/**
 * The overdue ladder is cumulative and tells everyone once: a plan registered late (or a job executor that was down)
 * is first checked 12 working days past the deadline; the unit is told it is overdue, the responsible leader is
 * warned, the plan leader gets the accountability flag — three messages to three people, in that order, each once.
 * Long-term measures are never overdue; a unit without a login is told through the plan's coordinator.
 */
@StatEnforceTest
class OverdueLadderTest {

	static final String SUBJECT = "RECTIFICATION_MEASURE";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ManagementService managementService;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	LedgerService ledger;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	RectificationFixture fx;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		fx = new RectificationFixture(users, plans, managementService);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private List<Map<String, Object>> notices(long measureId) {
		return jdbc.queryForList("SELECT recipient, category FROM notification WHERE subject_type = ? AND subject_id = ? "
				+ "AND category <> 'TASK' ORDER BY id", SUBJECT, measureId);
	}

	@Test
	void shouldFireEveryLowerLevelOnceInOrderWhenFirstFoundTwelveWorkingDaysLate() {
		LocalDate deadline = calendar.addWorkingDays(AppClock.today(), 5);
		Plan draft = fx.draft(deadline, Category.DEADLINE, Category.LONG_TERM);
		Plan plan = plans.publish(fx.user(RectificationFixture.LEADER), draft.id());
		List<Measure> ms = plans.measures(fx.user(RectificationFixture.LEADER), plan.id());
		Measure late = ms.get(0);
		Measure longTerm = ms.get(1);

		moveTo(calendar.addWorkingDays(deadline, 12));
		fx.runDueJobs(plan.processInstanceId());

		assertThat(notices(late.id())).extracting(n -> n.get("RECIPIENT"), n -> n.get("CATEGORY")).containsExactly(
				tuple(RectificationFixture.OWNER, "OVERDUE"), tuple(RectificationFixture.LEADER, "URGE"),
				tuple(RectificationFixture.PLAN_LEADER, "ESCALATION"));
		Measure after = measures.measureUnchecked(late.id());
		assertThat(after.escalationLevel()).isEqualTo(4);
		assertThat(after.accountability()).isTrue();
		assertThat(notices(longTerm.id())).as("a long-term measure is never overdue").isEmpty();
		assertThat(ledger.rows(fx.user(RectificationFixture.LEADER), new LedgerFilter(plan.id(), null, null, null, null, true, null)))
			.extracting(r -> r.measureId()).containsExactly(late.id());

		// the next checks tell nobody again
		moveTo(calendar.addWorkingDays(deadline, 14));
		fx.runDueJobs(plan.processInstanceId());
		assertThat(notices(late.id())).hasSize(3);
	}

	@Test
	void shouldClimbOneStepAtATimeWhenCheckedDaily() {
		LocalDate deadline = calendar.addWorkingDays(AppClock.today(), 5);
		Plan plan = plans.publish(fx.user(RectificationFixture.LEADER), fx.draft(deadline, Category.DEADLINE).id());
		Measure m = plans.measures(fx.user(RectificationFixture.LEADER), plan.id()).get(0);
		moveTo(calendar.addWorkingDays(deadline, 4));
		fx.runDueJobs(plan.processInstanceId());
		assertThat(notices(m.id())).extracting(n -> n.get("CATEGORY")).containsExactly("OVERDUE", "URGE");
		moveTo(calendar.addWorkingDays(deadline, 11));
		fx.runDueJobs(plan.processInstanceId());
		assertThat(notices(m.id())).extracting(n -> n.get("CATEGORY")).containsExactly("OVERDUE", "URGE", "ESCALATION");
	}

	@Test
	void shouldTellTheCoordinatorWhenTheUnitHasNoLogin() {
		var leader = fx.user(RectificationFixture.LEADER);
		Plan draft = plans.registerFeedback(leader, new FeedbackCommand("PATROL", "区委第五巡察组", AppClock.today(), null,
				"巡察反馈问题整改（档案）", RectificationFixture.PLAN_LEADER, null, null, "yuhu.director"));
		Aspect a = plans.addAspect(leader, draft.id(), "档案管理方面");
		Problem p = plans.addProblem(leader, draft.id(), a.id(), "统计执法档案归档不及时");
		LocalDate deadline = calendar.addWorkingDays(AppClock.today(), 5);
		Measure m = plans.addMeasure(leader, p.id(), new MeasureCommand("按年度集中归档执法案卷", "档案室", RectificationFixture.LEADER,
				deadline, "限期整改", null));
		Plan plan = plans.publish(leader, draft.id());
		assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(plan.processInstanceId())
			.taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE).singleResult().getAssignee())
			.as("the coordinator has the unit's work in 待办").isEqualTo("yuhu.director");

		moveTo(calendar.addWorkingDays(deadline, 1));
		fx.runDueJobs(plan.processInstanceId());
		assertThat(notices(m.id())).extracting(n -> n.get("RECIPIENT"), n -> n.get("CATEGORY"))
			.containsExactly(tuple("yuhu.director", "OVERDUE"));
	}

	private static void moveTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}

package cn.statenforce.rectification.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.PlanStatus;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/** Every path of rectification.bpmn, driven through the services with the engine clock moved. */
@StatEnforceTest
class RectificationProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	NotificationService notifications;

	@Autowired
	WorkingDayCalendar calendar;

	RectificationFixture fx;

	@BeforeEach
	void setUp() {
		init(processEngine);
		fx = new RectificationFixture(users, plans, managementService);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private ProcessInstance instance(Plan plan) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).singleResult();
	}

	private Measure onlyMeasure(Plan plan) {
		return plans.measures(fx.user(RectificationFixture.LEADER), plan.id()).get(0);
	}

	private Plan published(Category... categories) {
		Plan draft = fx.draft(calendar.addWorkingDays(AppClock.today(), 10), categories);
		return plans.publish(fx.user(RectificationFixture.LEADER), draft.id());
	}

	private void submitAndSignOff(Measure m) {
		measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已完成", RectificationFixture.evidence("记录.txt"),
				m.isLongTerm() ? "执法人员培训制度" : null, null);
		measures.signOff(fx.user(RectificationFixture.LEADER), m.id(), true, "同意销号");
	}

	private void reportAndLookBack(Plan plan, ProcessInstance pi, List<Long> reopen) {
		plans.submitReport(fx.user(RectificationFixture.PLAN_LEADER), plan.id(), "整改报告正文");
		assertThat(pi).isWaitingAt(RectificationProcess.EVENT_LOOK_BACK_DUE);
		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusMonths(6).plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
		fx.runDueJobs(pi.getId());
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_LOOK_BACK);
		assertThat(pi).task().isAssignedTo(RectificationFixture.PLAN_LEADER);
		plans.lookBack(fx.user(RectificationFixture.PLAN_LEADER), plan.id(), "回头看情况", reopen, null);
	}

	@Test
	void shouldCloseThroughSignOffReportAndLookBack() {
		Plan plan = published(Category.DEADLINE);
		ProcessInstance pi = instance(plan);
		Measure m = onlyMeasure(plan);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE);
		assertThat(pi).task().isAssignedTo(RectificationFixture.OWNER);

		measures.reportProgress(fx.user(RectificationFixture.OWNER), m.id(), "已制定培训计划", RectificationFixture.evidence("计划.txt"));
		measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已完成", List.of(), null, null);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_SIGN_OFF);
		assertThat(pi).task().isAssignedTo(RectificationFixture.LEADER);

		measures.signOff(fx.user(RectificationFixture.LEADER), m.id(), true, null);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
		org.assertj.core.api.Assertions.assertThat(plans.plan(fx.user(RectificationFixture.LEADER), plan.id()).planStatus())
			.isEqualTo(PlanStatus.REPORT_PENDING);

		reportAndLookBack(plan, pi, List.of());
		assertThat(pi).isEnded().hasPassed(RectificationProcess.EVENT_PLAN_FINISHED);
		org.assertj.core.api.Assertions.assertThat(plans.planUnchecked(plan.id()).planStatus()).isEqualTo(PlanStatus.FINISHED);
	}

	@Test
	void shouldRemindPlanLeaderWhenReportIsOverdue() {
		Plan plan = published(Category.DEADLINE);
		ProcessInstance pi = instance(plan);
		submitAndSignOff(onlyMeasure(plan));
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);

		moveTo(plan.reportDue().plusDays(1));
		fx.runDueJobs(pi.getId());

		assertThat(pi).hasPassed(RectificationProcess.TASK_REMIND_REPORT).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout("RECTIFICATION_PLAN", plan.id(), "OVERDUE")).isEqualTo(1);
		plans.submitReport(fx.user(RectificationFixture.PLAN_LEADER), plan.id(), "迟报的整改报告");
		assertThat(pi).isWaitingAt(RectificationProcess.EVENT_LOOK_BACK_DUE);
	}

	@Test
	void shouldNotSubmitCompletionWithoutEvidence() {
		Plan plan = published(Category.IMMEDIATE);
		Measure m = onlyMeasure(plan);
		assertThatThrownBy(() -> measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已完成", List.of(), null, null))
			.isInstanceOf(BadRequestException.class);
		assertThat(instance(plan)).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE);
	}

	@Test
	void shouldReturnToUnitWhenLeaderReturns() {
		Plan plan = published(Category.DEADLINE);
		ProcessInstance pi = instance(plan);
		Measure m = onlyMeasure(plan);
		measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已完成", RectificationFixture.evidence("a.txt"), null, null);

		assertThatThrownBy(() -> measures.signOff(fx.user(RectificationFixture.LEADER), m.id(), false, " "))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> measures.signOff(fx.user(RectificationFixture.PLAN_LEADER), m.id(), true, null))
			.isInstanceOf(ConflictException.class);
		measures.signOff(fx.user(RectificationFixture.LEADER), m.id(), false, "佐证材料不足，请补充培训签到表");

		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE);
		org.assertj.core.api.Assertions.assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
			.processInstanceId(pi.getId()).activityId(RectificationProcess.TASK_WORK_MEASURE).count()).isEqualTo(2);
		org.assertj.core.api.Assertions.assertThat(measures.measureUnchecked(m.id()).statusLabel()).isEqualTo("已退回");
		submitAndSignOff(m);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
	}

	@Test
	void shouldChangeDeadlineOnlyWithPlanLeaderApproval() {
		Plan plan = published(Category.DEADLINE);
		ProcessInstance pi = instance(plan);
		Measure m = onlyMeasure(plan);
		LocalDate later = m.deadline().plusDays(20);

		assertThatThrownBy(() -> measures.requestDeadlineChange(fx.user(RectificationFixture.OWNER), m.id(), later, " "))
			.isInstanceOf(BadRequestException.class);
		var change = measures.requestDeadlineChange(fx.user(RectificationFixture.OWNER), m.id(), later, "需等待上级文件");
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE, RectificationProcess.TASK_APPROVE_DEADLINE_CHANGE);
		assertThatThrownBy(() -> measures.requestDeadlineChange(fx.user(RectificationFixture.OWNER), m.id(), later, "再次申请"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> measures.decideDeadlineChange(fx.user(RectificationFixture.LEADER), change.id(), true, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已完成",
				RectificationFixture.evidence("a.txt"), null, null))
			.isInstanceOf(ConflictException.class);

		measures.decideDeadlineChange(fx.user(RectificationFixture.PLAN_LEADER), change.id(), true, "同意");
		org.assertj.core.api.Assertions.assertThat(measures.measureUnchecked(m.id()).deadline()).isEqualTo(later);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE).hasPassed("Event_DeadlineChangeDecided");

		var second = measures.requestDeadlineChange(fx.user(RectificationFixture.LEADER), m.id(), later.plusDays(30), "再延期");
		measures.decideDeadlineChange(fx.user(RectificationFixture.PLAN_LEADER), second.id(), false, "不同意，按原时限完成");
		org.assertj.core.api.Assertions.assertThat(measures.measureUnchecked(m.id()).deadline()).isEqualTo(later);
	}

	@Test
	void shouldRemindThenEscalateOnTheWorkingDayCalendar() {
		Plan plan = published(Category.DEADLINE);
		ProcessInstance pi = instance(plan);
		Measure m = onlyMeasure(plan);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE);
		String subject = "RECTIFICATION_MEASURE";

		LocalDate twoBefore = m.deadline().minusDays(1);
		while (calendar.workingDaysBetween(twoBefore, m.deadline()) < 2) {
			twoBefore = twoBefore.minusDays(1);
		}
		moveTo(twoBefore);
		fx.runDueJobs(pi.getId());
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout(subject, m.id(), "REMINDER")).isEqualTo(1);
		assertThat(pi).hasPassed(RectificationProcess.TASK_CHECK_DEADLINE);

		moveTo(calendar.addWorkingDays(m.deadline(), 1));
		fx.runDueJobs(pi.getId());
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout(subject, m.id(), "OVERDUE")).isEqualTo(1);

		moveTo(calendar.addWorkingDays(m.deadline(), 3));
		fx.runDueJobs(pi.getId());
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout(subject, m.id(), "URGE")).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(measures.measureUnchecked(m.id()).accountability()).isFalse();

		moveTo(calendar.addWorkingDays(m.deadline(), 10));
		fx.runDueJobs(pi.getId());
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout(subject, m.id(), "ESCALATION")).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(measures.measureUnchecked(m.id()).accountability()).isTrue();

		moveTo(calendar.addWorkingDays(m.deadline(), 12));
		fx.runDueJobs(pi.getId());
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout(subject, m.id(), "ESCALATION")).isEqualTo(1);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE);
	}

	@Test
	void shouldRecordMechanismForLongTermMeasure() {
		Plan plan = published(Category.LONG_TERM);
		Measure m = onlyMeasure(plan);
		assertThatThrownBy(() -> measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已完成",
				RectificationFixture.evidence("制度.txt"), null, null))
			.isInstanceOf(BadRequestException.class);
		submitAndSignOff(m);
		var mechanisms = plans.mechanisms(fx.user(RectificationFixture.LEADER), plan.id());
		org.assertj.core.api.Assertions.assertThat(mechanisms).singleElement()
			.satisfies(mech -> org.assertj.core.api.Assertions.assertThat(mech.nextReviewOn()).isEqualTo(AppClock.today().plusMonths(6)));
		// a review is a decision of the plan's process: only within its open 长效机制定期评估 step
		assertThatThrownBy(() -> measures.reviewMechanism(fx.user(RectificationFixture.LEADER), mechanisms.get(0).id(), "执行良好"))
			.isInstanceOf(ConflictException.class);
		ProcessInstance pi = instance(plan);
		reportAndLookBack(plan, pi, List.of());
		moveTo(mechanisms.get(0).nextReviewOn());
		fx.runDueJobs(pi.getId());
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_REVIEW_MECHANISMS);
		int read = plans.mechanisms(fx.user(RectificationFixture.LEADER), plan.id()).get(0).rowVersion();
		var reviewed = measures.reviewMechanism(fx.user(RectificationFixture.LEADER), mechanisms.get(0).id(), read, "执行良好");
		org.assertj.core.api.Assertions.assertThat(reviewed.reviewCount()).isEqualTo(1);
		assertThat(pi).as("one mechanism reviewed; the step stays with the plan leader").isWaitingAt(RectificationProcess.TASK_REVIEW_MECHANISMS);
		// optimistic locking (issue 16): a second review on the version read is stale, 409, and records nothing
		assertThatThrownBy(() -> measures.reviewMechanism(fx.user(RectificationFixture.PLAN_LEADER), mechanisms.get(0).id(), read,
				"执行一般")).isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		org.assertj.core.api.Assertions.assertThat(measures.reviewMechanism(fx.user(RectificationFixture.LEADER),
				mechanisms.get(0).id(), "再次评估").reviewCount()).as("only the two accepted reviews count").isEqualTo(2);
	}

	@Test
	void shouldReviewMechanismsPeriodicallyUntilRetired() {
		Plan plan = published(Category.LONG_TERM);
		ProcessInstance pi = instance(plan);
		submitAndSignOff(onlyMeasure(plan));
		reportAndLookBack(plan, pi, List.of());
		assertThat(pi).isWaitingAt(RectificationProcess.EVENT_MECHANISM_REVIEW_DUE);
		org.assertj.core.api.Assertions.assertThat(plans.planUnchecked(plan.id()).planStatus()).isEqualTo(PlanStatus.FINISHED);

		var mechanism = plans.mechanisms(fx.user(RectificationFixture.LEADER), plan.id()).get(0);
		moveTo(mechanism.nextReviewOn());
		fx.runDueJobs(pi.getId());
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_REVIEW_MECHANISMS);
		assertThat(pi).task().isAssignedTo(RectificationFixture.PLAN_LEADER);
		assertThatThrownBy(() -> plans.reviewMechanisms(fx.user(RectificationFixture.LEADER), plan.id(), "评估", null))
			.isInstanceOf(ConflictException.class);
		plans.reviewMechanisms(fx.user(RectificationFixture.PLAN_LEADER), plan.id(), "制度执行良好", null);
		assertThat(pi).isWaitingAt(RectificationProcess.EVENT_MECHANISM_REVIEW_DUE);
		var reviewed = plans.mechanisms(fx.user(RectificationFixture.LEADER), plan.id()).get(0);
		org.assertj.core.api.Assertions.assertThat(reviewed.reviewCount()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(reviewed.nextReviewOn()).isEqualTo(mechanism.nextReviewOn().plusMonths(6));

		moveTo(reviewed.nextReviewOn());
		fx.runDueJobs(pi.getId());
		plans.reviewMechanisms(fx.user(RectificationFixture.PLAN_LEADER), plan.id(), "已纳入日常制度", List.of(reviewed.id()));
		assertThat(pi).isEnded().hasPassed(RectificationProcess.EVENT_PLAN_FINISHED);
	}

	@Test
	void shouldReopenProblemWhenLookBackFindsRebound() {
		Plan plan = published(Category.DEADLINE, Category.IMMEDIATE);
		ProcessInstance pi = instance(plan);
		List<Measure> ms = plans.measures(fx.user(RectificationFixture.LEADER), plan.id());
		ms.forEach(this::submitAndSignOff);
		long problemId = ms.get(0).problemId();

		reportAndLookBack(plan, pi, List.of(problemId));

		assertThat(pi).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE).hasPassed("Gateway_Rebound");
		org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
		org.assertj.core.api.Assertions.assertThat(plans.planUnchecked(plan.id()).planStatus()).isEqualTo(PlanStatus.IN_PROGRESS);
		assertThatThrownBy(() -> plans.submitReport(fx.user(RectificationFixture.PLAN_LEADER), plan.id(), "报告"))
			.isInstanceOf(ConflictException.class);

		ms.forEach(m -> submitAndSignOff(measures.measureUnchecked(m.id())));
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
		reportAndLookBack(plan, pi, List.of());
		assertThat(pi).isEnded();
	}

	private static void moveTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}

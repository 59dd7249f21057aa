package cn.statenforce.rectification.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.MeasureStatus;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.PlanStatus;
import cn.statenforce.rectification.RecheckCommand;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.LeadReference;

/**
 * Every path of correction-recheck.bpmn: re-check corrected, not corrected, the overdue re-check reminder; the
 * hand-over of an order whose deadline has already passed (straight to re-check) or whose named inspectors can no
 * longer re-check (offered to the bureau's inspectors) — neither is refused, the hand-over runs in a background
 * step — and the certificates of the inspectors on the re-check date.
 */
@StatEnforceTest
class CorrectionRecheckProcessTest {

	/** Inspector of 雨湖区 whose certificate expired two months before the demo data were loaded. */
	private static final String EXPIRED = "yuhu.inspector3";

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
	CorrectionService corrections;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	NotificationService notifications;

	@Autowired
	ActivityLog activity;

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

	/**
	 * An order from an origin no installed capability listens to: the case and inspection capabilities register
	 * real {@code CorrectionOutcomeListener}s for their own records, which a made-up origin id would not satisfy.
	 * The dispatch itself is unit-tested in {@code CorrectionOutcomeDispatcherTest}.
	 */
	private CorrectionOrder order(List<String> inspectors, LocalDate deadline) {
		var leader = fx.user(RectificationFixture.LEADER);
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		return new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 99L, "430302-XX-2026-099", enterpriseId,
				"未按规定报送2025年统计资料", "限期补报2025年统计资料", deadline, inspectors);
	}

	private CorrectionOrder order(List<String> inspectors) {
		return order(inspectors, AppClock.today().plusDays(10));
	}

	private ProcessInstance open(LeadReference ref) {
		Plan plan = plans.planUnchecked(ref.id());
		return runtimeService.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).singleResult();
	}

	private static void clockAt(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
	}

	@Test
	void shouldCloseWhenRecheckFindsCorrected() {
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2")));
		ProcessInstance pi = open(ref);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECHECK);
		assertThat(pi).task().hasCandidateUser("yuhu.inspector1").hasCandidateUser("yuhu.inspector2");
		org.assertj.core.api.Assertions.assertThat(candidateGroups(pi)).isEmpty();
		org.assertj.core.api.Assertions.assertThat(ref.businessKey()).matches("430302-ZG-\\d{4}-\\d{3}");

		assertThatThrownBy(() -> corrections.recheck(fx.user(EXPIRED), ref.id(), true, "已改正"))
			.isInstanceOf(ConflictException.class);
		// the expired certificate may not go along either
		assertThatThrownBy(() -> corrections.recheck(fx.user("yuhu.inspector1"), ref.id(),
				new RecheckCommand(true, "已补报", null, List.of("yuhu.inspector1", EXPIRED))))
			.isInstanceOf(ConflictException.class).hasMessageContaining("没有有效的统计执法证");
		var c = corrections.recheck(fx.user("yuhu.inspector1"), ref.id(), true, "已补报，数据核实无误");

		assertThat(pi).isEnded().hasPassed(RectificationProcess.EVENT_RECHECKED);
		org.assertj.core.api.Assertions.assertThat(c.corrected()).isTrue();
		org.assertj.core.api.Assertions.assertThat(c.recheckedOn()).isEqualTo(AppClock.today());
		org.assertj.core.api.Assertions.assertThat(c.recheckTeamList()).containsExactly("yuhu.inspector1", "yuhu.inspector2");
		Plan plan = plans.planUnchecked(ref.id());
		org.assertj.core.api.Assertions.assertThat(plan.planStatus()).isEqualTo(PlanStatus.FINISHED);
		org.assertj.core.api.Assertions.assertThat(plans.measures(fx.user(RectificationFixture.LEADER), plan.id()).get(0).measureStatus())
			.isEqualTo(MeasureStatus.SIGNED_OFF);
		assertThatThrownBy(() -> corrections.recheck(fx.user("yuhu.inspector2"), ref.id(), true, "再次"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldRecordNotCorrected() {
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2")));
		ProcessInstance pi = open(ref);
		var c = corrections.recheck(fx.user("yuhu.inspector2"), ref.id(), false, "仍未补报");
		assertThat(pi).isEnded();
		org.assertj.core.api.Assertions.assertThat(c.corrected()).isFalse();
		org.assertj.core.api.Assertions.assertThat(plans.measures(fx.user(RectificationFixture.LEADER), ref.id()).get(0).measureStatus())
			.isEqualTo(MeasureStatus.IN_PROGRESS);
	}

	@Test
	void shouldRemindInspectorsWhenRecheckIsDue() {
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2")));
		ProcessInstance pi = open(ref);
		LocalDate due = corrections.correctionUnchecked(ref.id()).recheckDue();
		clockAt(due.plusDays(1));
		fx.runDueJobs(pi.getId());
		assertThat(pi).hasPassed(RectificationProcess.TASK_REMIND_RECHECK).isWaitingAt(RectificationProcess.TASK_RECHECK);
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout("RECTIFICATION_PLAN", ref.id(), "OVERDUE")).isEqualTo(2);
	}

	/**
	 * The State Council's 2026 arrangement: 中秋节 Fri 25 – Sun 27 September off, Sunday 20 September worked (国庆节
	 * 调休). An order due Friday 18 September is handed over on Monday 21 September: it is not refused; the re-check
	 * is open at once and due five working days after the hand-over (22, 23, 24, 28, 29 September), not five after
	 * the deadline (20, 21, 22, 23, 24 September: already gone by the 29th's count).
	 */
	@Test
	void shouldGoStraightToRecheckWhenTheDeadlineHasPassedAtHandOver() {
		clockAt(LocalDate.of(2026, 9, 21));
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2"), LocalDate.of(2026, 9, 18)));
		ProcessInstance pi = open(ref);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECHECK);
		assertThat(pi).task().hasCandidateUser("yuhu.inspector1").hasCandidateUser("yuhu.inspector2")
			.hasDueDate(Date.from(LocalDate.of(2026, 9, 29).atTime(23, 59, 59).atZone(AppClock.ZONE).toInstant()));
		org.assertj.core.api.Assertions.assertThat(corrections.correctionUnchecked(ref.id()).recheckDue()).isEqualTo(LocalDate.of(2026, 9, 29));
		org.assertj.core.api.Assertions.assertThat(activity.timeline("RECTIFICATION_PLAN", ref.id()))
			.anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e.detail()).contains("交办时已届满，直接进入复查"));
		corrections.recheck(fx.user("yuhu.inspector1"), ref.id(), true, "已补报");
		assertThat(pi).isEnded().hasPassed(RectificationProcess.EVENT_RECHECKED);
	}

	/** The same order handed over before its deadline: re-check due five working days after it (20–24 September). */
	@Test
	void shouldCountTheRecheckFromTheDeadlineWhenHandedOverInTime() {
		clockAt(LocalDate.of(2026, 9, 17));
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2"), LocalDate.of(2026, 9, 18)));
		org.assertj.core.api.Assertions.assertThat(corrections.correctionUnchecked(ref.id()).recheckDue()).isEqualTo(LocalDate.of(2026, 9, 24));
	}

	/**
	 * An order naming one inspector who can still enforce and one whose certificate has expired is not refused: the
	 * re-check is offered to the bureau's inspectors, and two certified ones do it.
	 */
	@Test
	void shouldOfferTheRecheckToTheBureauWhenFewerThanTwoNamedInspectorsCanDoIt() {
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", EXPIRED)));
		ProcessInstance pi = open(ref);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECHECK);
		assertThat(pi).task().hasCandidateUser("yuhu.inspector1").hasCandidateGroup("INSPECTOR_430302");
		org.assertj.core.api.Assertions.assertThat(candidateUsers(pi)).doesNotContain(EXPIRED);
		// yuhu.inspector2 was not named but is offered the re-check through the bureau's inspector group
		var c = corrections.recheck(fx.user("yuhu.inspector2"), ref.id(),
				new RecheckCommand(true, "已补报", null, List.of("yuhu.inspector2", "yuhu.inspector1")));
		org.assertj.core.api.Assertions.assertThat(c.recheckTeamList()).containsExactly("yuhu.inspector2", "yuhu.inspector1");
		assertThat(pi).isEnded();
	}

	/** 复查 is an enforcement act: two inspectors or more, each with a certificate valid on the re-check date. */
	@Test
	void shouldRequireTwoInspectorsWithACertificateValidOnTheRecheckDate() {
		LocalDate validFrom = users.summary("yuhu.inspector1").certValidFrom();
		clockAt(validFrom.minusDays(3));
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2"), validFrom.minusDays(2)));
		clockAt(validFrom.plusDays(5));
		var inspector1 = fx.user("yuhu.inspector1");
		// valid today, but not yet on the day the re-check is said to have been done
		assertThatThrownBy(() -> corrections.recheck(inspector1, ref.id(),
				new RecheckCommand(true, "已补报", validFrom.minusDays(1), List.of("yuhu.inspector1", "yuhu.inspector2"))))
			.isInstanceOf(ConflictException.class).hasMessageContaining("在复查日 " + validFrom.minusDays(1) + " 没有有效的统计执法证");
		assertThatThrownBy(() -> corrections.recheck(inspector1, ref.id(),
				new RecheckCommand(true, "已补报", null, List.of("yuhu.inspector1"))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("两名以上");
		assertThatThrownBy(() -> corrections.recheck(inspector1, ref.id(),
				new RecheckCommand(true, "已补报", null, List.of("yuhu.inspector2", "yuetang.inspector1"))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("本人");
		assertThatThrownBy(() -> corrections.recheck(inspector1, ref.id(),
				new RecheckCommand(true, "已补报", null, List.of("yuhu.inspector1", "yuetang.inspector1"))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不是本局执法人员");
		assertThatThrownBy(() -> corrections.recheck(inspector1, ref.id(),
				new RecheckCommand(true, "已补报", AppClock.today().plusDays(1), null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能晚于今天");
		assertThatThrownBy(() -> corrections.recheck(inspector1, ref.id(),
				new RecheckCommand(true, "已补报", validFrom.minusDays(4), null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能早于");
		org.assertj.core.api.Assertions.assertThat(corrections.correctionUnchecked(ref.id()).isRechecked()).isFalse();
		var c = corrections.recheck(inspector1, ref.id(), new RecheckCommand(false, "仍未补报", validFrom, null));
		org.assertj.core.api.Assertions.assertThat(c.recheckedOn()).isEqualTo(validFrom);
		org.assertj.core.api.Assertions.assertThat(c.recheckTeamList()).containsExactly("yuhu.inspector1", "yuhu.inspector2");
	}

	private List<String> candidateUsers(ProcessInstance pi) {
		return links(pi).stream().map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
	}

	private List<String> candidateGroups(ProcessInstance pi) {
		return links(pi).stream().map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
	}

	private List<IdentityLink> links(ProcessInstance pi) {
		String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
		return taskService.getIdentityLinksForTask(taskId);
	}

}

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
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.MeasureStatus;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.PlanStatus;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.LeadReference;

/** Every path of correction-recheck.bpmn: re-check corrected, not corrected, and the overdue re-check reminder. */
@StatEnforceTest
class CorrectionRecheckProcessTest {

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
	private CorrectionOrder order(List<String> inspectors) {
		var leader = fx.user(RectificationFixture.LEADER);
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		return new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 99L, "430302-XX-2026-099", enterpriseId,
				"未按规定报送2025年统计资料", "限期补报2025年统计资料", AppClock.today().plusDays(10), inspectors);
	}

	private ProcessInstance open(LeadReference ref) {
		Plan plan = plans.planUnchecked(ref.id());
		return runtimeService.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).singleResult();
	}

	@Test
	void shouldCloseWhenRecheckFindsCorrected() {
		LeadReference ref = corrections.openCorrection(order(List.of("yuhu.inspector1", "yuhu.inspector2")));
		ProcessInstance pi = open(ref);
		assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECHECK);
		assertThat(pi).task().hasCandidateUser("yuhu.inspector1").hasCandidateUser("yuhu.inspector2");
		org.assertj.core.api.Assertions.assertThat(ref.businessKey()).matches("430302-ZG-\\d{4}-\\d{3}");

		assertThatThrownBy(() -> corrections.recheck(fx.user("yuhu.inspector3"), ref.id(), true, "已改正"))
			.isInstanceOf(ConflictException.class);
		var c = corrections.recheck(fx.user("yuhu.inspector1"), ref.id(), true, "已补报，数据核实无误");

		assertThat(pi).isEnded().hasPassed(RectificationProcess.EVENT_RECHECKED);
		org.assertj.core.api.Assertions.assertThat(c.corrected()).isTrue();
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
		ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		fx.runDueJobs(pi.getId());
		assertThat(pi).hasPassed(RectificationProcess.TASK_REMIND_RECHECK).isWaitingAt(RectificationProcess.TASK_RECHECK);
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout("RECTIFICATION_PLAN", ref.id(), "OVERDUE")).isEqualTo(2);
	}

	@Test
	void shouldRejectOrderWithOneInspector() {
		assertThatThrownBy(() -> corrections.openCorrection(order(List.of("yuhu.inspector1"))))
			.isInstanceOf(BadRequestException.class);
	}

}

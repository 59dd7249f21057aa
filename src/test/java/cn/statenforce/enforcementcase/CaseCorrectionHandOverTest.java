package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.rectification.RecheckCommand;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;

import static cn.statenforce.enforcementcase.CaseFixture.yes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * The order to correct of a case is handed over in a background step (Task_OpenCorrection) after the decision has
 * been served, published and paid: by then its deadline may have passed. That is no reason for an incident: the
 * order goes straight to re-check and the case waits for it as usual.
 */
@StatEnforceTest
class CaseCorrectionHandOverTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	CorrectionService corrections;

	@Autowired
	RectificationService plans;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ActivityLog activity;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("改正期限在移交整改跟踪前已届满：不产生异常，直接进入复查，复查后案件继续")
	void shouldSendAnOrderWhoseDeadlinePassedBeforeTheHandOverStraightToRecheck() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		LocalDate deadline = f.reload(c).getCorrectionDeadline();
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), CaseEnums.ServiceMethod.DIRECT, null));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Payment(AppClock.today(), BigDecimal.valueOf(20_000)));
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_OpenCorrection");

		// the job executor reaches the hand-over only after the deadline (e.g. the server was down for weeks)
		LocalDate handOver = deadline.plusDays(14);
		ClockUtil.setCurrentTime(Date.from(handOver.atTime(LocalTime.of(9, 0)).atZone(AppClock.ZONE).toInstant()));
		execute(job("Task_OpenCorrection", pi));

		BpmnAwareTests.assertThat(pi).hasPassed("Task_OpenCorrection").isWaitingAt("Event_CorrectionRechecked");
		long correctionId = f.reload(c).getCorrectionId();
		var plan = plans.planUnchecked(correctionId);
		ProcessInstance recheck = runtime.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).singleResult();
		BpmnAwareTests.assertThat(recheck).isWaitingAt("Task_Recheck");
		BpmnAwareTests.assertThat(recheck).task().hasCandidateUser("yuhu.inspector1").hasCandidateUser("yuhu.inspector2");
		assertThat(plan.reportDue()).isEqualTo(deadline);
		assertThat(corrections.correctionUnchecked(correctionId).recheckDue()).isAfter(handOver);
		assertThat(activity.timeline("RECTIFICATION_PLAN", correctionId))
			.anySatisfy(e -> assertThat(e.detail()).contains("交办时已届满，直接进入复查"));

		int read = corrections.correctionUnchecked(correctionId).rowVersion();
		corrections.recheck(f.as("yuhu.inspector2"), correctionId, read, new RecheckCommand(true, "已建立统计台账", null, null));
		// optimistic locking (issue 16): the other inspector's conclusion on the same version is stale, 409, changes nothing
		assertThatThrownBy(() -> corrections.recheck(f.as("yuhu.inspector1"), correctionId, read,
				new RecheckCommand(false, "未建立统计台账", null, null))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("已被他人修改");
		assertThat(corrections.correctionUnchecked(correctionId).corrected()).isTrue();
		assertThat(corrections.correctionUnchecked(correctionId).rowVersion()).isEqualTo(read + 1);
		BpmnAwareTests.assertThat(pi).hasPassed("Event_CorrectionRechecked").isWaitingAt("Task_ApproveClosure");
		assertThat(f.reload(c).getCorrectionResult()).isEqualTo("CORRECTED");
	}

}

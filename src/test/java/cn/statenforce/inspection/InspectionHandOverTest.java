package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;

/**
 * The hand-overs of an inspection run in background steps (Task_OrderCorrection, Task_HandOverLead). What the
 * inspectors entered earlier may have gone stale by then — an on-site record entered weeks after the visit, a
 * certificate that lapsed while the order was being corrected — and none of it may raise an incident that would
 * leave the inspection open (and the unit excluded from later draws) for good.
 */
@StatEnforceTest
class InspectionHandOverTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	InspectionService inspections;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	CorrectionService corrections;

	@Autowired
	RectificationService plans;

	@Autowired
	UserService users;

	@Autowired
	ActivityLog activity;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** Visited three days after the notice, the on-site record entered a month later: the stated deadline has passed. */
	@Test
	void shouldSendAnOrderWhoseStatedDeadlinePassedBeforeTheRecordWasEnteredStraightToRecheck() {
		LocalDate start = AppClock.today();
		Inspection i = fixture.startedInspections(1, 201).get(0);
		ProcessInstance pi = instance(i);
		inspections.serveNotice(fixture.user(i.inspector1()), task(i).getId(), new InspectionCommands.ServeNotice(start, "王会计"));
		clockAt(start.plusDays(30));
		LocalDate visited = start.plusDays(3);
		inspections.recordInspection(fixture.user(i.inspector1()), task(i).getId(), minor(i, visited, visited.plusDays(10)));
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_ORDER_CORRECTION);

		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));

		assertThat(pi).hasPassed(InspectionProcess.TASK_ORDER_CORRECTION).isWaitingAt(InspectionProcess.EVENT_RECHECKED);
		Inspection ordered = inspections.getUnchecked(i.id());
		assertThat(ordered.correctionDeadline()).isEqualTo(visited.plusDays(10));
		long correctionId = ordered.correctionRefId();
		ProcessInstance recheck = recheckInstance(correctionId);
		assertThat(recheck).isWaitingAt("Task_Recheck");
		assertThat(recheck).task().hasCandidateUser(i.inspector1()).hasCandidateUser(i.inspector2());
		assertThat(corrections.correctionUnchecked(correctionId).recheckDue()).isAfter(AppClock.today());
		assertThat(activity.timeline("RECTIFICATION_PLAN", correctionId))
			.anySatisfy(e -> assertThat(e.detail()).contains("交办时已届满，直接进入复查"));

		corrections.recheck(fixture.user(i.inspector2()), correctionId, true, "已按要求建立统计台账");
		assertThat(pi).hasPassed(InspectionProcess.EVENT_RECHECKED).isWaitingAt(InspectionProcess.TASK_CLOSE);
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded();
		assertThat(inspections.getUnchecked(i.id()).status()).isEqualTo(InspectionStatus.CLOSED);
	}

	/** No deadline entered: the default (15 working days from the visit) has passed by the time the record is entered. */
	@Test
	void shouldSendAnOrderWhoseDefaultDeadlinePassedStraightToRecheck() {
		LocalDate start = AppClock.today();
		Inspection i = fixture.startedInspections(1, 202).get(0);
		ProcessInstance pi = instance(i);
		inspections.serveNotice(fixture.user(i.inspector1()), task(i).getId(), new InspectionCommands.ServeNotice(start, "王会计"));
		LocalDate visited = start.plusDays(1);
		clockAt(visited.plusDays(40));
		inspections.recordInspection(fixture.user(i.inspector2()), task(i).getId(), minor(i, visited, null));
		LocalDate deadline = inspections.getUnchecked(i.id()).correctionDeadline();
		assertThat(deadline).isBefore(AppClock.today());

		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));

		assertThat(pi).isWaitingAt(InspectionProcess.EVENT_RECHECKED);
		assertThat(recheckInstance(inspections.getUnchecked(i.id()).correctionRefId())).isWaitingAt("Task_Recheck");
	}

	/**
	 * Not corrected: the lead is handed to the case capability after the inspectors' certificates have lapsed (the
	 * demo certificates run four years). The lead is registered all the same — the inspectors just do not join its
	 * team — and the inspection closes.
	 */
	@Test
	void shouldHandTheLeadOverAfterTheInspectorsCertificatesHaveLapsed() {
		Inspection i = fixture.startedInspections(1, 203).get(0);
		ProcessInstance pi = instance(i);
		inspections.serveNotice(fixture.user(i.inspector1()), task(i).getId(), new InspectionCommands.ServeNotice(AppClock.today(), "王会计"));
		inspections.recordInspection(fixture.user(i.inspector1()), task(i).getId(), minor(i, AppClock.today(), AppClock.today().plusDays(10)));
		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));
		long correctionId = inspections.getUnchecked(i.id()).correctionRefId();
		clockAt(AppClock.today().plusDays(11));
		corrections.recheck(fixture.user(i.inspector1()), correctionId, false, "逾期仍未设置统计台账");
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_HAND_OVER);

		LocalDate lapsed = users.summary(i.inspector1()).certValidTo().plusDays(1);
		assertThat(lapsed).isAfter(users.summary(i.inspector2()).certValidTo());
		clockAt(lapsed);
		execute(job(InspectionProcess.TASK_HAND_OVER, pi));

		assertThat(pi).hasPassed(InspectionProcess.TASK_HAND_OVER).isWaitingAt(InspectionProcess.TASK_CLOSE);
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded();
		Inspection handed = inspections.getUnchecked(i.id());
		assertThat(handed.leadNumber()).isNotBlank();
		assertThat(handed.status()).isEqualTo(InspectionStatus.CLOSED);
	}

	private InspectionCommands.RecordInspection minor(Inspection i, LocalDate inspectedOn, LocalDate deadline) {
		List<InspectionItem> items = fixture.plans.items(i.planId());
		List<InspectionCommands.CheckRecord> checks = items.stream()
			.map(item -> new InspectionCommands.CheckRecord(item.id(), !item.equals(items.get(1)),
					item.equals(items.get(1)) ? "未设置统计台账" : null, "现场检查笔录第1页"))
			.toList();
		return new InspectionCommands.RecordInspection(inspectedOn, checks, InspectionResult.MINOR, "未设置统计台账，情节轻微",
				"建立工业产值统计台账", deadline);
	}

	private ProcessInstance recheckInstance(long correctionId) {
		return runtime.createProcessInstanceQuery().processInstanceId(plans.planUnchecked(correctionId).processInstanceId())
			.singleResult();
	}

	private static void clockAt(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
	}

	private ProcessInstance instance(Inspection i) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

	private Task task(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

}

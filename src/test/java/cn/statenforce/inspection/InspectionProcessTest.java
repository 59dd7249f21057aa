package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.math.BigDecimal;
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
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.handover.CorrectionOutcomeListener;

/** Every path through inspection.bpmn with the real delegates, services and H2. */
@StatEnforceTest
class InspectionProcessTest {

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
	NotificationService notifications;

	@Autowired
	List<CorrectionOutcomeListener> listeners;

	@Autowired
	CorrectionService corrections;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser inspector;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		inspector = fixture.user("yuhu.inspector1");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldCloseWhenNoProblemIsFound() {
		Inspection i = fixture.startedInspections(1, 101).get(0);
		ProcessInstance pi = instance(i);
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_SERVE_NOTICE);
		serveAndRecord(i, InspectionResult.NO_PROBLEM);
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_CLOSE);
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded().hasPassed(InspectionProcess.TASK_ONSITE, "End_Closed");
		Inspection closed = inspections.getUnchecked(i.id());
		assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
		assertThat(closed.noticeNumber()).startsWith("雨统检通〔");
		assertThat(inspections.checks(i.id())).hasSize(4).allMatch(InspectionCheck::conforming);
		assertThat(jdbc.queryForObject("SELECT last_inspection_result FROM enterprise WHERE id = ?", String.class,
				i.enterpriseId())).isEqualTo("未发现问题");
	}

	@Test
	void shouldCloseWhenTheRecheckInTheRectificationCapabilityFindsItCorrected() {
		Inspection i = fixture.startedInspections(1, 102).get(0);
		ProcessInstance pi = instance(i);
		serveAndRecord(i, InspectionResult.MINOR);
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_ORDER_CORRECTION);
		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));
		// the order is tracked by the rectification capability; the inspection waits for its re-check
		assertThat(pi).isWaitingAt(InspectionProcess.EVENT_RECHECKED);
		Inspection ordered = inspections.getUnchecked(i.id());
		assertThat(ordered.correctionDeadline()).isAfter(ordered.inspectedOn());
		assertThat(ordered.correctionRefNumber()).isNotBlank();
		long correctionId = ordered.correctionRefId();
		assertThat(corrections.correctionUnchecked(correctionId).inspectorList()).containsExactlyInAnyOrder(i.inspector1(), i.inspector2());
		// an outcome naming another inspection is refused
		CorrectionOutcomeListener listener = listeners.stream().filter(l -> l.originType().equals("INSPECTION")).findFirst().orElseThrow();
		assertThatThrownBy(() -> listener.onRechecked(i.id(), "XX-0000", correctionId, true, "错号")).isInstanceOf(ConflictException.class);
		corrections.recheck(fixture.user(i.inspector2()), correctionId, true, "已按要求建立统计台账");
		assertThat(pi).hasPassed(InspectionProcess.EVENT_RECHECKED).isWaitingAt(InspectionProcess.TASK_CLOSE);
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded().hasNotPassed(InspectionProcess.TASK_HAND_OVER);
		Inspection closed = inspections.getUnchecked(i.id());
		assertThat(closed.corrected()).isTrue();
		assertThat(closed.recheckOpinion()).isEqualTo("已按要求建立统计台账");
		assertThat(closed.leadId()).isNull();
		assertThat(corrections.correctionUnchecked(correctionId).isRechecked()).isTrue();
	}

	@Test
	void shouldHandOverALeadWhenTheRecheckInTheRectificationCapabilityFindsItNotCorrected() {
		Inspection i = fixture.startedInspections(1, 103).get(0);
		ProcessInstance pi = instance(i);
		serveAndRecord(i, InspectionResult.MINOR);
		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));
		assertThat(pi).isWaitingAt(InspectionProcess.EVENT_RECHECKED);
		long correctionId = inspections.getUnchecked(i.id()).correctionRefId();
		// only the inspection's own inspectors re-check (inspector3's certificate has expired: never drawn)
		assertThat(List.of(i.inspector1(), i.inspector2())).doesNotContain("yuhu.inspector3");
		assertThatThrownBy(() -> corrections.recheck(fixture.user("yuhu.inspector3"), correctionId, false, "逾期仍未设置统计台账"))
			.isInstanceOf(ConflictException.class);
		corrections.recheck(fixture.user(i.inspector1()), correctionId, false, "逾期仍未设置统计台账");
		assertThat(pi).hasPassed(InspectionProcess.EVENT_RECHECKED).isWaitingAt(InspectionProcess.TASK_HAND_OVER);
		execute(job(InspectionProcess.TASK_HAND_OVER, pi));
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_CLOSE);
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded().hasPassed(InspectionProcess.TASK_HAND_OVER);
		Inspection handed = inspections.getUnchecked(i.id());
		assertThat(handed.corrected()).isFalse();
		assertThat(handed.leadId()).isNotNull();
		assertThat(handed.leadNumber()).isNotBlank();
		// the ledger keeps the uncorrected item open; the re-check itself is done
		assertThat(corrections.correctionUnchecked(correctionId).corrected()).isFalse();
	}

	@Test
	void shouldRecordTheSummaryDecisionWithinTheLegalCap() {
		Inspection i = fixture.startedInspections(1, 106).get(0);
		ProcessInstance pi = instance(i);
		serveAndRecord(i, InspectionResult.SUMMARY);
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_SUMMARY_DECISION);
		String taskId = task(i).getId();
		BigDecimal tooMuch = new BigDecimal("5000");
		assertThatThrownBy(() -> inspections.recordSummaryDecision(inspector, taskId,
				new InspectionCommands.SummaryDecision("雨统简罚〔2026〕1号", "FINE", tooMuch)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("第五十一条");
		inspections.recordSummaryDecision(inspector, taskId, new InspectionCommands.SummaryDecision("雨统简罚〔2026〕1号", "WARNING", null));
		// the penalty orders correction with it (行政处罚法 Art 28): tracked and re-checked like 责令改正
		assertThat(pi).hasPassed(InspectionProcess.TASK_SUMMARY_DECISION).isWaitingAt(InspectionProcess.TASK_ORDER_CORRECTION);
		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));
		assertThat(pi).isWaitingAt(InspectionProcess.EVENT_RECHECKED);
		Inspection ordered = inspections.getUnchecked(i.id());
		assertThat(ordered.summaryPenalty()).isEqualTo("WARNING");
		assertThat(ordered.correctionMeasure()).isEqualTo("15个工作日内建立统计台账");
		assertThat(ordered.correctionRefNumber()).isNotBlank();
		corrections.recheck(fixture.user(i.inspector2()), ordered.correctionRefId(), true, "已按要求建立统计台账");
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded().hasNotPassed(InspectionProcess.TASK_HAND_OVER);
	}

	@Test
	void shouldRefuseAPenaltyOnTheSpotWithoutAnOrderToCorrect() {
		Inspection i = fixture.startedInspections(1, 107).get(0);
		inspections.serveNotice(inspector, task(i).getId(), new InspectionCommands.ServeNotice(InspectionFixture.today(), "王会计"));
		InspectionCommands.RecordInspection withMeasure = record(i, InspectionResult.SUMMARY);
		InspectionCommands.RecordInspection without = new InspectionCommands.RecordInspection(withMeasure.inspectedOn(),
				withMeasure.checks(), InspectionResult.SUMMARY, withMeasure.summary(), " ", null);
		String taskId = task(i).getId();
		assertThatThrownBy(() -> inspections.recordInspection(inspector, taskId, without))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("第二十八条");
		assertThat(instance(i)).isWaitingAt(InspectionProcess.TASK_ONSITE);
	}

	@Test
	void shouldHandASuspectedViolationOverToTheEnforcementCase() {
		Inspection i = fixture.startedInspections(1, 108).get(0);
		ProcessInstance pi = instance(i);
		serveAndRecord(i, InspectionResult.SUSPECTED);
		execute(job(InspectionProcess.TASK_HAND_OVER, pi));
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_CLOSE);
		execute(job(InspectionProcess.TASK_CLOSE, pi));
		assertThat(pi).isEnded();
		Inspection handed = inspections.getUnchecked(i.id());
		assertThat(handed.leadId()).isNotNull();
		assertThat(handed.leadNumber()).isNotBlank();
	}

	@Test
	void shouldRemindAndEscalateAnOverdueInspection() {
		Inspection i = fixture.startedInspections(1, 109).get(0);
		ProcessInstance pi = instance(i);
		Date reminderAt = (Date) runtime.getVariable(pi.getId(), InspectionProcess.VAR_REMINDER_AT);
		Date overdueAt = (Date) runtime.getVariable(pi.getId(), InspectionProcess.VAR_OVERDUE_AT);
		assertThat(reminderAt).isBefore(overdueAt);
		ClockUtil.setCurrentTime(new Date(reminderAt.getTime() + 60_000));
		execute(job("Event_InspectionReminder", pi));
		execute(job(InspectionProcess.TASK_REMINDER, pi));
		assertThat(notifications.countAbout("INSPECTION", i.id(), "REMINDER")).isEqualTo(2);
		ClockUtil.setCurrentTime(new Date(overdueAt.getTime() + 60_000));
		execute(job("Event_InspectionOverdue", pi));
		execute(job(InspectionProcess.TASK_ESCALATE, pi));
		assertThat(notifications.countAbout("INSPECTION", i.id(), "OVERDUE")).isGreaterThanOrEqualTo(3);
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_SERVE_NOTICE);
	}

	@Test
	void shouldRefuseToRecordTwiceOrOutOfOrder() {
		Inspection i = fixture.startedInspections(1, 110).get(0);
		String noticeTask = task(i).getId();
		assertThatThrownBy(() -> inspections.recordInspection(inspector, noticeTask, record(i, InspectionResult.NO_PROBLEM)))
			.isInstanceOf(ConflictException.class);
		inspections.serveNotice(inspector, noticeTask, new InspectionCommands.ServeNotice(InspectionFixture.today(), "王会计"));
		assertThatThrownBy(() -> inspections.serveNotice(inspector, noticeTask,
				new InspectionCommands.ServeNotice(InspectionFixture.today(), "王会计")))
			.isInstanceOf(cn.statenforce.shared.NotFoundException.class);
		String onsite = task(i).getId();
		var wrong = new InspectionCommands.RecordInspection(InspectionFixture.today(), record(i, InspectionResult.NO_PROBLEM).checks().subList(0, 2),
				InspectionResult.NO_PROBLEM, null, null, null);
		assertThatThrownBy(() -> inspections.recordInspection(inspector, onsite, wrong)).isInstanceOf(BadRequestException.class);
		CurrentUser stranger = fixture.user("yuetang.inspector1");
		assertThatThrownBy(() -> inspections.recordInspection(stranger, onsite, record(i, InspectionResult.NO_PROBLEM)))
			.isInstanceOf(cn.statenforce.shared.NotFoundException.class);
		assertThat(inspections.checks(i.id())).isEmpty();
	}

	private void serveAndRecord(Inspection i, InspectionResult result) {
		inspections.serveNotice(inspector, task(i).getId(), new InspectionCommands.ServeNotice(InspectionFixture.today(), "王会计"));
		inspections.recordInspection(inspector, task(i).getId(), record(i, result));
	}

	private InspectionCommands.RecordInspection record(Inspection i, InspectionResult result) {
		List<InspectionItem> items = fixture.plans.items(i.planId());
		boolean problem = result != InspectionResult.NO_PROBLEM;
		List<InspectionCommands.CheckRecord> checks = items.stream()
			.map(item -> new InspectionCommands.CheckRecord(item.id(), !(problem && item.equals(items.get(1))),
					problem && item.equals(items.get(1)) ? "未设置统计台账" : null, "现场检查笔录第1页"))
			.toList();
		return new InspectionCommands.RecordInspection(InspectionFixture.today(), checks, result, "检查情况",
				result == InspectionResult.MINOR || result == InspectionResult.SUMMARY ? "15个工作日内建立统计台账" : null, null);
	}

	private ProcessInstance instance(Inspection i) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

	private Task task(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

}

package cn.statenforce.interference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;

/**
 * Every path of interference-report-schedule.bpmn (the daily opening) and interference-report.bpmn: a zero report, a
 * report with records (a zero report refused), and the overdue reminder before a late submission. Periods of 2031, which
 * no other test reports.
 */
@StatEnforceTest
class InterferenceReportProcessTest {

	static final String SCHEDULE_KEY = "interference-report-schedule";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	InterferenceService records;

	@Autowired
	InterferenceReportService reports;

	@Autowired
	NotificationService notifications;

	@Autowired
	CaseFixture f;

	@BeforeEach
	void setUp() {
		init(processEngine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void shouldOpenEachBureausQuarterlyReportOnceAndTakeZeroAndCountedReports() {
		designate("yuhu.director", "yuhu.legal");
		// a record in the quarter for 岳塘区; none for 雨湖区
		clock(LocalDate.of(2031, 2, 14));
		records.record(f.as("yuetang.inspector2"), InterferenceRecordTest.command(LocalDate.of(2031, 2, 14), null, null), List.of());

		clock(LocalDate.of(2031, 4, 2));
		ProcessInstance schedule = runSchedule();
		assertThat(schedule).isWaitingAt("Task_OpenDueReports");
		execute(job("Task_OpenDueReports", schedule));
		assertThat(schedule).isEnded().hasPassed("Event_ReportsOpened");
		InterferenceReport yuhu = reports.reportByNumber("GY430302-2031-Q1");
		InterferenceReport yuetang = reports.reportByNumber("GY430304-2031-Q1");
		org.assertj.core.api.Assertions.assertThat(reports.reportByNumber("GY430300-2031-Q1")).isNotNull();
		// due 10 working days after 31 March 2031 (a Monday; no holiday table for 2031, so weekends only): 14 April
		org.assertj.core.api.Assertions.assertThat(yuhu.dueOn()).isEqualTo(LocalDate.of(2031, 4, 14));
		org.assertj.core.api.Assertions.assertThat(yuhu.periodStart()).isEqualTo(LocalDate.of(2031, 1, 1));
		// opening again the same day opens nothing
		org.assertj.core.api.Assertions.assertThat(reports.openDueReports()).isEmpty();

		ProcessInstance pi = instance(yuhu);
		assertThat(pi).isWaitingAt(InterferenceReportService.TASK_SUBMIT);
		assertThat(pi).task().hasCandidateUser("yuhu.legal").hasCandidateGroup("DIRECTOR_430302");
		// a leader, an inspector and the upper bureau cannot submit it
		assertThatThrownBy(() -> reports.submit(f.as("yuhu.leader"), yuhu.id(), true, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reports.submit(f.as("yuhu.inspector1"), yuhu.id(), true, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reports.submit(f.as("city.director"), yuhu.id(), true, null)).isInstanceOf(NotFoundException.class);
		// no record in the period: the zero report must be confirmed
		assertThatThrownBy(() -> reports.submit(f.as("yuhu.legal"), yuhu.id(), false, null))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("零报告");
		InterferenceReport zero = reports.submit(f.as("yuhu.legal"), yuhu.id(), true, "本季度未发生领导干部干预统计工作的情况");
		org.assertj.core.api.Assertions.assertThat(zero.zeroReport()).isTrue();
		org.assertj.core.api.Assertions.assertThat(zero.recordCount()).isZero();
		assertThat(pi).isEnded().hasPassed("Event_ReportSubmitted").hasNotPassed("Task_RemindInterferenceReport");
		assertThatThrownBy(() -> reports.submit(f.as("yuhu.legal"), yuhu.id(), true, null)).isInstanceOf(ConflictException.class);
		// the upper bureau's director sees the report, not the records
		org.assertj.core.api.Assertions.assertThat(reports.reports(f.as("city.director"))).extracting(InterferenceReport::reportNumber)
			.contains("GY430302-2031-Q1", "GY430304-2031-Q1");
		org.assertj.core.api.Assertions.assertThat(reports.recordsOf(f.as("city.director"), yuetang)).isEmpty();
		org.assertj.core.api.Assertions.assertThat(reports.reports(f.as("yuhu.leader"))).isEmpty();

		// 岳塘区 has one record: a zero report is refused, the count is taken at submission
		org.assertj.core.api.Assertions.assertThat(reports.recordsOf(f.as("yuetang.director"), yuetang)).hasSize(1);
		assertThatThrownBy(() -> reports.submit(f.as("yuetang.director"), yuetang.id(), true, null))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能作零报告");
		ProcessInstance yuetangPi = instance(yuetang);
		InterferenceReport counted = reports.submit(f.as("yuetang.director"), yuetang.id(), false, null);
		org.assertj.core.api.Assertions.assertThat(counted.recordCount()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(counted.zeroReport()).isFalse();
		assertThat(yuetangPi).isEnded();
	}

	@Test
	void shouldRemindWhenTheReportIsOverdueAndStillTakeItLate() {
		clock(LocalDate.of(2031, 7, 3));
		ProcessInstance schedule = runSchedule();
		execute(job("Task_OpenDueReports", schedule));
		InterferenceReport city = reports.reportByNumber("GY430300-2031-Q2");
		ProcessInstance pi = instance(city);
		assertThat(pi).isWaitingAt(InterferenceReportService.TASK_SUBMIT);
		// the day after the due date
		clock(city.dueOn().plusDays(1));
		execute(job("Event_ReportOverdue", pi));
		assertThat(pi).isWaitingAt("Task_RemindInterferenceReport", InterferenceReportService.TASK_SUBMIT);
		execute(job("Task_RemindInterferenceReport", pi));
		assertThat(pi).hasPassed("Event_ReportReminded").isWaitingAt(InterferenceReportService.TASK_SUBMIT);
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout("INTERFERENCE_REPORT", city.id(), "OVERDUE"))
			.isGreaterThanOrEqualTo(1);
		reports.submit(f.as("city.director"), city.id(), true, null);
		assertThat(pi).isEnded().hasPassed("Task_RemindInterferenceReport", "Event_ReportSubmitted");
	}

	private void designate(String director, String username) {
		try {
			records.designate(f.as(director), username);
		}
		catch (ConflictException alreadyDesignated) {
			// designated by another test of this context
		}
	}

	/** Fires the schedule's timer start event: a new instance waits before its service task. */
	private ProcessInstance runSchedule() {
		Job timer = management.createJobQuery().processDefinitionKey(SCHEDULE_KEY).timers().singleResult();
		management.executeJob(timer.getId());
		return runtime.createProcessInstanceQuery().processDefinitionKey(SCHEDULE_KEY).active().list().stream()
			.filter(p -> management.createJobQuery().processInstanceId(p.getId()).count() > 0).findFirst().orElseThrow();
	}

	private ProcessInstance instance(InterferenceReport r) {
		return runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult();
	}

	static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}

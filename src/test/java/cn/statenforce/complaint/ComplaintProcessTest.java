package cn.statenforce.complaint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * Every path of complaint.bpmn: accepted and turned into a case lead; accepted, no violation found; passed to another
 * department; outside the remit; triage returned by the leader; the acknowledgement reminder; the handling escalation.
 * A phone report taken on Sunday 20 September 2026 (a make-up working day): 15 days end on 5 October, a National Day
 * holiday, so the reporter must be told by 8 October; accepted on 22 September, 60 days end on Saturday 21 November, so
 * it must be handled by Monday 23 November.
 */
@StatEnforceTest
class ComplaintProcessTest {

	static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 9, 20, 10, 15);

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ComplaintService complaints;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(processEngine);
		clock(LocalDate.of(2026, 9, 21));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	Enterprise unit() {
		return enterprises.search(f.as("yuhu.inspector1"), null, 1, 100).items().stream()
			.filter(e -> "ORGANIZATION".equals(e.partyType())).skip(3).findFirst().orElseThrow();
	}

	ComplaintView phoneReport() {
		return complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("PHONE", RECEIVED, unit().name(),
				"湘潭市雨湖区", "来电反映该公司2025年年报营业收入虚报约3000万元，财务账与统计台账不一致。", false, "欧阳明月", "13907310000", null,
				"湘潭市雨湖区韶山西路1号"), List.of());
	}

	static ComplaintCommands.Triage triage(String decision, String passTo) {
		return new ComplaintCommands.Triage(decision, "反映内容具体，属统计违法行为举报范围", passTo, "您的举报已受理，我局将依法核查。", "PHONE");
	}

	@Test
	void shouldAcceptAndTurnTheReportIntoACaseLeadWithoutTheReporter() {
		ComplaintView c = phoneReport();
		org.assertj.core.api.Assertions.assertThat(c.complaintNumber()).matches("JB430302-2026-\\d{4}");
		org.assertj.core.api.Assertions.assertThat(c.ackDue()).isEqualTo(LocalDate.of(2026, 10, 8));
		ProcessInstance pi = instance(c);
		assertThat(pi).isWaitingAt(ComplaintService.TASK_TRIAGE);
		assertThat(pi).task().isAssignedTo("yuhu.inspector1");
		complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("ACCEPT", null));
		assertThat(pi).isWaitingAt(ComplaintService.TASK_APPROVE_TRIAGE);
		assertThat(pi).task().hasCandidateGroup("LEADER_430302").hasCandidateGroup("DIRECTOR_430302");
		assertThatThrownBy(() -> complaints.approveTriage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Approval(true, null)))
			.isInstanceOf(ConflictException.class);
		clock(LocalDate.of(2026, 9, 22));
		ComplaintView accepted = complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, "同意受理"));
		org.assertj.core.api.Assertions.assertThat(accepted.handlingDue()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(pi).hasPassed("Event_Acknowledged").isWaitingAt(ComplaintService.TASK_HANDLE);
		assertThat(pi).task().isAssignedTo("yuhu.inspector1");
		assertThatThrownBy(() -> complaints.handle(f.as("yuhu.inspector1"), c.id(), handling("CASE_LEAD", null), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("名录库");
		ComplaintView handled = complaints.handle(f.as("yuhu.inspector1"), c.id(), handling("CASE_LEAD", unit().id()), List.of());
		assertThat(pi).isEnded().hasPassed("Event_ComplaintHandled").hasNotPassed("Task_RemindAcknowledgement", "Task_EscalateHandling");
		org.assertj.core.api.Assertions.assertThat(handled.leadNumber()).matches("XS430302-2026-\\d{4}");
		EnforcementCase lead = f.queries.getUnchecked(handled.leadCaseId());
		org.assertj.core.api.Assertions.assertThat(lead.getSource()).isEqualTo("REPORT");
		org.assertj.core.api.Assertions.assertThat(lead.getOriginType()).isEqualTo("COMPLAINT");
		org.assertj.core.api.Assertions.assertThat(lead.getOriginId()).isEqualTo(c.id());
		org.assertj.core.api.Assertions.assertThat(lead.getEnterpriseId()).isEqualTo(unit().id());
		// the case never learns who reported
		org.assertj.core.api.Assertions.assertThat(lead.getReporterName()).isNull();
		org.assertj.core.api.Assertions.assertThat(lead.getReporterContact()).isNull();
		org.assertj.core.api.Assertions.assertThat(lead.getFindings()).doesNotContain("欧阳明月");
	}

	@Test
	void shouldCloseWithFeedbackWhenNoViolationIsFound() {
		ComplaintView c = accepted();
		ProcessInstance pi = instance(c);
		ComplaintCommands.Handling unreachable = new ComplaintCommands.Handling("NO_VIOLATION", "经现场核查，数据与台账一致", null, null, null,
				"UNREACHABLE");
		assertThatThrownBy(() -> complaints.handle(f.as("yuhu.inspector1"), c.id(), unreachable, List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("应当告知");
		ComplaintView done = complaints.handle(f.as("yuhu.inspector1"), c.id(), handling("NO_VIOLATION", null), List.of());
		assertThat(pi).isEnded().hasPassed("Event_ComplaintHandled");
		org.assertj.core.api.Assertions.assertThat(done.status()).isEqualTo("HANDLED");
		org.assertj.core.api.Assertions.assertThat(done.leadNumber()).isNull();
	}

	@Test
	void shouldPassTheReportToAnotherDepartment() {
		ComplaintView c = phoneReport();
		ProcessInstance pi = instance(c);
		assertThatThrownBy(() -> complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("PASS_ON", " ")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("转办部门");
		complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("PASS_ON", "湘潭市雨湖区市场监督管理局"));
		ComplaintView done = complaints.approveTriage(f.as("yuhu.director"), c.id(), new ComplaintCommands.Approval(true, null));
		assertThat(pi).isEnded().hasPassed("Event_ComplaintPassedOn").hasNotPassed(ComplaintService.TASK_HANDLE);
		org.assertj.core.api.Assertions.assertThat(done.status()).isEqualTo("PASSED_ON");
		org.assertj.core.api.Assertions.assertThat(done.closedAt()).isNotNull();
	}

	@Test
	void shouldCloseAReportOutsideTheRemit() {
		ComplaintView c = phoneReport();
		ProcessInstance pi = instance(c);
		complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("OUTSIDE_REMIT", null));
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, null));
		assertThat(pi).isEnded().hasPassed("Event_ComplaintOutsideRemit");
	}

	@Test
	void shouldReturnTheTriageToTheHandlerWhenTheLeaderDisagrees() {
		ComplaintView c = phoneReport();
		ProcessInstance pi = instance(c);
		complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("OUTSIDE_REMIT", null));
		assertThatThrownBy(() -> complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(false, null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("退回理由");
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(false, "涉及统计数据造假，应予受理"));
		assertThat(pi).isWaitingAt(ComplaintService.TASK_TRIAGE);
		assertThat(pi).task().isAssignedTo("yuhu.inspector1");
		org.assertj.core.api.Assertions.assertThat(complaints.view(f.as("yuhu.leader"), c.id()).status()).isEqualTo("RECEIVED");
		complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("ACCEPT", null));
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, null));
		assertThat(pi).isWaitingAt(ComplaintService.TASK_HANDLE);
	}

	@Test
	void shouldRemindWhenTheReporterIsNotToldInTimeAndGiveTheReportToWhoeverSignsForIt() {
		var receipt = complaints.submitPublic(new ComplaintCommands.PublicSubmission(f.as("yuhu.leader").bureauId(), unit().name(), null,
				"该企业要求员工在统计报表上填写虚假的从业人员数和工资总额。", true, null, null, null), "198.51.100.23");
		ComplaintView c = complaints.byNumbers(List.of(receipt.complaintNumber())).get(receipt.complaintNumber());
		ProcessInstance pi = instance(c);
		assertThat(pi).isWaitingAt(ComplaintService.TASK_TRIAGE);
		assertThat(pi).task().isNotAssigned().hasCandidateGroup("INSPECTOR_430302");
		clock(c.ackDue().plusDays(1));
		execute(job("Event_AcknowledgementDue", pi));
		execute(job("Task_RemindAcknowledgement", pi));
		assertThat(pi).hasPassed("Event_AcknowledgementReminded").isWaitingAt(ComplaintService.TASK_TRIAGE);
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification WHERE subject_type = 'COMPLAINT' AND subject_id = ? AND category = 'OVERDUE' AND recipient = 'yuhu.leader'",
				Integer.class, c.id())).isEqualTo(1);
		// signing for the triage makes the inspector the handler
		taskService.claim(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), "yuhu.inspector2");
		org.assertj.core.api.Assertions.assertThat(complaints.handlerOf(c.id())).isEqualTo("yuhu.inspector2");
		assertThatThrownBy(() -> complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("ACCEPT", null)))
			.isInstanceOf(ConflictException.class);
		complaints.triage(f.as("yuhu.inspector2"), c.id(), new ComplaintCommands.Triage("ACCEPT", "线索具体", null, "您的举报已受理，可凭查询码查询办理情况", "ONLINE"));
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, null));
		assertThat(pi).isWaitingAt(ComplaintService.TASK_HANDLE);
		assertThat(pi).task().isAssignedTo("yuhu.inspector2");
	}

	@Test
	void shouldEscalateWhenTheHandlingPeriodEnds() {
		ComplaintView c = accepted();
		ProcessInstance pi = instance(c);
		clock(LocalDate.of(2026, 11, 24));
		execute(job("Event_HandlingDue", pi));
		execute(job("Task_EscalateHandling", pi));
		assertThat(pi).hasPassed("Event_HandlingEscalated").isWaitingAt(ComplaintService.TASK_HANDLE);
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
				"SELECT recipient FROM notification WHERE subject_type = 'COMPLAINT' AND subject_id = ? AND category = 'ESCALATION'",
				String.class, c.id())).containsExactlyInAnyOrder("yuhu.inspector1", "yuhu.leader", "yuhu.director");
		org.assertj.core.api.Assertions.assertThat(complaints.view(f.as("yuhu.leader"), c.id()).isOverdue()).isTrue();
		complaints.handle(f.as("yuhu.inspector1"), c.id(), handling("NO_VIOLATION", null), List.of());
		assertThat(pi).isEnded().hasPassed("Task_EscalateHandling", "Event_ComplaintHandled");
	}

	/**
	 * Optimistic locking (issue 16): two triage proposals made on the version both users read → one wins, the other
	 * 409 and changes nothing; after the leader returns the triage the status is 已收到 again, yet a proposal still made
	 * on the first version (a form left open) is stale: the status alone would have let it through.
	 */
	@Test
	void shouldRefuseAnEditMadeOnAStaleVersion() {
		ComplaintView c = phoneReport();
		int read = c.rowVersion();
		ComplaintView first = complaints.triage(f.as("yuhu.inspector1"), c.id(), read, triage("ACCEPT", null));
		org.assertj.core.api.Assertions.assertThat(first.rowVersion()).isEqualTo(read + 1);
		assertThatThrownBy(() -> complaints.triage(f.as("yuhu.inspector1"), c.id(), read, triage("PASS_ON", "湘潭市市场监督管理局")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), first.rowVersion(),
				new ComplaintCommands.Approval(false, "涉及统计数据造假，请补充核实后重新分办"));
		org.assertj.core.api.Assertions.assertThat(complaints.view(f.as("yuhu.leader"), c.id()).status()).isEqualTo("RECEIVED");
		assertThatThrownBy(() -> complaints.triage(f.as("yuhu.inspector1"), c.id(), read, triage("PASS_ON", "湘潭市市场监督管理局")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThatThrownBy(() -> complaints.approveTriage(f.as("yuhu.leader"), c.id(), first.rowVersion(),
				new ComplaintCommands.Approval(true, null))).isInstanceOf(ConflictException.class);
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM activity_log WHERE subject_type = 'COMPLAINT' AND subject_id = ? AND action = 'TRIAGED'",
				Long.class, c.id())).as("one triage recorded").isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForMap("SELECT status, pass_to, row_version FROM complaint WHERE id = ?", c.id()))
			.containsEntry("STATUS", "RECEIVED").containsEntry("PASS_TO", null).containsEntry("ROW_VERSION", read + 2);
		assertThat(instance(c)).isWaitingAt(ComplaintService.TASK_TRIAGE);
	}

	private ComplaintView accepted() {
		ComplaintView c = phoneReport();
		complaints.triage(f.as("yuhu.inspector1"), c.id(), triage("ACCEPT", null));
		clock(LocalDate.of(2026, 9, 22));
		return complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, null));
	}

	static ComplaintCommands.Handling handling(String result, Long enterpriseId) {
		return new ComplaintCommands.Handling(result, "经调取财务账和统计台账核实，2025年营业收入多报2860万元", enterpriseId,
				LocalDate.of(2026, 3, 15), "经核查，举报情况属实，已依法立案查处。", "PHONE");
	}

	private ProcessInstance instance(ComplaintView c) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.complaintNumber()).singleResult();
	}

	static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}

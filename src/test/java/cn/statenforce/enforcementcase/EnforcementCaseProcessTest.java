package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.document.DossierFixture;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.handover.CorrectionOutcomeListener;

import static cn.statenforce.enforcementcase.CaseFixture.no;
import static cn.statenforce.enforcementcase.CaseFixture.yes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/** Every path of enforcement-case.bpmn with the real delegates, services and H2. */
@StatEnforceTest
class EnforcementCaseProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	DossierFixture dossier;

	@Autowired
	List<CorrectionOutcomeListener> listeners;

	@Autowired
	CorrectionService corrections;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private static void assertWaiting(ProcessInstance pi, String activity) {
		BpmnAwareTests.assertThat(pi).isWaitingAt(activity);
	}

	@Test
	@DisplayName("不予立案：领导批准后结束，案件状态为不予立案")
	void shouldEndWithoutFilingWhenLeaderApprovesNotFiling() {
		EnforcementCase c = f.lead(AppClock.today().minusDays(20));
		ProcessInstance pi = f.pi(c);
		assertWaiting(pi, "Task_AssessLead");
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.NOT_FILE, "情节显著轻微"));
		assertWaiting(pi, "Task_ApproveNotFiling");
		// an inspector may not approve, and a sibling bureau does not even see the case
		assertThatThrownBy(() -> f.intake.approveNotFiling(f.as("yuhu.inspector2"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class);
		f.intake.approveNotFiling(f.as("yuhu.leader"), c.getId(), no());
		assertWaiting(pi, "Task_AssessLead");
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.NOT_FILE, "补充理由"));
		f.intake.approveNotFiling(f.as("yuhu.leader"), c.getId(), yes());
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_NotFiled");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.NOT_FILED);
		// twice → 409
		assertThatThrownBy(() -> f.intake.approveNotFiling(f.as("yuhu.leader"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	@DisplayName("立案审批不同意：退回核查线索，补充后再报批立案")
	void shouldReturnTheLeadToAssessmentWhenFilingIsNotApproved() {
		EnforcementCase c = f.lead(AppClock.today().minusDays(40));
		ProcessInstance pi = f.pi(c);
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "建议立案"));
		execute(job("Task_CheckLimitation", pi));
		assertWaiting(pi, "Task_ApproveFiling");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);
		f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), no());
		assertWaiting(pi, "Task_AssessLead");
		BpmnAwareTests.assertThat(pi).hasNotPassed("Task_FileCase");
		EnforcementCase back = f.reload(c);
		assertThat(back.getStatus()).isEqualTo(CaseStatus.LEAD);
		assertThat(back.getCaseNumber()).isNull();
		// the same approval again is out of order now (409), the step is 核查线索 again
		assertThatThrownBy(() -> f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("立案审批");
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "已补充证据，再次建议立案"));
		execute(job("Task_CheckLimitation", pi));
		f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_FileCase", pi));
		assertWaiting(pi, "Task_Investigate");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
	}

	@Test
	@DisplayName("首违、轻微并及时改正：不予处罚，无须事先告知、罚款和责令改正，送达后结案归档")
	void shouldCloseANoPenaltyDecisionWithoutOrderToCorrect() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		// 行政处罚法第三十三条第一款: first, minor and corrected in time → no penalty; nothing left to order corrected
		f.investigation.reportInvestigation(f.as("yuhu.inspector2"), c.getId(), new CaseCommands.InvestigationReport(List.of(
				new CaseCommands.ViolationItem("LATE_REPORTING", "迟报一期月度报表，已于次日补报")), "MINOR", true, true, false,
				"调查终结"));
		execute(job("Task_RecommendDiscretion", pi));
		assertThat(f.reload(c).getRecOutcome()).isEqualTo("NO_PENALTY");
		f.investigation.proposeHandling(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HandlingProposal(
				Disposition.NO_PENALTY, null, null, null, null, "首次违法、情节轻微并已及时改正，建议不予处罚"));
		// no prior notice for a decision that imposes nothing (行政处罚法第四十四条 applies to penalties)
		execute(job("Task_DetermineGates", pi));
		assertWaiting(pi, "Task_ApproveDecision");
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		assertWaiting(pi, "Task_ServeDecision");
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(),
				CaseEnums.ServiceMethod.DIRECT, null));
		assertWaiting(pi, "Task_ApproveClosure");
		EnforcementCase served = f.reload(c);
		assertThat(served.isCorrectionOrdered()).isFalse();
		assertThat(served.getCorrectionId()).isNull();
		assertThat(served.getFineAmount()).isNull();
		dossier.complete(f.as("yuhu.inspector1"), served, false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes());
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), true);
		f.closure.archive(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Archive("2025-AJ-002"));
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Gateway_Correction", "Gateway_ClosureJoin", "EndEvent_Archived")
			.hasNotPassed("Task_PriorNotice", "Task_RecordPayment", "Task_OpenCorrection", "Task_Publish",
					"Event_CorrectionRechecked");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.ARCHIVED);
	}

	@Test
	@DisplayName("处罚决定审批不同意：退回调查取证，案件回到调查阶段")
	void shouldReturnTheCaseToInvestigationWhenTheDecisionIsNotApproved() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		assertWaiting(pi, "Task_ApproveDecision");
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(false, "事实认定证据不足，补充调查"));
		assertWaiting(pi, "Task_Investigate");
		BpmnAwareTests.assertThat(pi).hasNotPassed("Task_IssueDecision");
		EnforcementCase back = f.reload(c);
		assertThat(back.getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
		assertThat(back.getDecidedOn()).isNull();
		assertThatThrownBy(() -> f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("处罚决定审批");
	}

	@Test
	@DisplayName("超过追责时效的线索不得立案，转不予立案审批")
	void shouldRouteTimeBarredLeadToNotFiling() {
		EnforcementCase c = f.lead(AppClock.today().minusYears(3));
		ProcessInstance pi = f.pi(c);
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "建议立案"));
		execute(job("Task_CheckLimitation", pi));
		assertWaiting(pi, "Task_ApproveNotFiling");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.NOT_FILING_PROPOSED);
		assertThatThrownBy(() -> f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class);
		f.intake.approveNotFiling(f.as("yuhu.leader"), c.getId(), yes());
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_NotFiled");
	}

	@Test
	@DisplayName("简易程序：当场警告 → 备案 → 公示 → 结案 → 归档")
	void shouldCloseSummaryWarning() {
		EnforcementCase c = f.lead(AppClock.today().minusDays(5));
		ProcessInstance pi = f.pi(c);
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.SUMMARY, "事实清楚"));
		assertWaiting(pi, "Task_SummaryDecision");
		// the expired certificate of inspector3 is refused
		assertThatThrownBy(() -> f.summary.summaryDecision(f.as("yuhu.inspector1"), c.getId(), summary("yuhu.inspector3", "WARNING", null)))
			.isInstanceOf(BadRequestException.class);
		// a fine above the summary limit (3,000 yuan) is refused
		assertThatThrownBy(() -> f.summary.summaryDecision(f.as("yuhu.inspector1"), c.getId(),
				summary("yuhu.inspector2", "WARNING_AND_FINE", BigDecimal.valueOf(5000))))
			.isInstanceOf(BadRequestException.class);
		// a penalty without an order to correct is refused (行政处罚法第二十八条)
		assertThatThrownBy(() -> f.summary.summaryDecision(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.SummaryDecision(List.of("yuhu.inspector1", "yuhu.inspector2"), "FALSE_OR_INCOMPLETE_DATA",
						"WARNING", null, null, null, "少报从业人员")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("第二十八条");
		f.summary.summaryDecision(f.as("yuhu.inspector1"), c.getId(), summary("yuhu.inspector2", "WARNING", null));
		execute(job("Task_FileSummaryDecision", pi));
		assertThat(f.reload(c).getDecisionNumber()).startsWith("雨统罚决〔");
		assertWaiting(pi, "Task_Publish");
		f.execution.publish(f.as("yuhu.inspector2"), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		execute(job("Task_OpenCorrection", pi));
		corrections.recheck(f.as("yuhu.inspector2"), f.reload(c).getCorrectionId(), true, "已如实更正从业人员数");
		assertWaiting(pi, "Task_ApproveClosure");
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes());
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), true);
		f.closure.archive(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Archive("2025-JC-001"));
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Archived", "Task_OpenCorrection").hasNotPassed("Task_RecordPayment");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.ARCHIVED);
		assertThat(f.reload(c).getPublicationText()).contains("警告");
	}

	private static CaseCommands.SummaryDecision summary(String second, String outcome, BigDecimal fine) {
		return new CaseCommands.SummaryDecision(List.of("yuhu.inspector1", second), "FALSE_OR_INCOMPLETE_DATA", outcome, fine,
				"如实报送从业人员数", AppClock.today().plusDays(15), "少报从业人员");
	}

	@Test
	@DisplayName("罚款（无听证）+ 责令改正已改正：普通程序到归档")
	void shouldFineWithoutHearingAndCloseWhenCorrected() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		assertThat(c.getCaseNumber()).startsWith("雨统立〔");
		assertThat(pi.getBusinessKey()).isEqualTo(c.getCaseCode()).startsWith("AJ430302-");
		assertWaiting(pi, "Task_Investigate");
		// inspector3's certificate has expired: cannot join the team
		assertThatThrownBy(() -> f.team.addInspector(f.as("yuhu.inspector1"), c.getId(), "yuhu.inspector3"))
			.isInstanceOf(BadRequestException.class);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		EnforcementCase r = f.reload(c);
		assertThat(r.getRecRuleId()).isNotBlank();
		assertThat(r.getRecLegalBasis()).contains("统计法");
		assertWaiting(pi, "Task_ProposeHandling");
		// above the recommended range → 400
		assertThatThrownBy(() -> f.proposeFine(c, 200_000, "建立健全统计台账")).isInstanceOf(BadRequestException.class);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		assertWaiting(pi, "Task_ApproveDecision");
		// an investigator may not approve the decision
		assertThatThrownBy(() -> f.decisions.approveDecision(f.as("yuhu.inspector1"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class);
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		assertWaiting(pi, "Task_ServeDecision");
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), CaseEnums.ServiceMethod.DIRECT, null));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		assertWaiting(pi, "Task_RecordPayment");
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Payment(AppClock.today(), BigDecimal.valueOf(20_000)));
		execute(job("Task_OpenCorrection", pi));
		// the re-check is recorded in the rectification capability only: the case waits for its result
		assertWaiting(pi, "Event_CorrectionRechecked");
		long correctionId = f.reload(c).getCorrectionId();
		assertThat(corrections.correctionUnchecked(correctionId).originId()).isEqualTo(c.getId());
		corrections.recheck(f.as("yuhu.inspector2"), correctionId, true, "已建立台账");
		assertWaiting(pi, "Task_ApproveClosure");
		assertThat(f.reload(c).getCorrectionResult()).isEqualTo("CORRECTED");
		assertThat(corrections.correctionUnchecked(correctionId).corrected()).isTrue();
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes());
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), true);
		f.closure.archive(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Archive("2025-AJ-001"));
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RecordPayment", "Event_CorrectionRechecked")
			.hasNotPassed("Task_LegalReview", "Task_ScheduleHearing", "Task_HandleUncorrected");
		assertThat(f.reload(c).getLateCharge()).isEqualByComparingTo("0");
	}

	@Test
	@DisplayName("罚款（听证）：重大案件须法制审核、集体讨论、局长审批；未改正走督办处理")
	void shouldFineWithHearingAndEscalateWhenNotCorrected() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "DESTROY_RECORDS", "SERIOUS", false);
		f.proposeFine(c, 150_000, "补齐原始记录");
		f.noticeAndStatement(c, true);
		assertWaiting(pi, "Task_ScheduleHearing");
		LocalDate hearing = f.hearings.hearingEarliest();
		assertThatThrownBy(() -> f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.HearingNotice(hearing, "yuhu.inspector2", null)))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.HearingNotice(AppClock.today().plusDays(1), "yuhu.legal", null)))
			.isInstanceOf(BadRequestException.class);
		f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HearingNotice(hearing, "yuhu.legal", null));
		// the documents so far, made and served on the days of their steps
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		ClockUtil.setCurrentTime(Date.from(hearing.atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
		// no heavier penalty after the hearing
		assertThatThrownBy(() -> f.hearings.recordHearing(f.as("yuhu.legal"), c.getId(),
				new CaseCommands.HearingRecord(true, "WARNING_AND_FINE", BigDecimal.valueOf(200_000), "加重")))
			.isInstanceOf(ConflictException.class);
		// nor a fine below the benchmark's range, which no decision could approve (re-assess the circumstances instead)
		assertThatThrownBy(() -> f.hearings.recordHearing(f.as("yuhu.legal"), c.getId(),
				new CaseCommands.HearingRecord(true, "WARNING_AND_FINE", BigDecimal.valueOf(50_000), "减轻")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("超出裁量基准建议范围");
		f.hearings.recordHearing(f.as("yuhu.legal"), c.getId(), new CaseCommands.HearingRecord(true, null, null, "听证已举行"));
		execute(job("Task_DetermineGates", pi));
		assertWaiting(pi, "Task_LegalReview");
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "程序合法"));
		assertWaiting(pi, "Task_CollectiveDiscussion");
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局长、分管领导、法制审核员", "同意处罚"));
		// major case: the leader is not offered the approval
		assertThatThrownBy(() -> f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes()))
			.isInstanceOf(ConflictException.class);
		f.decisions.approveDecision(f.as("yuhu.director"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), CaseEnums.ServiceMethod.DIRECT, null));
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		// paid 3 days late: 3 % a day
		EnforcementCase d = f.reload(c);
		LocalDate paid = d.getPaymentDue().plusDays(3);
		ClockUtil.setCurrentTime(Date.from(paid.atTime(LocalTime.NOON).atZone(AppClock.ZONE).toInstant()));
		assertThatThrownBy(() -> f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Payment(paid, BigDecimal.valueOf(150_000)))).isInstanceOf(BadRequestException.class);
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Payment(paid, BigDecimal.valueOf(163_500)));
		assertThat(f.reload(c).getLateCharge()).isEqualByComparingTo("13500");
		execute(job("Task_OpenCorrection", pi));
		assertWaiting(pi, "Event_CorrectionRechecked");
		long correctionId = f.reload(c).getCorrectionId();
		// an outcome for another correction item is refused by the case
		CorrectionOutcomeListener listener = listeners.stream().filter(l -> l.originType().equals("ENFORCEMENT_CASE")).findFirst().orElseThrow();
		assertThatThrownBy(() -> listener.onRechecked(c.getId(), c.getCaseCode(), correctionId + 1, false, "错号")).isInstanceOf(ConflictException.class);
		// only a named inspector records the re-check, in the rectification capability
		assertThatThrownBy(() -> corrections.recheck(f.as("yuhu.inspector3"), correctionId, false, "逾期未改正"))
			.isInstanceOf(ConflictException.class);
		corrections.recheck(f.as("yuhu.inspector1"), correctionId, false, "逾期未改正");
		BpmnAwareTests.assertThat(pi).hasPassed("Event_CorrectionRechecked");
		assertWaiting(pi, "Task_HandleUncorrected");
		assertThat(f.reload(c).getCorrectionResult()).isEqualTo("NOT_CORRECTED");
		assertThat(corrections.correctionUnchecked(correctionId).corrected()).isFalse();
		f.closure.handleUncorrected(f.as("yuhu.leader"), c.getId(), new CaseCommands.Opinion("另案处理"));
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), no());
		assertWaiting(pi, "Task_SupplementExecution");
		f.closure.supplementExecution(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Opinion("补充执行记录"));
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes());
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), true);
		f.closure.archive(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Archive("2025-AJ-002"));
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RecordHearing", "Task_LegalReview",
				"Task_CollectiveDiscussion", "Task_HandleUncorrected");
		assertThat(f.queries.details(f.as("yuhu.leader"), c.getId()).pauses()).anyMatch(p -> p.reason().equals("HEARING") && p.endedOn() != null);
	}

	@Test
	@DisplayName("复杂案件：法制审核退回调查，补充后审核通过并集体讨论")
	void shouldReturnToInvestigationWhenLegalReviewFails() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", true);
		f.proposeFine(c, 10_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		assertWaiting(pi, "Task_LegalReview");
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(false, "证据不足，退回补充调查"));
		assertWaiting(pi, "Task_Investigate");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", true);
		f.proposeFine(c, 10_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "补充证据后事实清楚"));
		assertWaiting(pi, "Task_CollectiveDiscussion");
		// the decision cannot be approved before the discussion
		assertThatThrownBy(() -> f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes())).isInstanceOf(ConflictException.class);
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局务会成员", "同意"));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		assertWaiting(pi, "Task_ServeDecision");
	}

	@Test
	@DisplayName("移送司法机关：不经告知，法制审核后决定移送并结案")
	void shouldTransferToJudicialOrgans() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "FALSE_OR_INCOMPLETE_DATA", "SERIOUS", false);
		f.investigation.proposeHandling(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HandlingProposal(Disposition.TRANSFER,
				null, null, null, null, "涉嫌伪造统计资料构成犯罪"));
		execute(job("Task_DetermineGates", pi));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "同意移送"));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		assertWaiting(pi, "Task_TransferCase");
		f.execution.transfer(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Transfer("湘潭市公安局雨湖分局", "移送函已送达"));
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes());
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), true);
		f.closure.archive(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Archive("2025-AJ-003"));
		BpmnAwareTests.assertThat(pi).isEnded().hasNotPassed("Task_PriorNotice", "Task_ServeDecision");
		assertThat(f.reload(c).getDecisionOutcome()).isEqualTo(Disposition.TRANSFER);
	}

	@Test
	@DisplayName("延期：局长批准延长办案期限，累计不超过3个月")
	void shouldExtendCaseClockWithDirectorApproval() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		LocalDate before = c.getCaseDeadline();
		f.clock.requestExtension(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.ExtensionRequest(2, "需外地调取证据"));
		assertWaiting(pi, "Task_ApproveExtension");
		assertThatThrownBy(() -> f.clock.approveExtension(f.as("yuhu.leader"), c.getId(), yes())).isInstanceOf(ConflictException.class);
		f.clock.approveExtension(f.as("yuhu.director"), c.getId(), yes());
		assertThat(f.reload(c).getCaseDeadline()).isEqualTo(before.plusMonths(2));
		assertThatThrownBy(() -> f.clock.requestExtension(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.ExtensionRequest(2, "再延")))
			.isInstanceOf(BadRequestException.class);
		assertWaiting(pi, "Task_Investigate");
	}

	@Test
	@DisplayName("逾期：超过办案期限由每日检查提请局长督办（只督办一次）")
	void shouldEscalateOverdueCaseToDirector() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		ClockUtil.setCurrentTime(Date.from(c.getCaseDeadline().plusDays(2).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		execute(job("Event_CaseClockTick", pi));
		execute(job("Task_CheckCaseClock", pi));
		assertWaiting(pi, "Task_SuperviseOverdue");
		assertThat(f.reload(c).isOverdueEscalated()).isTrue();
		f.clock.superviseOverdue(f.as("yuhu.director"), c.getId(), new CaseCommands.Opinion("限5日内办结"));
		BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("Task_Investigate");
		ClockUtil.setCurrentTime(Date.from(c.getCaseDeadline().plusDays(3).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		execute(job("Event_CaseClockTick", pi));
		execute(job("Task_CheckCaseClock", pi));
		BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_ClockChecked");
	}

	@Test
	@DisplayName("多项违法行为：逐项裁量并记录规则与依据，合并处罚，罚款须在各项幅度之和内")
	void shouldRecommendForEveryViolationAndCheckTheFineAgainstTheCombinedRange() {
		EnforcementCase c = f.filed();
		f.investigation.reportInvestigation(f.as("yuhu.inspector2"), c.getId(), new CaseCommands.InvestigationReport(List.of(
				new CaseCommands.ViolationItem("OBSTRUCT_INSPECTION", "拒绝提供统计台账"),
				new CaseCommands.ViolationItem("LATE_REPORTING", "迟报月度报表")), "GENERAL", false, false, false, "调查终结"));
		execute(job("Task_RecommendDiscretion", f.pi(c)));
		List<CaseParts.Violation> vs = f.queries.violations(c.getId());
		assertThat(vs).hasSize(2).allSatisfy(v -> {
			assertThat(v.recOutcome()).isEqualTo("WARNING_AND_FINE");
			assertThat(v.recRuleId()).isNotBlank();
			assertThat(v.recLegalBasis()).isNotBlank();
			assertThat(v.recFineMax()).isNotNull();
		});
		assertThat(vs.get(0).recRuleId()).isNotEqualTo(vs.get(1).recRuleId());
		EnforcementCase r = f.reload(c);
		BigDecimal sumMax = vs.get(0).recFineMax().add(vs.get(1).recFineMax());
		assertThat(r.getRecOutcome()).isEqualTo("WARNING_AND_FINE");
		assertThat(r.getRecFineMax()).isEqualByComparingTo(sumMax);
		assertThat(r.getRecFineMin()).isEqualByComparingTo(vs.get(0).recFineMin().add(vs.get(1).recFineMin()));
		assertThat(r.getRecRuleId()).contains(vs.get(0).recRuleId()).contains(vs.get(1).recRuleId());
		assertThat(r.getRecExplanation()).startsWith("分别裁量、合并处罚（2项违法行为）");
		// beyond the combined range: refused and nothing written; beyond one violation's own range but within the sum: accepted
		assertThatThrownBy(() -> f.proposeFine(c, sumMax.longValue() + 1, "建立健全统计台账")).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("超出裁量基准建议范围");
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ProposeHandling");
		long fine = vs.get(0).recFineMax().max(vs.get(1).recFineMax()).longValue() + 1;
		f.proposeFine(c, fine, "按时报送统计报表");
		assertThat(f.reload(c).getProposedFine()).isEqualByComparingTo(BigDecimal.valueOf(fine));
	}

	@Test
	@DisplayName("多项违法行为均为首违、轻微并及时改正：逐项不予处罚，合并后仍不予处罚")
	void shouldRecommendNoPenaltyWhenEveryViolationIsAFirstMinorOneCorrectedInTime() {
		EnforcementCase c = f.filed();
		f.investigation.reportInvestigation(f.as("yuhu.inspector2"), c.getId(), new CaseCommands.InvestigationReport(List.of(
				new CaseCommands.ViolationItem("LATE_REPORTING", "迟报一期"),
				new CaseCommands.ViolationItem("NO_ORIGINAL_RECORDS", "未设置统计台账")), "MINOR", true, true, false, "调查终结"));
		execute(job("Task_RecommendDiscretion", f.pi(c)));
		List<CaseParts.Violation> vs = f.queries.violations(c.getId());
		assertThat(vs).extracting(CaseParts.Violation::recOutcome).containsOnly("NO_PENALTY");
		assertThat(f.reload(c).getRecOutcome()).isEqualTo("NO_PENALTY");
		assertThat(f.reload(c).getRecFineMax()).isNull();
	}

}

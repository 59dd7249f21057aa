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
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseEnums.WaiverMethod;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

import static cn.statenforce.enforcementcase.CaseFixture.yes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * The order the Administrative Penalty Law gives the ordinary procedure, driven through the stage services: the
 * party's windows, dates that cannot run backwards, the payment deadline on the holiday calendar, the outcomes the
 * Statistics Law requires, the hearing chair and the limitation period.
 */
@StatEnforceTest
class CaseProcedureTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private static void at(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
	}

	private CaseCommands.Statement statement(boolean hearing) {
		return new CaseCommands.Statement(true, "我单位已整改，请求从轻", hearing, hearing ? AppClock.today() : null, null, null,
				"申辩理由不成立，维持拟处罚");
	}

	@Test
	@DisplayName("当日陈述申辩但未申请听证：陈述申辩、听证申请期限均未届满，当事人未明确放弃的不能结束告知环节")
	void shouldKeepTheWindowsOpenAfterAStatementOnTheDayOfTheNotice() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 60_000, "建立健全统计台账");
		LocalDate today = AppClock.today();
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.PriorNotice(today, ServiceMethod.DIRECT, null));
		assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(), statement(false)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("陈述、申辩期限至 " + f.reload(c).getDefenceDue());
		// the party waives further statement and defence, but not the hearing: the hearing-request window stays open
		assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				waiving(today, WaiverMethod.ORAL_RECORDED, null, null)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("听证申请期限至 " + f.reload(c).getHearingRequestDue());
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_RecordStatement");
		assertThat(f.reload(c).getStatementWaivedOn()).isNull();
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.NOTIFYING);
	}

	@Test
	@DisplayName("当事人书面放弃陈述申辩和听证：登记放弃的日期和方式后，期限届满前即可审批并作出决定")
	void shouldLetTheExpressWaiversCloseTheWindowsBeforeTheyEnd() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 60_000, "建立健全统计台账");
		LocalDate today = AppClock.today();
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.PriorNotice(today, ServiceMethod.DIRECT, null));
		// a waiver needs its day and its form; it cannot precede the notice nor lie in the future
		assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				waiving(today, null, today, WaiverMethod.WRITTEN)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("放弃陈述申辩的方式");
		assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				waiving(today.minusDays(1), WaiverMethod.WRITTEN, today, WaiverMethod.WRITTEN)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("放弃陈述申辩日期").hasMessageContaining("事先告知书送达日期");
		assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				waiving(today, WaiverMethod.WRITTEN, today.plusDays(1), WaiverMethod.WRITTEN)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("放弃听证日期").hasMessageContaining("不能晚于今天");
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				waiving(today, WaiverMethod.WRITTEN, today, WaiverMethod.RECEIPT_NOTE));
		EnforcementCase w = f.reload(c);
		assertThat(w.getStatementWaivedOn()).isEqualTo(today);
		assertThat(w.getStatementWaiverMethod()).isEqualTo(WaiverMethod.WRITTEN);
		assertThat(w.getHearingWaiverMethod()).isEqualTo(WaiverMethod.RECEIPT_NOTE);
		assertThat(f.queries.details(f.as("yuhu.leader"), c.getId()).opinions()).anyMatch(o -> o.opinion()
			.contains("当事人于 " + today + " 以书面声明方式明确放弃陈述、申辩权利") && o.opinion().contains("在送达回证上签注方式明确放弃听证权利"));
		execute(job("Task_DetermineGates", pi));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "程序合法"));
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局务会成员", "同意处罚"));
		f.decisions.approveDecision(f.as("yuhu.director"), c.getId(), yes());
		assertThat(f.reload(c).getDecidedOn()).isEqualTo(today).isBefore(w.getHearingRequestDue());
	}

	@Test
	@DisplayName("期限届满后当事人未陈述申辩、未申请听证：无需放弃声明即可办结")
	void shouldCloseTheWindowsWhenTheyHaveEnded() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 60_000, "建立健全统计台账");
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.PriorNotice(AppClock.today(), ServiceMethod.DIRECT, null));
		EnforcementCase n = f.reload(c);
		// the defence window has ended, the hearing-request window (5 working days) has not
		at(n.getDefenceDue().plusDays(1));
		if (!AppClock.today().isAfter(n.getHearingRequestDue())) {
			assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
					new CaseCommands.Statement(false, null, false, null, null, null, "当事人未陈述申辩")))
				.isInstanceOf(ConflictException.class).hasMessageContaining("听证申请期限");
		}
		at(n.getHearingRequestDue().plusDays(1));
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Statement(false, null, false, null, null, null, "当事人在期限内未陈述申辩、未申请听证"));
		BpmnAwareTests.assertThat(f.pi(c)).hasPassed("Task_RecordStatement");
	}

	private CaseCommands.Statement waiving(LocalDate statementOn, WaiverMethod statementHow, LocalDate hearingOn,
			WaiverMethod hearingHow) {
		return new CaseCommands.Statement(true, "我单位已整改，没有其他陈述申辩意见", false, null, null, null, "申辩理由不成立，维持拟处罚",
				statementOn, statementHow, hearingOn, hearingHow);
	}

	@Test
	@DisplayName("事先告知送达日期不能早于立案日期")
	void shouldRefuseAPriorNoticeServedBeforeTheFiling() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		assertThatThrownBy(() -> f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.PriorNotice(c.getFiledOn().minusDays(1), ServiceMethod.DIRECT, null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("立案");
		assertThat(f.reload(c).getNoticeServedOn()).isNull();
	}

	@Test
	@DisplayName("公示日期不能早于处罚决定日期")
	void shouldRefuseAPublicationBeforeTheDecision() {
		EnforcementCase c = decidedFine(20_000);
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Service(AppClock.today(), ServiceMethod.DIRECT, null));
		LocalDate decided = f.reload(c).getDecidedOn();
		assertThatThrownBy(() -> f.execution.publish(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Publication(decided.minusDays(20), null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("公示日期");
		assertThat(f.reload(c).getPublishedOn()).isNull();
	}

	@Test
	@DisplayName("送达、缴款、复议诉讼日期不能早于处罚决定日期，公示、缴款日期不能晚于今天")
	void shouldRefuseExecutionDatesBeforeTheDecisionOrInTheFuture() {
		EnforcementCase c = decidedFine(20_000);
		LocalDate decided = c.getDecidedOn();
		assertThatThrownBy(() -> f.execution.serve(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Service(decided.minusDays(1), ServiceMethod.DIRECT, null)))
			.isInstanceOf(BadRequestException.class).hasMessage("决定书送达日期（" + decided.minusDays(1) + "）不能早于处罚决定日期（" + decided + "）");
		assertThatThrownBy(() -> f.execution.recordAppeal(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.AppealRecord(CaseEnums.AppealKind.REVIEW, decided.minusDays(3), "雨湖区人民政府", null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能早于处罚决定日期");
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(decided, ServiceMethod.DIRECT, null));
		assertThatThrownBy(() -> f.execution.publish(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Publication(AppClock.today().plusDays(1), null)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("公示日期").hasMessageContaining("不能晚于今天");
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(decided, null));
		assertThatThrownBy(() -> f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Payment(decided.minusDays(1), BigDecimal.valueOf(20_000))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("缴款日期").hasMessageContaining("处罚决定日期");
		assertThatThrownBy(() -> f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Payment(AppClock.today().plusDays(1), BigDecimal.valueOf(20_000))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能晚于今天");
		assertThat(f.reload(c).getPaidOn()).isNull();
	}

	@Test
	@DisplayName("证据取得日期不能早于违法行为发生日期；听证通知不能早于听证申请")
	void shouldRefuseEvidenceBeforeTheConductAndAHearingNoticeBeforeTheRequest() {
		EnforcementCase c = f.filed();
		assertThatThrownBy(() -> f.investigation.addEvidence(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.AddEvidence(
				CaseEnums.EvidenceKind.DOCUMENT, "统计台账复印件", null, c.getConductDate().minusDays(1))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("证据取得日期").hasMessageContaining("违法行为发生日期");
		f.report(c, "DESTROY_RECORDS", "SERIOUS", false);
		f.proposeFine(c, 150_000, "补齐原始记录");
		LocalDate noticed = AppClock.today();
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.PriorNotice(noticed, ServiceMethod.DIRECT, null));
		at(noticed.plusDays(1));
		assertThatThrownBy(() -> f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Statement(true, "申请听证", true, noticed.minusDays(1), null, null, "当事人申请听证")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("听证申请日期").hasMessageContaining("事先告知书送达日期");
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Statement(true, "申请听证", true, AppClock.today(), null, null, "当事人申请听证"));
		LocalDate hearing = f.hearings.hearingEarliest();
		assertThatThrownBy(() -> f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.HearingNotice(hearing.plusDays(7), "yuhu.legal", null, noticed)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("听证通知送达日期").hasMessageContaining("听证申请日期");
		f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HearingNotice(hearing, "yuhu.legal", null));
		assertThat(f.reload(c).getHearingNoticeServedOn()).isEqualTo(AppClock.today());
	}

	/** A filed case with a fine below the hearing threshold, decided by the leader today, statement after the window. */
	private EnforcementCase decidedFine(long fine) {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, fine, "建立健全统计台账");
		LocalDate served = AppClock.today();
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.PriorNotice(served, ServiceMethod.DIRECT, null));
		at(f.reload(c).getDefenceDue().plusDays(1));
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(), statement(false));
		execute(job("Task_DetermineGates", f.pi(c)));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", f.pi(c)));
		return f.reload(c);
	}

	@Test
	@DisplayName("缴款期限：送达后15日，末日为中秋节假期的，顺延至下一个工作日（2026-09-28 周一），当日缴款不加处罚款")
	void shouldMoveTheLastDayToPayPastTheMidAutumnHolidayAndChargeNothingThatDay() {
		at(LocalDate.of(2026, 8, 3));
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.PriorNotice(AppClock.today(), ServiceMethod.DIRECT, null));
		at(LocalDate.of(2026, 8, 10));
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(), statement(false));
		execute(job("Task_DetermineGates", f.pi(c)));
		at(LocalDate.of(2026, 9, 9));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", f.pi(c)));
		at(LocalDate.of(2026, 9, 10));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), ServiceMethod.DIRECT, null));
		// 9-10 + 15 days = Friday 9-25, 中秋节 (9-25 to 9-27 in the State Council's 2026 arrangement): Monday 9-28
		assertThat(f.reload(c).getPaymentDue()).isEqualTo(LocalDate.of(2026, 9, 28));
		at(LocalDate.of(2026, 9, 28));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(LocalDate.of(2026, 9, 10), null));
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Payment(LocalDate.of(2026, 9, 28), BigDecimal.valueOf(20_000)));
		assertThat(f.reload(c).getLateCharge()).isEqualByComparingTo("0");
	}

	@Test
	@DisplayName("加处罚款自顺延后的末日的次日起算：2026-09-29 缴款加处3%")
	void shouldChargeFromTheDayAfterTheMovedLastDay() {
		at(LocalDate.of(2026, 8, 3));
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.PriorNotice(AppClock.today(), ServiceMethod.DIRECT, null));
		at(LocalDate.of(2026, 8, 10));
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(), statement(false));
		execute(job("Task_DetermineGates", f.pi(c)));
		at(LocalDate.of(2026, 9, 9));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", f.pi(c)));
		at(LocalDate.of(2026, 9, 10));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), ServiceMethod.DIRECT, null));
		at(LocalDate.of(2026, 9, 29));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(LocalDate.of(2026, 9, 10), null));
		// 3 % of 20,000 for one day
		assertThatThrownBy(() -> f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Payment(LocalDate.of(2026, 9, 29), BigDecimal.valueOf(20_000)))).isInstanceOf(BadRequestException.class);
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Payment(LocalDate.of(2026, 9, 29), BigDecimal.valueOf(20_600)));
		assertThat(f.reload(c).getLateCharge()).isEqualByComparingTo("600");
	}

	@Test
	@DisplayName("当场罚款的缴款期限同样顺延：2026-04-20 当场处罚，末日 05-05 在劳动节假期内，顺延至 05-06")
	void shouldMoveTheSummaryFinesLastDayPastTheLabourDayHoliday() {
		at(LocalDate.of(2026, 4, 20));
		EnforcementCase c = f.lead(LocalDate.of(2026, 4, 1));
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.SUMMARY, "事实清楚，当场处罚"));
		f.summary.summaryDecision(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.SummaryDecision(
				List.of("yuhu.inspector1", "yuhu.inspector2"), "LATE_REPORTING", "WARNING_AND_FINE", BigDecimal.valueOf(500),
				"按时报送统计报表", LocalDate.of(2026, 5, 29), "迟报月度报表"));
		assertThat(f.reload(c).getPaymentDue()).isEqualTo(LocalDate.of(2026, 5, 6));
	}

	@Test
	@DisplayName("第四十四条情节严重（单位）：应当并处罚款，不能仅予警告")
	void shouldRefuseAWarningAloneForSeriousArticle44Conduct() {
		EnforcementCase c = f.filed();
		f.report(c, "DESTROY_RECORDS", "SERIOUS", false);
		assertThatThrownBy(() -> f.investigation.proposeHandling(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.HandlingProposal(Disposition.PENALTY, "WARNING", null, "补齐原始记录",
						AppClock.today().plusDays(30), "建议警告")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("罚款");
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ProposeHandling");
	}

	@Test
	@DisplayName("给予行政处罚的同时应当责令改正（行政处罚法第二十八条）")
	void shouldRefuseAPenaltyWithoutAnOrderToCorrect() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		assertThatThrownBy(() -> f.proposeFine(c, 20_000, null)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("改正");
		assertThat(f.reload(c).getProposal()).isNull();
	}

	@Test
	@DisplayName("不予处罚（情节轻微但非初次违法）：规则要求责令改正的，决定后仍责令改正")
	void shouldKeepTheOrderToCorrectOfANoPenaltyDecision() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "LATE_REPORTING", "MINOR", false);
		f.investigation.proposeHandling(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HandlingProposal(
				Disposition.NO_PENALTY, null, null, "按时报送统计报表", AppClock.today().plusDays(30), "违法行为轻微并已改正"));
		execute(job("Task_DetermineGates", pi));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		EnforcementCase d = f.reload(c);
		assertThat(d.getDecisionOutcome()).isEqualTo(Disposition.NO_PENALTY);
		assertThat(d.isCorrectionOrdered()).isTrue();
		assertThat(d.getCorrectionMeasure()).isEqualTo("按时报送统计报表");
		// the no-penalty decision is served and its order to correct is tracked and re-checked like a penalty's
		execute(job("Task_IssueDecision", pi));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), ServiceMethod.DIRECT, null));
		execute(job("Task_OpenCorrection", pi));
		BpmnAwareTests.assertThat(pi).isWaitingAt("Event_CorrectionRechecked").hasNotPassed("Task_Publish", "Task_RecordPayment");
		assertThat(f.reload(c).getCorrectionId()).isNotNull();
	}

	@Test
	@DisplayName("首违、轻微并及时改正的不予处罚：规则不要求责令改正，可不责令改正；情节严重的不能不予处罚")
	void shouldLeaveTheOrderOpenForAFirstMinorOffenceAndRefuseNoPenaltyForSeriousConduct() {
		EnforcementCase first = f.filed();
		f.investigation.reportInvestigation(f.as("yuhu.inspector2"), first.getId(), new CaseCommands.InvestigationReport(
				List.of(new CaseCommands.ViolationItem("LATE_REPORTING", "迟报一期月报，已补报")), "MINOR", true, true, false, "调查终结"));
		execute(job("Task_RecommendDiscretion", f.pi(first)));
		f.investigation.proposeHandling(f.as("yuhu.inspector1"), first.getId(), new CaseCommands.HandlingProposal(
				Disposition.NO_PENALTY, null, null, null, null, "初次违法、危害后果轻微并及时改正，不予处罚"));
		assertThat(f.reload(first).isCorrectionOrdered()).isFalse();
		EnforcementCase serious = f.filed();
		f.report(serious, "DESTROY_RECORDS", "SERIOUS", false);
		assertThatThrownBy(() -> f.investigation.proposeHandling(f.as("yuhu.inspector1"), serious.getId(),
				new CaseCommands.HandlingProposal(Disposition.NO_PENALTY, null, null, "补齐原始记录", AppClock.today().plusDays(30),
						"不予处罚"))).isInstanceOf(BadRequestException.class).hasMessageContaining("不能不予处罚");
	}

	@Test
	@DisplayName("听证记录由听证主持人办理，调查人员不能记录")
	void shouldLetOnlyTheChairRecordTheHearing() {
		EnforcementCase c = f.filed();
		f.report(c, "DESTROY_RECORDS", "SERIOUS", false);
		f.proposeFine(c, 150_000, "补齐原始记录");
		f.hearings.priorNotice(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.PriorNotice(AppClock.today(), ServiceMethod.DIRECT, null));
		f.hearings.recordStatement(f.as("yuhu.inspector1"), c.getId(), statement(true));
		LocalDate hearing = f.hearings.hearingEarliest();
		f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HearingNotice(hearing, "yuhu.legal", null));
		at(hearing);
		assertThatThrownBy(() -> f.hearings.recordHearing(f.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.HearingRecord(true, null, null, "听证已举行"))).isInstanceOf(ConflictException.class);
		f.hearings.recordHearing(f.as("yuhu.legal"), c.getId(), new CaseCommands.HearingRecord(true, null, null, "听证已举行"));
		BpmnAwareTests.assertThat(f.pi(c)).hasPassed("Task_RecordHearing");
	}

	@Test
	@DisplayName("追责时效计至线索登记（发现）之日：登记时未满二年，核查时已满二年，仍可立案")
	void shouldCountTheLimitationPeriodToTheDayTheLeadWasRegistered() {
		LocalDate registered = AppClock.today();
		EnforcementCase c = f.lead(registered.minusYears(2).plusDays(3));
		at(registered.plusDays(10));
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "建议立案"));
		execute(job("Task_CheckLimitation", f.pi(c)));
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveFiling");
		f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), yes());
		assertThat(f.reload(c).getStatus()).isNotEqualTo(CaseStatus.NOT_FILING_PROPOSED);
	}

}

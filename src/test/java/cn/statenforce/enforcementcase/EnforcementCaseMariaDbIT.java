package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One fine-with-hearing case from lead to archive on MariaDB 10.11 through the service, as the demo users: the
 * V2 migrations, the case mapper (decimals, dates, 4-byte-free Chinese text), the engine's jobs and the shared
 * transaction over Connector/J. MariaDB keeps timestamps to the second, so times are compared with tolerance.
 */
@StatEnforceMariaDbIT
class EnforcementCaseMariaDbIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	cn.statenforce.document.DossierFixture dossier;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	cn.statenforce.rectification.CorrectionService corrections;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void shouldDriveAFineWithHearingFromLeadToArchive() throws Exception {
		LocalDateTime started = AppClock.now();
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		assertThat(f.reload(c).getCaseNumber()).startsWith("雨统立〔");
		// second precision on MariaDB: the stored time lies within the run, give or take the dropped fraction
		assertThat(f.reload(c).getCreatedAt()).isBetween(started.minusSeconds(1), AppClock.now().plusSeconds(1));

		// two violations, weighed separately and combined (V2_30 columns)
		f.investigation.reportInvestigation(f.as("yuhu.inspector2"), c.getId(), new CaseCommands.InvestigationReport(List.of(
				new CaseCommands.ViolationItem("DESTROY_RECORDS", "销毁2024年度统计台账"),
				new CaseCommands.ViolationItem("LATE_REPORTING", "迟报年度报表")), "SERIOUS", false, false, false, "调查终结"));
		execute(job("Task_RecommendDiscretion", pi));
		List<CaseParts.Violation> vs = f.queries.violations(c.getId());
		assertThat(vs).hasSize(2).allSatisfy(v -> assertThat(v.recRuleId()).isNotBlank());
		EnforcementCase r = f.reload(c);
		assertThat(r.getRecFineMax()).isEqualByComparingTo(vs.get(0).recFineMax().add(vs.get(1).recFineMax()));
		assertThatThrownBy(() -> f.proposeFine(c, r.getRecFineMax().longValue() + 1, "补建统计台账"))
			.isInstanceOf(BadRequestException.class);
		f.proposeFine(c, 150_000, "补建统计台账");
		f.noticeAndStatement(c, true);
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ScheduleHearing");

		LocalDate hearing = f.hearings.hearingEarliest();
		f.hearings.scheduleHearing(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HearingNotice(hearing, "yuhu.legal", "通知听证"));
		LocalDateTime hearingTime = hearing.atTime(LocalTime.of(10, 0, 0, 700_000_000));
		ClockUtil.setCurrentTime(Date.from(hearingTime.atZone(AppClock.ZONE).toInstant()));
		f.hearings.recordHearing(f.as("yuhu.legal"), c.getId(), new CaseCommands.HearingRecord(true, null, null, "听证已举行，维持"));
		assertThat(f.reload(c).getUpdatedAt()).isCloseTo(hearingTime, within(1, ChronoUnit.SECONDS));
		execute(job("Task_DetermineGates", pi));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "事实清楚，程序合法"));
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局长、分管领导、法制审核员", "同意处罚"));
		f.decisions.approveDecision(f.as("yuhu.director"), c.getId(), CaseFixture.yes());
		execute(job("Task_IssueDecision", pi));
		EnforcementCase decided = f.reload(c);
		assertThat(decided.getDecisionNumber()).startsWith("雨统罚决〔");
		assertThat(decided.getFineAmount()).isEqualByComparingTo("150000");
		assertThat(decided.getDecidedOn()).isEqualTo(hearing);

		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(hearing, CaseEnums.ServiceMethod.DIRECT, null));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(hearing, null));
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Payment(hearing, BigDecimal.valueOf(150_000)));
		execute(job("Task_OpenCorrection", pi));
		corrections.recheck(f.as("yuhu.inspector2"), f.reload(c).getCorrectionId(), true, "已补建统计台账");
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), true);
		f.closure.archive(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Archive("IT-2025-AJ-001"));

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_RecordHearing", "Task_LegalReview",
				"Task_CollectiveDiscussion", "Task_ApproveDecision", "Task_Archive");
		EnforcementCase done = f.reload(c);
		assertThat(done.getStatus()).isEqualTo(CaseStatus.ARCHIVED);
		assertThat(done.getLateCharge()).isEqualByComparingTo("0");
		assertThat(done.getPublicationText()).contains("罚款人民币150000元");
		CaseDetails d = f.queries.details(f.as("yuhu.leader"), c.getId());
		assertThat(d.pauses()).anyMatch(p -> p.reason().equals("HEARING") && hearing.equals(p.endedOn()));
		assertThat(d.timeline()).hasSizeGreaterThan(15);
		assertThat(d.opinions()).extracting(CaseParts.Opinion::kind).contains("HEARING", "LEGAL_REVIEW",
				"COLLECTIVE_DISCUSSION", "DECISION_APPROVAL", "ARCHIVE");
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getEndTime())
			.isNotNull();
		assertThat(jdbc.queryForObject("SELECT business_key_ FROM ACT_HI_PROCINST WHERE id_ = ?", String.class, pi.getId()))
			.isEqualTo(done.getCaseCode());
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(page(users, "yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ended").value(true));
	}

}

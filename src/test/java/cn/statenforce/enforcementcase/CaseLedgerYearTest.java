package cn.statenforce.enforcementcase;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.shared.AppClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * 案件台账 by year: a case counts in the year it was filed (立案), a lead that was never filed in the year it was
 * registered — so a lead registered on 30 December and filed on 5 January belongs to the new year.
 */
@StatEnforceTest
class CaseLedgerYearTest {

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

	private List<String> ledger(int year, String leadNumber) {
		return f.queries.search(f.as("yuhu.leader"), new CaseFilter(null, null, null, null, year, null, leadNumber, 1, 20))
			.items().stream().map(EnforcementCase::getLeadNumber).toList();
	}

	@Test
	void shouldListACaseInItsYearOfFilingAndALeadInItsYearOfRegistration() {
		at(LocalDate.of(2025, 12, 30));
		EnforcementCase filedInJanuary = f.lead(LocalDate.of(2025, 12, 1));
		EnforcementCase leadOnly = f.lead(LocalDate.of(2025, 12, 1));
		ProcessInstance pi = f.pi(filedInJanuary);
		f.intake.assess(f.as("yuhu.inspector1"), filedInJanuary.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", pi));
		at(LocalDate.of(2026, 1, 5));
		f.intake.approveFiling(f.as("yuhu.leader"), filedInJanuary.getId(), CaseFixture.yes());
		execute(job("Task_FileCase", pi));
		assertThat(f.reload(filedInJanuary).getFiledOn()).isEqualTo(LocalDate.of(2026, 1, 5));

		assertThat(ledger(2025, filedInJanuary.getLeadNumber())).isEmpty();
		assertThat(ledger(2026, filedInJanuary.getLeadNumber())).containsExactly(filedInJanuary.getLeadNumber());
		assertThat(ledger(2025, leadOnly.getLeadNumber())).containsExactly(leadOnly.getLeadNumber());
		assertThat(ledger(2026, leadOnly.getLeadNumber())).isEmpty();
		assertThat(ledger(2024, leadOnly.getLeadNumber())).isEmpty();
	}

}

package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;

/**
 * One overdue definition: the ledger's rows (Java), the ledger's overdue filter (SQL) and the year-end figure count
 * the same measures, in a year no other test writes to. Expected by hand: of a working, a submitted, a signed-off and
 * a long-term measure of a published plan and a measure of a draft, all past the deadline, the working and the
 * submitted ones are overdue — 2.
 */
@StatEnforceTest
class OverdueRuleTest {

	static final int YEAR = LocalDate.now().getYear() + 4;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	LedgerService ledger;

	@Autowired
	ManagementService managementService;

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void shouldCountTheSameMeasuresInTheLedgerAndTheYearEndFigures() {
		moveTo(LocalDate.of(YEAR, 3, 2));
		RectificationFixture fx = new RectificationFixture(users, plans, managementService);
		CurrentUser leader = fx.user(RectificationFixture.LEADER);
		CurrentUser owner = fx.user(RectificationFixture.OWNER);
		LocalDate deadline = LocalDate.of(YEAR, 4, 10);
		Plan plan = plans.publish(leader, fx.draft(deadline, Category.DEADLINE, Category.DEADLINE, Category.DEADLINE,
				Category.LONG_TERM).id());
		Plan draft = fx.draft(deadline, Category.DEADLINE);
		List<Measure> ms = plans.measures(leader, plan.id());
		measures.submitCompletion(owner, ms.get(1).id(), "已完成", RectificationFixture.evidence("记录.txt"), null, null);
		measures.submitCompletion(owner, ms.get(2).id(), "已完成", RectificationFixture.evidence("记录.txt"), null, null);
		measures.signOff(leader, ms.get(2).id(), true, null);

		moveTo(LocalDate.of(YEAR, 5, 6));
		LocalDate today = AppClock.today();
		List<LedgerRow> rows = ledger.rows(leader, LedgerFilter.ofPlan(plan.id()));
		List<LedgerRow> draftRows = ledger.rows(leader, LedgerFilter.ofPlan(draft.id()));
		long java = rows.stream().filter(r -> r.isOverdueOn(today)).count() + draftRows.stream().filter(r -> r.isOverdueOn(today)).count();
		long sql = ledger.rows(leader, new LedgerFilter(plan.id(), null, null, null, null, true, null)).size()
				+ ledger.rows(leader, new LedgerFilter(draft.id(), null, null, null, null, true, null)).size();
		long annual = ledger.annualFigures(List.of(leader.bureauId()), YEAR).overdueMeasures();

		assertThat(List.of(java, sql, annual)).containsOnly(2L);
		assertThat(ledger.summarize(rows).measuresOverdue()).isEqualTo(2);
		assertThat(plans.responsibility(leader, plan.id()).stream().filter(r -> r.kind().equals("UNIT")).mapToInt(r -> r.overdue()).sum())
			.isEqualTo(2);
	}

	private static void moveTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}

package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseSource;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;

/**
 * 在办案件 exclusion of the draw against a real case: a lead registered for a directory unit through the case
 * services keeps the unit out of every draw until the case is over (here: filing refused by the leader).
 */
@StatEnforceTest
class OpenCaseExclusionTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	CaseIntakeService intake;

	@Autowired
	CaseQueryService cases;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void shouldKeepAUnitWithAnOpenCaseOutOfTheDrawUntilTheCaseIsOver() {
		CurrentUser inspector = fixture.user("yuhu.inspector1");
		// a unit of the 雨湖区 directory (the last organisation registered, which the other tests' fixtures do not pick)
		long unit = jdbc.queryForObject("SELECT MAX(id) FROM enterprise WHERE bureau_id = ? AND party_type = 'ORGANIZATION'",
				Long.class, inspector.bureauId());
		EnforcementCase lead = intake.registerLead(inspector, new CaseCommands.RegisterLead(CaseSource.REPORT, unit,
				"涉嫌提供不真实统计资料", "群众举报该单位2025年营业收入虚报约三成，附有销售台账复印件", AppClock.today().minusDays(40),
				"赵女士", "0731-58881234"));
		assertThat(cases.openCasesOf(unit)).contains(lead.getLeadNumber());

		Draw whileOpen = drawAll();
		assertThat(exclusionOf(whileOpen, unit)).isEqualTo(DrawExclusion.OPEN_CASE.name());
		assertThat(whileOpen.excluded()).contains(DrawExclusion.OPEN_CASE.name() + "=");
		assertThat(drawnIds(whileOpen)).doesNotContain(unit).isNotEmpty();

		// the leader approves not filing: the case is over, the unit may be drawn again
		intake.assess(inspector, lead.getId(), new CaseCommands.Assess(AssessmentProposal.NOT_FILE, "经核查，举报所称营业收入与税务申报一致"));
		intake.approveNotFiling(fixture.user("yuhu.leader"), lead.getId(), new CaseCommands.Approval(true, "同意不予立案"));
		assertThat(cases.getUnchecked(lead.getId()).getStatus()).isEqualTo(CaseStatus.NOT_FILED);
		assertThat(cases.openCasesOf(unit)).isEmpty();
		assertThat(exclusionOf(drawAll(), unit)).isNotEqualTo(DrawExclusion.OPEN_CASE.name());
	}

	/** A 100 % draw of the 雨湖区 directory (not started: it only records the draw and its snapshot). */
	private Draw drawAll() {
		CurrentUser legal = fixture.user("yuhu.legal");
		PlanCommand c = fixture.command(legal, PlanType.RANDOM, 1, null);
		InspectionPlan p = plans.create(legal, new PlanCommand("在办案件排除测试", PlanType.RANDOM, c.planYear(), null, c.basis(),
				null, null, null, false, false, null, new java.math.BigDecimal("100"), 1, null, c.plannedDate(), c.itemIds()));
		plans.submit(legal, p.id());
		plans.decide(fixture.user("yuhu.leader"), p.id(), true, "同意");
		return plans.draw(legal, p.id(), 9090L);
	}

	private String exclusionOf(Draw d, long enterpriseId) {
		DrawSnapshot s = DrawSnapshot.fromGzip(plans.snapshotGzip(fixture.user("yuhu.legal"), d.id()));
		return s.units().stream().filter(u -> u.enterpriseId() == enterpriseId).findFirst().orElseThrow().exclusion();
	}

	private List<Long> drawnIds(Draw d) {
		return plans.drawUnits(fixture.user("yuhu.legal"), d.id()).stream().map(DrawUnitView::enterpriseId).toList();
	}

}

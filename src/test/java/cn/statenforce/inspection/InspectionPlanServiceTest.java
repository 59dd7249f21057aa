package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/** Plans, approval, the stored draw, its verification and the leader-approved redraw, against H2. */
@StatEnforceTest
class InspectionPlanServiceTest {

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	InspectionRegisters registers;

	@Autowired
	DrawInputs inputs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldDrawOnlyAfterALeaderApproved() {
		CurrentUser legal = fixture.user("yuhu.legal");
		InspectionPlan p = plans.create(legal, fixture.command(legal, PlanType.JOINT, 2, null));
		assertThat(p.planNumber()).matches("430302-JH-\\d{4}-\\d{4}");
		assertThatThrownBy(() -> plans.draw(legal, p.id(), 1L)).isInstanceOf(ConflictException.class);
		plans.submit(legal, p.id());
		assertThatThrownBy(() -> plans.submit(legal, p.id())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.decide(legal, p.id(), true, "同意")).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> plans.decide(fixture.user("yuetang.leader"), p.id(), true, "同意"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.decide(fixture.user("yuhu.leader"), p.id(), false, " "))
			.isInstanceOf(BadRequestException.class);
		plans.decide(fixture.user("yuhu.leader"), p.id(), true, "同意");
		Draw d = plans.draw(legal, p.id(), 20260101L);
		assertThat(d.unitCount()).isEqualTo(2);
		assertThat(d.snapshotHash()).hasSize(64);
		assertThat(d.parameters()).contains("seed=20260101");
	}

	@Test
	void shouldRejectJointPlansWithoutPartnersAndMultiStageForACounty() {
		CurrentUser legal = fixture.user("yuhu.legal");
		PlanCommand c = fixture.command(legal, PlanType.RANDOM, 2, 2);
		assertThatThrownBy(() -> plans.create(legal, c)).isInstanceOf(BadRequestException.class).hasMessageContaining("单阶段");
		PlanCommand joint = fixture.command(legal, PlanType.JOINT, 2, null);
		PlanCommand noPartner = new PlanCommand(joint.title(), joint.planType(), joint.planYear(), " ", joint.basis(),
				null, null, null, false, false, 2, null, 1, null, joint.plannedDate(), joint.itemIds());
		assertThatThrownBy(() -> plans.create(legal, noPartner)).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> plans.create(fixture.user("yuhu.owner"), joint)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void shouldVerifyTheDrawAndKeepBothDrawsOnARedraw() {
		InspectionPlan p = fixture.approvedPlan(3);
		CurrentUser legal = fixture.user("yuhu.legal");
		CurrentUser leader = fixture.user("yuhu.leader");
		Draw first = plans.draw(legal, p.id(), 77L);
		DrawVerification v = plans.verify(legal, first.id());
		assertThat(v.identical()).isTrue();
		assertThat(v.snapshotIntact()).isTrue();
		assertThat(v.recomputedHash()).isEqualTo(first.snapshotHash());
		assertThatThrownBy(() -> plans.redraw(legal, p.id(), "送达困难", null)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> plans.redraw(leader, p.id(), "", null)).isInstanceOf(BadRequestException.class);
		Draw second = plans.redraw(leader, p.id(), "抽中单位已注销，经批准重新抽取", 78L);
		assertThat(second.drawNo()).isEqualTo(2);
		assertThat(second.approvedBy()).isEqualTo("yuhu.leader");
		List<Draw> all = plans.draws(legal, p.id());
		assertThat(all).extracting(Draw::status).containsExactly(Draw.SUPERSEDED, Draw.CURRENT);
		assertThat(plans.verify(legal, first.id()).identical()).isTrue();
		assertThat(plans.verify(legal, second.id()).identical()).isTrue();
		List<String> firstCodes = plans.drawUnits(legal, first.id()).stream().map(DrawUnitView::creditCode).toList();
		List<String> secondCodes = plans.drawUnits(legal, second.id()).stream().map(DrawUnitView::creditCode).toList();
		assertThat(secondCodes).isNotEqualTo(firstCodes);
		plans.start(legal, p.id());
		assertThatThrownBy(() -> plans.redraw(leader, p.id(), "再抽一次", null)).isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldDetectATamperedDraw() {
		InspectionPlan p = fixture.approvedPlan(2);
		CurrentUser legal = fixture.user("yuhu.legal");
		Draw d = plans.draw(legal, p.id(), 5L);
		jdbc.update("UPDATE inspection_draw_unit SET inspector1 = inspector2, inspector2 = inspector1 WHERE draw_id = ? AND seq_no = 1", d.id());
		DrawVerification v = plans.verify(legal, d.id());
		assertThat(v.snapshotIntact()).isTrue();
		assertThat(v.identical()).isFalse();
	}

	@Test
	void shouldDrawBureausFirstForTheCity() {
		CurrentUser legal = fixture.user("city.legal");
		InspectionPlan p = plans.create(legal, fixture.command(legal, PlanType.SPECIAL, 4, 1));
		plans.submit(legal, p.id());
		plans.decide(fixture.user("city.leader"), p.id(), true, "同意");
		Draw d = plans.draw(legal, p.id(), 11L);
		assertThat(d.drawnGroups()).isIn("430302", "430304");
		assertThat(plans.drawUnits(legal, d.id())).hasSize(4).allMatch(u -> u.groupCode().equals(d.drawnGroups()))
			.allMatch(u -> Set.of("city.inspector1", "city.inspector2").containsAll(List.of(u.inspector1(), u.inspector2())));
		assertThat(plans.verify(legal, d.id()).identical()).isTrue();
	}

	@Test
	void shouldExcludeRecentlyCleanUnitsAndHonourRecusals() {
		CurrentUser legal = fixture.user("yuhu.legal");
		long bureauId = legal.bureauId();
		List<Long> ids = jdbc.queryForList("SELECT id FROM enterprise WHERE bureau_id = ? ORDER BY id", Long.class, bureauId);
		long clean = ids.get(3);
		long recused = ids.get(4);
		jdbc.update("UPDATE enterprise SET last_inspected_on = ?, last_inspection_result = '未发现问题' WHERE id = ?",
				AppClock.today().minusMonths(3), clean);
		registers.declareRecusal(fixture.user("yuhu.inspector1"), "yuhu.inspector1", recused, "近亲属任该单位财务负责人");
		assertThatThrownBy(() -> registers.declareRecusal(fixture.user("yuhu.inspector1"), "yuhu.inspector1", recused, "重复"))
			.isInstanceOf(ConflictException.class);
		InspectionPlan p = plans.create(legal, new PlanCommand("全量抽查", PlanType.RANDOM, AppClock.today().getYear(), null, null,
				null, null, null, false, false, null, new BigDecimal("100"), 1, null, AppClock.today(), fixture.defaultItemIds(legal)));
		DrawSnapshot s = inputs.snapshot(p);
		assertThat(s.units()).filteredOn(u -> u.enterpriseId() == clean).extracting(SnapshotUnit::exclusion)
			.containsExactly(DrawExclusion.CLEAN_RECENTLY.name());
		DrawOutcome out = RandomDraw.run(InspectionPlanService.parameters(p, 3L), s);
		Set<Long> drawn = out.units().stream().map(DrawnUnit::enterpriseId).collect(Collectors.toSet());
		assertThat(drawn).doesNotContain(clean, recused).isNotEmpty();
		assertThat(out.excluded()).containsKey(DrawExclusion.RECUSAL);
	}

}

package cn.statenforce.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.statenforce.enforcementcase.CaseAnnualFigures;
import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.rectification.RectificationAnnualFigures;
import cn.statenforce.complaint.ComplaintAnnualFigures;
import cn.statenforce.credit.CreditAnnualFigures;
import cn.statenforce.interference.InterferenceAnnualFigures;
import cn.statenforce.leadtransfer.TransferAnnualFigures;
import cn.statenforce.training.TrainingAnnualFigures;

/**
 * The figure catalogue as a later document generator reads it: unique ASCII keys, a unit and a one-sentence
 * definition on every figure, each part ("其中") after its whole in the same section, and the topic rows of a year
 * right under their plan type.
 */
class AnnualFigureCatalogueTest {

	@Test
	void shouldDefineEveryFigureOnceWithUnitAndDefinition() {
		List<FigureDefinition> all = AnnualFigureCatalogue.definitions(inputs(List.of(
				new InspectionAnnualFigures.TopicUnits(PlanType.SPECIAL, "ENTRY_EXIT", "入退库真实性", 6),
				new InspectionAnnualFigures.TopicUnits(PlanType.SPECIAL, "FOREIGN_SURVEY", "涉外调查项目", 1),
				new InspectionAnnualFigures.TopicUnits(PlanType.KEY, "LATE_REPORTING", "迟报统计资料", 1))));
		Set<String> seen = new HashSet<>();
		for (FigureDefinition d : all) {
			assertThat(d.key()).matches("[a-z]+(\\.[A-Za-z_]+)+");
			assertThat(seen.add(d.key())).as("unique %s", d.key()).isTrue();
			assertThat(AnnualFigureCatalogue.SECTIONS).contains(d.section());
			assertThat(d.unit()).isIn("家", "次", "件", "家次", "元", "个", "条", "项", "期", "份", "人次", "场", "人");
			assertThat(d.definition()).as(d.key()).isNotBlank().endsWith("。").doesNotContain("\n");
			if (d.parentKey() != null) {
				FigureDefinition parent = all.stream().filter(p -> p.key().equals(d.parentKey())).findFirst().orElseThrow();
				assertThat(parent.section()).isEqualTo(d.section());
				assertThat(all.indexOf(parent)).isLessThan(all.indexOf(d));
			}
		}
		List<String> keys = all.stream().map(FigureDefinition::key).toList();
		assertThat(keys.subList(keys.indexOf("inspection.special"), keys.indexOf("inspection.special") + 3)).containsExactly(
				"inspection.special", "inspection.special.topic.ENTRY_EXIT", "inspection.special.topic.FOREIGN_SURVEY");
		assertThat(keys.get(keys.indexOf("inspection.key") + 1)).isEqualTo("inspection.key.topic.LATE_REPORTING");
		assertThat(AnnualFigureCatalogue.definition("penalty.warning")).get().extracting(FigureDefinition::label)
			.isEqualTo("其中：警告（件）");
	}

	@Test
	void shouldAddTheDecisionsOnTheSpotAtInspectionsToThoseOfTheCases() {
		AnnualInputs in = inputs(List.of());
		Map<String, Number> v = new java.util.HashMap<>();
		AnnualFigureCatalogue.evaluate(in).forEach(s -> s.figures().forEach(f -> v.put(f.key(), f.value())));
		// inspections: 1 warning and 2 fines (350 yuan) on the spot, 5 orders; cases: 2 warnings (1 summary), 1 fine of 20000
		assertThat(v.get("penalty.warning")).isEqualTo(3L);
		assertThat(v.get("penalty.warningSummary")).isEqualTo(2L);
		assertThat(v.get("penalty.fined")).isEqualTo(3L);
		assertThat(v.get("penalty.fineSummary")).isEqualTo(2L);
		assertThat((BigDecimal) v.get("penalty.finesTotal")).isEqualByComparingTo("20350");
		assertThat(v.get("penalty.decisions")).isEqualTo(6L);
		// 5 orders to correct and 3 penalties on the spot, each ordering correction with it (APL Art 28), plus 2 cases
		assertThat(v.get("order.total")).isEqualTo(10L);
		assertThat(v.get("order.inspections")).isEqualTo(8L);
		assertThat(v.get("order.cases")).isEqualTo(2L);
		assertThat(v.get("inspection.unitsWithProblems")).isEqualTo(6L);
	}

	private static AnnualInputs inputs(List<InspectionAnnualFigures.TopicUnits> topics) {
		Map<PlanType, Long> byType = new EnumMap<>(PlanType.class);
		byType.putAll(Map.of(PlanType.RANDOM, 32L, PlanType.JOINT, 15L, PlanType.SPECIAL, 7L, PlanType.KEY, 1L));
		InspectionAnnualFigures inspection = new InspectionAnnualFigures(2024, byType, new ArrayList<>(topics), 55, 6, 55, 49, 5,
				3, 0, 1, 2, new BigDecimal("350"), 8);
		CaseAnnualFigures cases = new CaseAnnualFigures(2024, 3, 1, 2, 1, 0, 0, 0, 0, 1, 0, new BigDecimal("20000"), 2, 0, 0, 0,
				0);
		return new AnnualInputs(2024, inspection, cases, new RectificationAnnualFigures(2024, 1, 34, 30, 39, 35, 4, 0, 5, 4, 1),
				new SupervisionInputs(new InterferenceAnnualFigures(2024, 0, 0, 4, 4), new TransferAnnualFigures(2024, 0, 0, 0, 0, 0, 0),
						new ComplaintAnnualFigures(2024, 0, 0, 0, 0, 0), new CreditAnnualFigures(2024, 0, 0, 0, 0, 0),
						new TrainingAnnualFigures(2024, 16, 281, 20, 2500), 3));
	}

}

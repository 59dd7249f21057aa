package cn.statenforce.penalty;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.statenforce.shared.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 分别裁量、合并处罚: the combination of the separate recommendations (plain JUnit). */
class PenaltyCombinationTest {

	static Recommendation fine(String rule, long min, long max) {
		return new Recommendation(Outcome.WARNING_AND_FINE, BigDecimal.valueOf(min), BigDecimal.valueOf(max), rule,
				"依据" + rule, "SL2024", "说明" + rule, false, true);
	}

	static Recommendation of(Outcome outcome, String rule) {
		return new Recommendation(outcome, null, null, rule, "依据" + rule, "SL2024", "说明" + rule, false,
				outcome != Outcome.NO_PENALTY);
	}

	@Test
	void shouldReturnASingleRecommendationUnchanged() {
		Recommendation one = fine("R1", 0, 100000);
		assertThat(PenaltyCombination.combine(List.of(one))).isSameAs(one);
	}

	@Test
	void shouldAddTheRangesOfFinedViolationsAndCiteEveryRule() {
		Recommendation r = PenaltyCombination.combine(List.of(fine("R1", 0, 100000), fine("R2", 100000, 500000)));
		assertThat(r.outcome()).isEqualTo(Outcome.WARNING_AND_FINE);
		assertThat(r.fineMin()).isEqualByComparingTo("100000");
		assertThat(r.fineMax()).isEqualByComparingTo("600000");
		assertThat(r.ruleId()).isEqualTo("R1+R2");
		assertThat(r.legalBasis()).isEqualTo("依据R1；依据R2");
		assertThat(r.explanation()).startsWith("分别裁量、合并处罚（2项违法行为）：合并建议警告并处罚款，罚款合计100000元以上600000元以下")
			.contains("规则 R1").contains("规则 R2");
	}

	@Test
	void shouldTakeTheHeaviestOutcomeAndOnlyTheFinedRanges() {
		Recommendation r = PenaltyCombination.combine(List.of(of(Outcome.NO_PENALTY, "R0"), of(Outcome.WARNING, "RW"),
				fine("RF", 0, 25000)));
		assertThat(r.outcome()).isEqualTo(Outcome.WARNING_AND_FINE);
		assertThat(r.fineMin()).isEqualByComparingTo("0");
		assertThat(r.fineMax()).isEqualByComparingTo("25000");
		Recommendation noFine = PenaltyCombination.combine(List.of(of(Outcome.NO_PENALTY, "R0"), of(Outcome.WARNING, "RW")));
		assertThat(noFine.outcome()).isEqualTo(Outcome.WARNING);
		assertThat(noFine.hasFine()).isFalse();
		assertThat(noFine.fineMin()).isNull();
	}

	@Test
	void shouldKeepTheRuleReferenceWithinTheColumnAndShareOneBasisOnce() {
		String longId = "SL2024_A44_ORGANIZATION_GENERAL_X";
		Recommendation r = PenaltyCombination.combine(List.of(fine(longId, 0, 1), fine(longId + "Y", 0, 1),
				fine(longId + "Z", 0, 1)));
		assertThat(r.ruleId()).isEqualTo("COMBINED_3");
		Recommendation same = PenaltyCombination.combine(List.of(
				new Recommendation(Outcome.WARNING, null, null, "A", "同一依据", "SL2024", "a", false, true),
				new Recommendation(Outcome.WARNING, null, null, "B", "同一依据", "SL2024", "b", false, true)));
		assertThat(same.legalBasis()).isEqualTo("同一依据");
	}

	@Test
	void shouldKeepWhatTheLawRequiresOfAnyOneViolation() {
		Recommendation serious = new Recommendation(Outcome.WARNING_AND_FINE, BigDecimal.valueOf(100000),
				BigDecimal.valueOf(500000), "S", "依据S", "SL2024", "说明S", true, true);
		Recommendation firstMinor = new Recommendation(Outcome.NO_PENALTY, null, null, "M", "依据M", "SL2024", "说明M", false,
				false);
		Recommendation r = PenaltyCombination.combine(List.of(firstMinor, serious));
		assertThat(r.fineRequired()).isTrue();
		assertThat(r.correctionRequired()).isTrue();
		Recommendation none = PenaltyCombination.combine(List.of(firstMinor, firstMinor));
		assertThat(none.fineRequired()).isFalse();
		assertThat(none.correctionRequired()).isFalse();
	}

	@Test
	void shouldRefuseAnEmptyList() {
		assertThatThrownBy(() -> PenaltyCombination.combine(List.of())).isInstanceOf(BadRequestException.class)
			.hasMessage("请至少填写一项违法行为");
	}

}

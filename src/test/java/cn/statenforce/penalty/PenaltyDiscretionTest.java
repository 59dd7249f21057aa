package cn.statenforce.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.PartyType;
import cn.statenforce.shared.BadRequestException;

/** {@link PenaltyDiscretion} against the decision the application deploys, through the engine's DecisionService. */
@StatEnforceTest
class PenaltyDiscretionTest {

	@Autowired
	PenaltyDiscretion discretion;

	@Autowired
	PenaltyPolicy policy;

	@Autowired
	HistoryService historyService;

	@Test
	void shouldRecommendTheSeriousRangeOfTheNewLawWithItsLegalBasis() {
		long before = evaluations();

		Recommendation r = discretion.recommend(new DiscretionInput(ViolationType.FALSE_OR_INCOMPLETE_DATA,
				PartyType.ORGANIZATION, Circumstance.SERIOUS, false, false, LocalDate.of(2024, 9, 13)));

		assertThat(r.outcome()).isEqualTo(Outcome.WARNING_AND_FINE);
		assertThat(r.fineMin()).isEqualByComparingTo("100000");
		assertThat(r.fineMax()).isEqualByComparingTo("500000");
		assertThat(r.ruleId()).isEqualTo("SL2024_A44_ORG_SERIOUS");
		assertThat(r.legalBasis()).isEqualTo("《统计法》(2024)第四十四条第一款、第二款（情节严重）");
		assertThat(r.regime()).isEqualTo(PenaltyRules.SL2024);
		assertThat(r.explanation()).contains("《统计法》(2024)第四十四条第一款第（二）项", "100000元以上500000元以下", "可以予以通报");
		assertThat(evaluations()).isEqualTo(before + 1);
	}

	@Test
	void shouldApplyTheOldLawToEarlierConduct() {
		Recommendation r = discretion.recommend(new DiscretionInput(ViolationType.LATE_REPORTING,
				PartyType.ORGANIZATION, Circumstance.GENERAL, true, true, LocalDate.of(2024, 9, 12)));

		assertThat(r.ruleId()).isEqualTo("SL2009_A45LATE_ORG_GENERAL");
		assertThat(r.fineMax()).isEqualByComparingTo("5000");
		assertThat(r.legalBasis()).isEqualTo("《统计法》(2009)第四十二条第一款、第二款");
		assertThat(r.explanation()).contains("适用2009年《统计法》").doesNotContain("通报");
	}

	@Test
	void shouldNotPenaliseAFirstMinorOffenceCorrectedInTime() {
		Recommendation r = discretion.recommend(new DiscretionInput(ViolationType.REFUSE_OR_LATE_AFTER_REMINDER,
				PartyType.INDIVIDUAL_BUSINESS, Circumstance.MINOR, true, true, LocalDate.of(2025, 1, 10)));

		assertThat(r.outcome()).isEqualTo(Outcome.NO_PENALTY);
		assertThat(r.hasFine()).isFalse();
		assertThat(r.legalBasis()).startsWith("《行政处罚法》第三十三条第一款");
	}

	@Test
	void shouldRejectMissingFacts() {
		assertThatThrownBy(() -> discretion.recommend(new DiscretionInput(ViolationType.LATE_REPORTING,
				PartyType.ORGANIZATION, Circumstance.GENERAL, true, true, null)))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void shouldBindTheDocumentedDefaults() {
		assertThat(policy).isEqualTo(PenaltyPolicy.defaults());
		assertThat(policy.lawChangeDate()).isEqualTo(LocalDate.of(2024, 9, 13));
		assertThat(policy.hearingThresholdOrganization()).isEqualTo(new BigDecimal("50000"));
	}

	private long evaluations() {
		return historyService.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(PenaltyDiscretion.DECISION_KEY)
			.count();
	}


}

package cn.statenforce.penalty;

import static cn.statenforce.directory.PartyType.CITIZEN;
import static cn.statenforce.directory.PartyType.INDIVIDUAL_BUSINESS;
import static cn.statenforce.directory.PartyType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/** The statutory gates with the default policy (no Spring). */
class PenaltyRulesTest {

	private final PenaltyRules rules = new PenaltyRules(PenaltyPolicy.defaults());

	private static BigDecimal yuan(long amount) {
		return BigDecimal.valueOf(amount);
	}

	@Test
	void shouldGrantHearingFromTheThresholdOfThePartyType() {
		assertThat(rules.hearingRight(ORGANIZATION, yuan(49_999))).isFalse();
		assertThat(rules.hearingRight(ORGANIZATION, yuan(50_000))).isTrue();
		assertThat(rules.hearingRight(INDIVIDUAL_BUSINESS, yuan(1_999))).isFalse();
		assertThat(rules.hearingRight(INDIVIDUAL_BUSINESS, yuan(2_000))).isTrue();
		assertThat(rules.hearingRight(CITIZEN, yuan(2_000))).isTrue();
		assertThat(rules.hearingRight(ORGANIZATION, null)).isFalse();
	}

	@Test
	void shouldHonourAConfiguredHearingThreshold() {
		PenaltyPolicy d = PenaltyPolicy.defaults();
		PenaltyPolicy provincial = new PenaltyPolicy(yuan(100_000), d.hearingThresholdIndividual(),
				d.majorDecisionFineOrganization(), d.summaryLimitCitizen(), d.summaryLimitIndividualBusiness(),
				d.summaryLimitOrganization(), d.statementDefenceWorkingDays(), d.hearingRequestWorkingDays(),
				d.hearingNoticeWorkingDays(), d.serviceWorkingDays(), d.paymentDays(), d.lateChargePercentPerDay(),
				d.publicationWorkingDays(), d.caseLimitMonths(), d.maxExtensionMonths(), d.limitationYears(),
				d.lawChangeDate(), d.seriousCorrectionOrders(), d.seriousCorrectionWindowMonths(), d.publicNoticeDays());

		assertThat(new PenaltyRules(provincial).hearingRight(ORGANIZATION, yuan(50_000))).isFalse();
		assertThat(new PenaltyRules(provincial).hearingRight(ORGANIZATION, yuan(100_000))).isTrue();
	}

	@Test
	void shouldRequireLegalReviewForMajorFinesHearingsAndComplexCases() {
		assertThat(rules.legalReviewRequired(ORGANIZATION, yuan(49_999), false, false)).isFalse();
		assertThat(rules.legalReviewRequired(ORGANIZATION, yuan(50_000), false, false)).isTrue();
		assertThat(rules.legalReviewRequired(INDIVIDUAL_BUSINESS, yuan(10_000), false, false)).isFalse();
		assertThat(rules.legalReviewRequired(INDIVIDUAL_BUSINESS, yuan(2_000), true, false)).isTrue();
		assertThat(rules.legalReviewRequired(ORGANIZATION, null, false, true)).isTrue();
		assertThat(rules.legalReviewRequired(ORGANIZATION, null, false, false)).isFalse();
	}

	@Test
	void shouldAllowSummaryProcedureForWarningsAndSmallFinesOnly() {
		assertThat(rules.summaryProcedureAllowed(ORGANIZATION, Outcome.WARNING, null)).isTrue();
		assertThat(rules.summaryProcedureAllowed(ORGANIZATION, Outcome.WARNING_AND_FINE, yuan(3_000))).isTrue();
		assertThat(rules.summaryProcedureAllowed(ORGANIZATION, Outcome.WARNING_AND_FINE, yuan(3_001))).isFalse();
		assertThat(rules.summaryProcedureAllowed(CITIZEN, Outcome.WARNING_AND_FINE, yuan(200))).isTrue();
		assertThat(rules.summaryProcedureAllowed(CITIZEN, Outcome.WARNING_AND_FINE, yuan(201))).isFalse();
		assertThat(rules.summaryProcedureAllowed(INDIVIDUAL_BUSINESS, Outcome.WARNING_AND_FINE, yuan(200))).isTrue();
		assertThat(rules.summaryProcedureAllowed(INDIVIDUAL_BUSINESS, Outcome.WARNING_AND_FINE, yuan(201))).isFalse();
		assertThat(rules.summaryProcedureAllowed(ORGANIZATION, Outcome.WARNING_AND_FINE, null)).isFalse();
		assertThat(rules.summaryProcedureAllowed(ORGANIZATION, Outcome.NO_PENALTY, null)).isFalse();
		assertThat(rules.summaryProcedureAllowed(ORGANIZATION, Outcome.CIRCULATE, null)).isFalse();
	}

	@Test
	void shouldBarConductMoreThanTwoYearsBeforeFiling() {
		LocalDate conduct = LocalDate.of(2023, 3, 1);

		assertThat(rules.isTimeBarred(conduct, LocalDate.of(2025, 2, 28))).isFalse();
		assertThat(rules.isTimeBarred(conduct, LocalDate.of(2025, 3, 1))).isFalse();
		assertThat(rules.isTimeBarred(conduct, LocalDate.of(2025, 3, 2))).isTrue();
		assertThat(rules.isTimeBarred(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(rules.isTimeBarred(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 3, 1))).isTrue();
	}

	@Test
	void shouldRejectFilingBeforeTheConduct() {
		assertThatThrownBy(() -> rules.isTimeBarred(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void shouldApplyThe2009LawToConductBeforeTheAmendment() {
		assertThat(rules.regimeFor(LocalDate.of(2024, 9, 12))).isEqualTo(PenaltyRules.SL2009);
		assertThat(rules.regimeFor(LocalDate.of(2024, 9, 13))).isEqualTo(PenaltyRules.SL2024);
		assertThat(rules.regimeFor(LocalDate.of(2010, 1, 1))).isEqualTo(PenaltyRules.SL2009);
	}

	@Test
	void shouldChargeThreePercentPerDayAfterTheDueDateUpToTheFine() {
		BigDecimal fine = yuan(10_000);
		LocalDate due = LocalDate.of(2025, 5, 6);

		assertThat(rules.lateCharge(fine, due, due)).isEqualByComparingTo("0");
		assertThat(rules.lateCharge(fine, due, due.minusDays(3))).isEqualByComparingTo("0");
		assertThat(rules.lateCharge(fine, due, due.plusDays(1))).isEqualByComparingTo("300");
		assertThat(rules.lateCharge(fine, due, due.plusDays(10))).isEqualByComparingTo("3000");
		assertThat(rules.lateCharge(fine, due, due.plusDays(33))).isEqualByComparingTo("9900");
		assertThat(rules.lateCharge(fine, due, due.plusDays(34))).isEqualByComparingTo("10000");
		assertThat(rules.lateCharge(fine, due, due.plusDays(400))).isEqualByComparingTo("10000");
		assertThat(rules.lateCharge(new BigDecimal("333.33"), due, due.plusDays(1))).isEqualByComparingTo("10.00");
	}

	@Test
	void shouldCountThreeOrdersWithinAYearAsSerious() {
		assertThat(rules.seriousByRepeatedOrders(2)).isFalse();
		assertThat(rules.seriousByRepeatedOrders(3)).isTrue();
	}

	@Test
	void shouldAcceptAFineWithinTheRecommendedRangeInclusive() {
		Recommendation serious = fined(100_000, 500_000);

		assertThatCode(() -> rules.checkFineWithinRange(serious, yuan(100_000))).doesNotThrowAnyException();
		assertThatCode(() -> rules.checkFineWithinRange(serious, yuan(500_000))).doesNotThrowAnyException();
		assertThatThrownBy(() -> rules.checkFineWithinRange(serious, yuan(99_999)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("100000元以上500000元以下");
		assertThatThrownBy(() -> rules.checkFineWithinRange(serious, yuan(500_001)))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void shouldRequireAPositiveFineForAFineOutcomeAndNoneOtherwise() {
		Recommendation general = fined(0, 100_000);
		Recommendation warning = new Recommendation(Outcome.WARNING, null, null, "R", "依据", "SL2024", "说明", false, true);

		assertThatThrownBy(() -> rules.checkFineWithinRange(general, BigDecimal.ZERO))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> rules.checkFineWithinRange(general, null)).isInstanceOf(BadRequestException.class);
		assertThatCode(() -> rules.checkFineWithinRange(general, yuan(1))).doesNotThrowAnyException();
		assertThatCode(() -> rules.checkFineWithinRange(warning, null)).doesNotThrowAnyException();
		assertThatThrownBy(() -> rules.checkFineWithinRange(warning, yuan(100)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("不应处以罚款");
	}

	@Test
	void shouldRefuseAHeavierPenaltyAfterTheDefence() {
		assertThatThrownBy(() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING_AND_FINE, yuan(20_000),
				Outcome.WARNING_AND_FINE, yuan(20_001)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("第四十五条");
		assertThatThrownBy(
				() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING, null, Outcome.WARNING_AND_FINE, yuan(1)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> rules.checkNotHeavierAfterDefence(Outcome.NO_PENALTY, null, Outcome.WARNING, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING, null, Outcome.CIRCULATE, null))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldAllowTheSameOrALighterPenaltyAfterTheDefence() {
		assertThatCode(() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING_AND_FINE, yuan(20_000),
				Outcome.WARNING_AND_FINE, yuan(20_000)))
			.doesNotThrowAnyException();
		assertThatCode(() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING_AND_FINE, yuan(20_000),
				Outcome.WARNING_AND_FINE, yuan(5_000)))
			.doesNotThrowAnyException();
		assertThatCode(() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING_AND_FINE, yuan(20_000),
				Outcome.WARNING, null))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> rules.checkNotHeavierAfterDefence(Outcome.WARNING, null, Outcome.NO_PENALTY, BigDecimal.ZERO))
			.doesNotThrowAnyException();
	}

	@Test
	void shouldRefuseAWarningAloneOrNoPenaltyWhereTheLawImposesTheFine() {
		Recommendation serious = new Recommendation(Outcome.WARNING_AND_FINE, yuan(100_000), yuan(500_000),
				"SL2024_A44_ORG_SERIOUS", "《统计法》(2024)第四十四条第一款、第二款（情节严重）", "SL2024", "说明", true, true);
		Recommendation general = fined(0, 100_000);

		assertThatThrownBy(() -> rules.checkOutcomeAllowed(serious, Outcome.WARNING)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("应当并处罚款").hasMessageContaining("不能仅给予警告");
		assertThatThrownBy(() -> rules.checkOutcomeAllowed(serious, Outcome.NO_PENALTY)).hasMessageContaining("不能不予处罚");
		assertThatCode(() -> rules.checkOutcomeAllowed(serious, Outcome.WARNING_AND_FINE)).doesNotThrowAnyException();
		// "可以并处": a warning alone stays open
		assertThatCode(() -> rules.checkOutcomeAllowed(general, Outcome.WARNING)).doesNotThrowAnyException();
	}

	@Test
	void shouldOrderCorrectionWithEveryPenaltyAndWithoutPenaltyWhereTheRuleSaysSo() {
		Recommendation firstMinor = new Recommendation(Outcome.NO_PENALTY, null, null, "SL2024_A44_ORG_FIRST_MINOR", "依据",
				"SL2024", "说明", false, false);
		Recommendation citizen = new Recommendation(Outcome.NO_PENALTY, null, null, "SL2024_CITIZEN", "第四十七条", "SL2024",
				"说明", false, true);

		assertThat(rules.correctionRequired(firstMinor, Outcome.WARNING)).isTrue();
		assertThat(rules.correctionRequired(firstMinor, Outcome.NO_PENALTY)).isFalse();
		assertThat(rules.correctionRequired(citizen, Outcome.NO_PENALTY)).isTrue();
		assertThat(rules.correctionRequiredReason(citizen, Outcome.NO_PENALTY)).contains("SL2024_CITIZEN");
		assertThat(rules.correctionRequiredReason(firstMinor, Outcome.CIRCULATE)).contains("第二十八条");
	}

	@Test
	void shouldNameTheConfiguredLimitsWhenRefusingASummaryFine() {
		assertThatThrownBy(() -> rules.checkSummaryProcedure(ORGANIZATION, Outcome.WARNING_AND_FINE, yuan(3_001)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("200元以下")
			.hasMessageContaining("3000元以下");
		assertThatCode(() -> rules.checkSummaryProcedure(ORGANIZATION, Outcome.WARNING_AND_FINE, yuan(3_000)))
			.doesNotThrowAnyException();
	}

	private static Recommendation fined(long min, long max) {
		return new Recommendation(Outcome.WARNING_AND_FINE, yuan(min), yuan(max), "SL2024_A44_ORG_SERIOUS",
				"《统计法》(2024)第四十四条第一款、第二款", "SL2024", "说明", false, true);
	}

}

package cn.statenforce.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Thresholds and statutory windows of penalty procedure ({@code statenforce.penalty.*}). The defaults are those of
 * docs domain.md; figures that are provincial or uncertain there are configurable for that reason.
 *
 * @param hearingThresholdOrganization fine from which an organisation may request a hearing (较大数额罚款,
 * 《行政处罚法》第六十三条; 50,000 yuan in the 2017 NBS Measures Art 38 — check the provincial rule)
 * @param hearingThresholdIndividual the same for 个体工商户 (2,000 yuan); also applied to citizens, whom the
 * Statistics Law does not fine
 * @param majorDecisionFineOrganization fine on an organisation from which the decision is a "major decision" that
 * needs legal review (法制审核, 《行政处罚法》第五十八条; local catalogues, e.g. Chengde: 50,000 yuan)
 * @param summaryLimitCitizen largest fine a summary procedure (简易程序) may impose on a citizen (《行政处罚法》第五十一条:
 * 200 yuan)
 * @param summaryLimitIndividualBusiness the same for 个体工商户, a natural person under the Civil Code (200 yuan)
 * @param summaryLimitOrganization the same for a legal person or other organisation (3,000 yuan; the 2017 NBS
 * Measures said 1,000)
 * @param statementDefenceWorkingDays window for statement and defence (陈述申辩) after the prior notice (local forms: 3
 * working days; no statutory figure)
 * @param hearingRequestWorkingDays window to request a hearing after the notice (《行政处罚法》第六十四条: 5 working
 * days)
 * @param hearingNoticeWorkingDays minimum notice of a hearing's time and place (第六十四条: 7 working days)
 * @param serviceWorkingDays service of the decision when the party is absent (第六十一条: 7 working days)
 * @param paymentDays days to pay the fine after receiving the decision (第六十七条: 15 days)
 * @param lateChargePercentPerDay late charge per day in percent of the fine, capped at the fine (第七十二条: 3)
 * @param publicationWorkingDays publication of the decision (国统字〔2023〕49号: 7 working days)
 * @param caseLimitMonths time limit of a case from filing (2017 NBS Measures: 3 months)
 * @param maxExtensionMonths longest extension, approved by the director (3 months)
 * @param limitationYears limitation period (《行政处罚法》第三十六条: 2 years)
 * @param lawChangeDate the day the amended Statistics Law took effect; earlier conduct keeps the 2009 law
 * (《行政处罚法》第三十七条)
 * @param seriousCorrectionOrders orders to correct within {@code seriousCorrectionWindowMonths} that make an Art 44
 * violation serious (《统计法实施条例》第五十条第（四）项: 3)
 * @param seriousCorrectionWindowMonths the window for counting those orders (12 months)
 * @param publicNoticeDays service by public notice (公告送达) counts as done this many days after the notice
 * (《民事诉讼法》第九十五条: 30 days); the party's windows and the payment deadline run from then
 */
@ConfigurationProperties("statenforce.penalty")
public record PenaltyPolicy(@DefaultValue("50000") BigDecimal hearingThresholdOrganization,
		@DefaultValue("2000") BigDecimal hearingThresholdIndividual,
		@DefaultValue("50000") BigDecimal majorDecisionFineOrganization,
		@DefaultValue("200") BigDecimal summaryLimitCitizen,
		@DefaultValue("200") BigDecimal summaryLimitIndividualBusiness,
		@DefaultValue("3000") BigDecimal summaryLimitOrganization,
		@DefaultValue("3") int statementDefenceWorkingDays, @DefaultValue("5") int hearingRequestWorkingDays,
		@DefaultValue("7") int hearingNoticeWorkingDays, @DefaultValue("7") int serviceWorkingDays,
		@DefaultValue("15") int paymentDays, @DefaultValue("3") BigDecimal lateChargePercentPerDay,
		@DefaultValue("7") int publicationWorkingDays, @DefaultValue("3") int caseLimitMonths,
		@DefaultValue("3") int maxExtensionMonths, @DefaultValue("2") int limitationYears,
		@DefaultValue("2024-09-13") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lawChangeDate,
		@DefaultValue("3") int seriousCorrectionOrders, @DefaultValue("12") int seriousCorrectionWindowMonths,
		@DefaultValue("30") int publicNoticeDays) {

	/** The defaults above, for code and tests that run without Spring. */
	public static PenaltyPolicy defaults() {
		return new PenaltyPolicy(new BigDecimal("50000"), new BigDecimal("2000"), new BigDecimal("50000"),
				new BigDecimal("200"), new BigDecimal("200"), new BigDecimal("3000"), 3, 5, 7, 7, 15,
				new BigDecimal("3"), 7, 3, 3, 2, LocalDate.of(2024, 9, 13), 3, 12, 30);
	}

}

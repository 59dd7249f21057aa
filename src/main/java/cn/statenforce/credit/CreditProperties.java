package cn.statenforce.credit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Criteria and periods of serious statistical dishonesty. The identification criteria, the publication period and the
 * repair conditions of NBS Order No. 35 could not be verified against its text (domain reference §3): the defaults follow
 * the best recollection there (a case closed with an administrative penalty for a 情节严重 violation, 统计法实施条例第五十条;
 * published 3 years; removal on application after correction and performance of the penalty, after at least 6 months as
 * in the 2014 and 2019 rules), and every one is configuration.
 *
 * @param requirePenalty the case must have ended with an administrative penalty (给予行政处罚)
 * @param circumstances the case's circumstance tiers (情节) that qualify: MINOR, GENERAL, SERIOUS
 * @param violationTypes the violation types of which the case must include one (empty: any)
 * @param partyTypes the party types that can be identified (严重失信企业: ORGANIZATION; add INDIVIDUAL_BUSINESS to include
 *        个体工商户)
 * @param publicationYears years a record stays published
 * @param repairMinMonths months of publication before credit repair may be applied for
 */
@ConfigurationProperties("statenforce.credit")
public record CreditProperties(@DefaultValue("true") boolean requirePenalty,
		@DefaultValue("SERIOUS") List<String> circumstances, @DefaultValue("") List<String> violationTypes,
		@DefaultValue("ORGANIZATION") List<String> partyTypes, @DefaultValue("3") int publicationYears,
		@DefaultValue("6") int repairMinMonths) {

	public CreditProperties {
		violationTypes = violationTypes.stream().filter(s -> !s.isBlank()).toList();
	}

}

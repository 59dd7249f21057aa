package cn.statenforce.penalty;

import java.math.BigDecimal;

/**
 * What the discretion benchmark recommends, to be stored on the case and shown at approval.
 *
 * @param fineMin lower bound of the recommended fine in yuan, inclusive; {@code 0} means "up to fineMax" (…元以下,
 * a fine must still be positive); {@code null} when the outcome has no fine
 * @param fineMax upper bound in yuan, inclusive (以上/以下 include the number); {@code null} when the outcome has no
 * fine
 * @param ruleId the id of the matched rule of processes/penalty-discretion.dmn (e.g. {@code SL2024_A44_ORG_GENERAL})
 * @param legalBasis the provisions the handling rests on (处罚依据), in Chinese
 * @param regime {@code SL2009} for conduct before 2024-09-13, else {@code SL2024}
 * @param explanation why, in Chinese: the violated article, the tier and the options the law leaves open
 * @param fineRequired the law imposes the fine ("并处", not "可以并处"): a warning alone or no penalty is unlawful
 * @param correctionRequired the decision orders the party to correct (责令改正) even if it imposes no penalty
 */
public record Recommendation(Outcome outcome, BigDecimal fineMin, BigDecimal fineMax, String ruleId,
		String legalBasis, String regime, String explanation, boolean fineRequired, boolean correctionRequired) {

	public boolean hasFine() {
		return fineMax != null;
	}

	public Recommendation withExplanation(String text) {
		return new Recommendation(outcome, fineMin, fineMax, ruleId, legalBasis, regime, text, fineRequired,
				correctionRequired);
	}

}

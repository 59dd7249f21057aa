package cn.statenforce.penalty;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.statenforce.shared.BadRequestException;

/**
 * One party, several different violations found in one case: 分别裁量、合并处罚.
 * <p>
 * The Administrative Penalty Law has no cumulation rule for this situation. Its Art 29 only forbids fining the
 * same act twice (一事不再罚) and, where one act breaks several provisions, applies the provision with the higher
 * fine; it says nothing about different acts of one party discovered together. The Criminal Law's 数罪并罚
 * (限制加重) does not apply to administrative penalties. Administrative practice, reflected in the provincial
 * discretion rules of several bureaus, therefore weighs each violation separately against the benchmark and
 * imposes the results together in one decision (分别裁量、合并处罚). This class applies that rule:
 * <ul>
 * <li>each violation gets its own recommendation from the benchmark (the DMN is evaluated per violation);</li>
 * <li>the combined kind of penalty is the heaviest of them ({@link Outcome#severity()}): a violation without
 * penalty under Art 33 does not make the others lighter, and a warning is absorbed by a warning with a fine;</li>
 * <li>the permitted fine is the sum of the ranges of the violations that carry a fine (lower bounds added, upper
 * bounds added); violations recommended without a fine add nothing. The decision states one total fine; a total
 * in that combined range is exactly a total that can be split into one amount per violation, each within that
 * violation's own range, so no violation is fined beyond its benchmark (or statutory maximum) and none is dropped;</li>
 * <li>every matched rule and its legal basis stays on record per violation, and the combined record cites them
 * all;</li>
 * <li>what the law requires of one violation holds for the decision: a fine the law imposes for one of them
 * ({@link Recommendation#fineRequired()}) and an order to correct ({@link Recommendation#correctionRequired()}).</li>
 * </ul>
 * One violation alone is returned unchanged.
 */
public final class PenaltyCombination {

	/** Longest rule id reference the case row keeps; the full list stays on each violation. */
	static final int RULE_ID_LENGTH = 64;

	static final int BASIS_LENGTH = 1000;

	static final int EXPLANATION_LENGTH = 2000;

	private PenaltyCombination() {
	}

	/**
	 * The combined recommendation for the violations' separate recommendations (in the order found).
	 * @throws BadRequestException if there is none
	 */
	public static Recommendation combine(List<Recommendation> separate) {
		if (separate == null || separate.isEmpty()) {
			throw new BadRequestException("violations", "请至少填写一项违法行为");
		}
		if (separate.size() == 1) {
			return separate.get(0);
		}
		Outcome heaviest = separate.stream().map(Recommendation::outcome).max(Comparator.comparingInt(Outcome::severity))
			.orElseThrow();
		List<Recommendation> fined = separate.stream().filter(Recommendation::hasFine).toList();
		BigDecimal min = fined.isEmpty() ? null : fined.stream().map(Recommendation::fineMin).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal max = fined.isEmpty() ? null : fined.stream().map(Recommendation::fineMax).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Recommendation(heaviest, min, max, ruleIds(separate), bases(separate), separate.get(0).regime(),
				explanation(separate, heaviest, min, max), separate.stream().anyMatch(Recommendation::fineRequired),
				separate.stream().anyMatch(Recommendation::correctionRequired));
	}

	private static String ruleIds(List<Recommendation> separate) {
		String all = String.join("+", separate.stream().map(Recommendation::ruleId).toList());
		return all.length() <= RULE_ID_LENGTH ? all : "COMBINED_" + separate.size();
	}

	private static String bases(List<Recommendation> separate) {
		Set<String> distinct = new LinkedHashSet<>(separate.stream().map(Recommendation::legalBasis).toList());
		return cut(String.join("；", distinct), BASIS_LENGTH);
	}

	private static String explanation(List<Recommendation> separate, Outcome heaviest, BigDecimal min, BigDecimal max) {
		StringBuilder s = new StringBuilder("分别裁量、合并处罚（").append(separate.size()).append("项违法行为）：合并建议")
			.append(heaviest.label());
		if (max != null) {
			s.append("，罚款合计").append(PenaltyRules.range(new Recommendation(heaviest, min, max, null, null, null, null, false, false)));
		}
		s.append("。");
		for (int i = 0; i < separate.size(); i++) {
			Recommendation r = separate.get(i);
			s.append("（").append(i + 1).append("）").append(r.outcome().label());
			if (r.hasFine()) {
				s.append(" ").append(PenaltyRules.range(r));
			}
			s.append("，规则 ").append(r.ruleId()).append("；");
		}
		return cut(s.toString(), EXPLANATION_LENGTH);
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}

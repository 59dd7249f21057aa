package cn.statenforce.penalty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import cn.statenforce.directory.PartyType;
import cn.statenforce.shared.BadRequestException;

/**
 * The discretion benchmark (裁量基准, 《行政处罚法》第三十四条): evaluates the deployed decision
 * {@value #DECISION_KEY} (processes/penalty-discretion.dmn) for the facts of a case and explains the result. The
 * evaluation is recorded in the engine's decision history, which keeps the inputs and the matched rule.
 * <p>
 * The table (hit policy UNIQUE, one rule per combination) follows three tiers per violation, party type and law:
 * <ul>
 * <li>轻微, first offence, corrected in time → 不予处罚 (《行政处罚法》第三十三条第一款);</li>
 * <li>轻微 otherwise → 警告 (with the order to correct); the explanation reminds the reviewer that a minor violation
 * corrected in time without harmful consequences must not be penalised even if it is not the first;</li>
 * <li>一般 → 警告并处罚款: for Art 44 organisations the ordinary range (2024: ≤100,000; 2009: ≤50,000), otherwise
 * the lower half of the statutory maximum;</li>
 * <li>严重 → 警告并处罚款: for Art 44 organisations the statutory serious range (2024: 100,000–500,000; 2009:
 * 50,000–200,000), otherwise the upper half of the statutory maximum.</li>
 * </ul>
 * Statutory maxima: Art 44 个体工商户 ≤10,000; Art 45 late reporting or missing records, organisations ≤50,000 (2009:
 * ≤10,000); 个体工商户 late reporting ≤1,000. The law sets no penalty for a 个体工商户 without original records, nor
 * for citizens as survey subjects (only correction and 批评教育 in a census), so those give 不予处罚.
 */
@Service
public class PenaltyDiscretion {

	/** Key of the decision in processes/penalty-discretion.dmn. */
	public static final String DECISION_KEY = "penaltyDiscretion";

	private final DecisionService decisionService;

	private final PenaltyRules rules;

	public PenaltyDiscretion(DecisionService decisionService, PenaltyRules rules) {
		this.decisionService = decisionService;
		this.rules = rules;
	}

	/**
	 * The recommended outcome and fine range for the facts. The 2009 or 2024 Statistics Law is chosen from the
	 * conduct date before the table is evaluated.
	 * @throws BadRequestException if a fact is missing
	 */
	public Recommendation recommend(DiscretionInput input) {
		checkComplete(input);
		String regime = rules.regimeFor(input.conductDate());
		DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
			.variables(variables(input, regime))
			.evaluate()
			.getSingleResult();
		if (result == null) {
			throw new IllegalStateException("裁量基准没有适用的规则: " + input);
		}
		return toRecommendation(input, regime, result);
	}

	/** The decision's input variables; enums are passed by name. */
	public static Map<String, Object> variables(DiscretionInput input, String regime) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("violationType", input.violationType().name());
		variables.put("partyType", input.partyType().name());
		variables.put("circumstance", input.circumstance().name());
		variables.put("firstOffence", input.firstOffence());
		variables.put("correctedInTime", input.correctedInTime());
		variables.put("regime", regime);
		return variables;
	}

	private static void checkComplete(DiscretionInput input) {
		if (input == null || input.violationType() == null || input.partyType() == null
				|| input.circumstance() == null || input.conductDate() == null) {
			throw new BadRequestException("请填写违法行为类型、当事人类型、情节和违法行为发生日期");
		}
	}

	private static Recommendation toRecommendation(DiscretionInput input, String regime,
			DmnDecisionResultEntries result) {
		Outcome outcome = Outcome.valueOf(result.<String>getEntry("outcome"));
		Recommendation withoutExplanation = new Recommendation(outcome, amount(result.get("fineMin")),
				amount(result.get("fineMax")), result.<String>getEntry("ruleId"), result.<String>getEntry("legalBasis"), regime,
				null, Boolean.TRUE.equals(result.get("fineRequired")), Boolean.TRUE.equals(result.get("correctionRequired")));
		return withoutExplanation.withExplanation(explain(input, regime, withoutExplanation));
	}

	private static BigDecimal amount(Object value) {
		return value == null ? null : new BigDecimal(value.toString());
	}

	/** The explanation shown at approval: facts, the applicable law, the outcome and what the law leaves open. */
	static String explain(DiscretionInput input, String regime, Recommendation r) {
		StringBuilder text = new StringBuilder();
		text.append("当事人（").append(input.partyType().label()).append("）").append(input.violationType().label())
			.append("，违反").append(input.violationType().citation(regime)).append("；情节")
			.append(input.circumstance().label()).append(input.firstOffence() ? "，初次违法" : "，非初次违法")
			.append(input.correctedInTime() ? "，已及时改正" : "，未及时改正").append("。违法行为发生于")
			.append(input.conductDate())
			.append(PenaltyRules.SL2009.equals(regime) ? "，适用2009年《统计法》（《行政处罚法》第三十七条）" : "，适用2024年修正的《统计法》")
			.append("。建议：").append(r.outcome().label());
		if (r.hasFine()) {
			text.append("，罚款").append(PenaltyRules.range(r));
		}
		text.append("（规则 ").append(r.ruleId()).append("，依据：").append(r.legalBasis()).append("）。");
		appendOptions(text, input, regime, r);
		return text.toString();
	}

	private static void appendOptions(StringBuilder text, DiscretionInput input, String regime, Recommendation r) {
		if (r.outcome() == Outcome.NO_PENALTY) {
			text.append(r.correctionRequired() ? "不予处罚，仍应责令改正，并对当事人进行教育（《行政处罚法》第三十三条第三款）。"
					: "不予处罚，应对当事人进行教育（《行政处罚法》第三十三条第三款）。");
			return;
		}
		text.append("同时责令改正（《行政处罚法》第二十八条）。");
		if (r.fineRequired()) {
			text.append("情节严重的，依法应当并处罚款，不能仅予警告。");
		}
		if (input.partyType() == PartyType.ORGANIZATION && input.violationType().circulationPossible(regime)) {
			text.append("可以予以通报。");
		}
		if (input.circumstance() == Circumstance.MINOR) {
			text.append("违法行为轻微并及时改正、没有造成危害后果的，应当不予处罚（《行政处罚法》第三十三条第一款），请核实危害后果。");
		}
	}

}

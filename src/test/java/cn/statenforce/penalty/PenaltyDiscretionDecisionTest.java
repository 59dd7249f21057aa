package cn.statenforce.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.statenforce.directory.PartyType;

/**
 * The discretion table processes/penalty-discretion.dmn on the standalone DMN engine (no Spring): one row per rule,
 * and exhaustive checks over every input combination.
 */
class PenaltyDiscretionDecisionTest {

	private static final String DMN = "/processes/penalty-discretion.dmn";

	private static final List<List<String>> matchedRules = new ArrayList<>();

	private static DmnEngine engine;

	private static DmnDecision decision;

	@BeforeAll
	static void parseDecision() throws Exception {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(PenaltyDiscretionDecisionTest::record));
		engine = configuration.buildEngine();
		try (InputStream dmn = PenaltyDiscretionDecisionTest.class.getResourceAsStream(DMN)) {
			decision = engine.parseDecision(PenaltyDiscretion.DECISION_KEY, dmn);
		}
	}

	private static void record(DmnDecisionTableEvaluationEvent event) {
		matchedRules.add(event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
	}

	private static Evaluation evaluate(ViolationType violation, PartyType party, Circumstance circumstance,
			boolean first, boolean corrected, String regime) {
		matchedRules.clear();
		Map<String, Object> variables = new HashMap<>();
		variables.put("violationType", violation.name());
		variables.put("partyType", party.name());
		variables.put("circumstance", circumstance.name());
		variables.put("firstOffence", first);
		variables.put("correctedInTime", corrected);
		variables.put("regime", regime);
		DmnDecisionResult result = engine.evaluateDecision(decision, variables);
		assertThat(matchedRules).hasSize(1);
		return new Evaluation(matchedRules.get(0), result.size() == 1 ? result.getSingleResult() : null);
	}

	private record Evaluation(List<String> ruleIds, DmnDecisionResultEntries outputs) {
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			SL2024_A44_ORG_FIRST_MINOR | REFUSE_OR_LATE_AFTER_REMINDER | ORGANIZATION | MINOR | true | true | SL2024 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2024)第四十四条第一款 | false | false
			SL2024_A44_ORG_MINOR_REPEAT | FALSE_OR_INCOMPLETE_DATA | ORGANIZATION | MINOR | false | true | SL2024 | WARNING |  |  | 《统计法》(2024)第四十四条第一款 | false | true
			SL2024_A44_ORG_MINOR_UNCORRECTED | REFUSE_INQUIRY | ORGANIZATION | MINOR | true | false | SL2024 | WARNING |  |  | 《统计法》(2024)第四十四条第一款 | false | true
			SL2024_A44_ORG_GENERAL | OBSTRUCT_INSPECTION | ORGANIZATION | GENERAL | true | true | SL2024 | WARNING_AND_FINE | 0 | 100000 | 《统计法》(2024)第四十四条第一款、第二款 | false | true
			SL2024_A44_ORG_SERIOUS | DESTROY_RECORDS | ORGANIZATION | SERIOUS | false | true | SL2024 | WARNING_AND_FINE | 100000 | 500000 | 《统计法》(2024)第四十四条第一款、第二款（情节严重） | true | true
			SL2009_A44_ORG_FIRST_MINOR | REFUSE_OR_LATE_AFTER_REMINDER | ORGANIZATION | MINOR | true | true | SL2009 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2009)第四十一条第一款 | false | false
			SL2009_A44_ORG_MINOR_REPEAT | FALSE_OR_INCOMPLETE_DATA | ORGANIZATION | MINOR | false | true | SL2009 | WARNING |  |  | 《统计法》(2009)第四十一条第一款 | false | true
			SL2009_A44_ORG_MINOR_UNCORRECTED | REFUSE_INQUIRY | ORGANIZATION | MINOR | true | false | SL2009 | WARNING |  |  | 《统计法》(2009)第四十一条第一款 | false | true
			SL2009_A44_ORG_GENERAL | OBSTRUCT_INSPECTION | ORGANIZATION | GENERAL | false | false | SL2009 | WARNING_AND_FINE | 0 | 50000 | 《统计法》(2009)第四十一条第一款、第二款 | false | true
			SL2009_A44_ORG_SERIOUS | DESTROY_RECORDS | ORGANIZATION | SERIOUS | true | false | SL2009 | WARNING_AND_FINE | 50000 | 200000 | 《统计法》(2009)第四十一条第一款、第二款（情节严重） | true | true
			SL2024_A44_IB_FIRST_MINOR | REFUSE_OR_LATE_AFTER_REMINDER | INDIVIDUAL_BUSINESS | MINOR | true | true | SL2024 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2024)第四十四条第三款 | false | false
			SL2024_A44_IB_MINOR_REPEAT | FALSE_OR_INCOMPLETE_DATA | INDIVIDUAL_BUSINESS | MINOR | false | true | SL2024 | WARNING |  |  | 《统计法》(2024)第四十四条第三款 | false | true
			SL2024_A44_IB_MINOR_UNCORRECTED | REFUSE_INQUIRY | INDIVIDUAL_BUSINESS | MINOR | true | false | SL2024 | WARNING |  |  | 《统计法》(2024)第四十四条第三款 | false | true
			SL2024_A44_IB_GENERAL | OBSTRUCT_INSPECTION | INDIVIDUAL_BUSINESS | GENERAL | true | true | SL2024 | WARNING_AND_FINE | 0 | 5000 | 《统计法》(2024)第四十四条第三款 | false | true
			SL2024_A44_IB_SERIOUS | DESTROY_RECORDS | INDIVIDUAL_BUSINESS | SERIOUS | false | true | SL2024 | WARNING_AND_FINE | 5000 | 10000 | 《统计法》(2024)第四十四条第三款 | false | true
			SL2009_A44_IB_FIRST_MINOR | REFUSE_OR_LATE_AFTER_REMINDER | INDIVIDUAL_BUSINESS | MINOR | true | true | SL2009 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2009)第四十一条第三款 | false | false
			SL2009_A44_IB_MINOR_REPEAT | FALSE_OR_INCOMPLETE_DATA | INDIVIDUAL_BUSINESS | MINOR | false | true | SL2009 | WARNING |  |  | 《统计法》(2009)第四十一条第三款 | false | true
			SL2009_A44_IB_MINOR_UNCORRECTED | REFUSE_INQUIRY | INDIVIDUAL_BUSINESS | MINOR | true | false | SL2009 | WARNING |  |  | 《统计法》(2009)第四十一条第三款 | false | true
			SL2009_A44_IB_GENERAL | OBSTRUCT_INSPECTION | INDIVIDUAL_BUSINESS | GENERAL | false | false | SL2009 | WARNING_AND_FINE | 0 | 5000 | 《统计法》(2009)第四十一条第三款 | false | true
			SL2009_A44_IB_SERIOUS | DESTROY_RECORDS | INDIVIDUAL_BUSINESS | SERIOUS | true | false | SL2009 | WARNING_AND_FINE | 5000 | 10000 | 《统计法》(2009)第四十一条第三款 | false | true
			SL2024_A45LATE_ORG_FIRST_MINOR | LATE_REPORTING | ORGANIZATION | MINOR | true | true | SL2024 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2024)第四十五条第一款 | false | false
			SL2024_A45LATE_ORG_MINOR_REPEAT | LATE_REPORTING | ORGANIZATION | MINOR | false | true | SL2024 | WARNING |  |  | 《统计法》(2024)第四十五条第一款 | false | true
			SL2024_A45LATE_ORG_MINOR_UNCORRECTED | LATE_REPORTING | ORGANIZATION | MINOR | true | false | SL2024 | WARNING |  |  | 《统计法》(2024)第四十五条第一款 | false | true
			SL2024_A45LATE_ORG_GENERAL | LATE_REPORTING | ORGANIZATION | GENERAL | true | true | SL2024 | WARNING_AND_FINE | 0 | 25000 | 《统计法》(2024)第四十五条第一款、第二款 | false | true
			SL2024_A45LATE_ORG_SERIOUS | LATE_REPORTING | ORGANIZATION | SERIOUS | false | true | SL2024 | WARNING_AND_FINE | 25000 | 50000 | 《统计法》(2024)第四十五条第一款、第二款 | false | true
			SL2009_A45LATE_ORG_FIRST_MINOR | LATE_REPORTING | ORGANIZATION | MINOR | true | true | SL2009 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2009)第四十二条第一款 | false | false
			SL2009_A45LATE_ORG_MINOR_REPEAT | LATE_REPORTING | ORGANIZATION | MINOR | false | true | SL2009 | WARNING |  |  | 《统计法》(2009)第四十二条第一款 | false | true
			SL2009_A45LATE_ORG_MINOR_UNCORRECTED | LATE_REPORTING | ORGANIZATION | MINOR | true | false | SL2009 | WARNING |  |  | 《统计法》(2009)第四十二条第一款 | false | true
			SL2009_A45LATE_ORG_GENERAL | LATE_REPORTING | ORGANIZATION | GENERAL | false | false | SL2009 | WARNING_AND_FINE | 0 | 5000 | 《统计法》(2009)第四十二条第一款、第二款 | false | true
			SL2009_A45LATE_ORG_SERIOUS | LATE_REPORTING | ORGANIZATION | SERIOUS | true | false | SL2009 | WARNING_AND_FINE | 5000 | 10000 | 《统计法》(2009)第四十二条第一款、第二款 | false | true
			SL2024_A45LATE_IB_FIRST_MINOR | LATE_REPORTING | INDIVIDUAL_BUSINESS | MINOR | true | true | SL2024 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2024)第四十五条第三款 | false | false
			SL2024_A45LATE_IB_MINOR_REPEAT | LATE_REPORTING | INDIVIDUAL_BUSINESS | MINOR | false | true | SL2024 | WARNING |  |  | 《统计法》(2024)第四十五条第三款 | false | true
			SL2024_A45LATE_IB_MINOR_UNCORRECTED | LATE_REPORTING | INDIVIDUAL_BUSINESS | MINOR | true | false | SL2024 | WARNING |  |  | 《统计法》(2024)第四十五条第三款 | false | true
			SL2024_A45LATE_IB_GENERAL | LATE_REPORTING | INDIVIDUAL_BUSINESS | GENERAL | true | true | SL2024 | WARNING_AND_FINE | 0 | 500 | 《统计法》(2024)第四十五条第三款 | false | true
			SL2024_A45LATE_IB_SERIOUS | LATE_REPORTING | INDIVIDUAL_BUSINESS | SERIOUS | false | true | SL2024 | WARNING_AND_FINE | 500 | 1000 | 《统计法》(2024)第四十五条第三款 | false | true
			SL2009_A45LATE_IB_FIRST_MINOR | LATE_REPORTING | INDIVIDUAL_BUSINESS | MINOR | true | true | SL2009 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2009)第四十二条第三款 | false | false
			SL2009_A45LATE_IB_MINOR_REPEAT | LATE_REPORTING | INDIVIDUAL_BUSINESS | MINOR | false | true | SL2009 | WARNING |  |  | 《统计法》(2009)第四十二条第三款 | false | true
			SL2009_A45LATE_IB_MINOR_UNCORRECTED | LATE_REPORTING | INDIVIDUAL_BUSINESS | MINOR | true | false | SL2009 | WARNING |  |  | 《统计法》(2009)第四十二条第三款 | false | true
			SL2009_A45LATE_IB_GENERAL | LATE_REPORTING | INDIVIDUAL_BUSINESS | GENERAL | false | false | SL2009 | WARNING_AND_FINE | 0 | 500 | 《统计法》(2009)第四十二条第三款 | false | true
			SL2009_A45LATE_IB_SERIOUS | LATE_REPORTING | INDIVIDUAL_BUSINESS | SERIOUS | true | false | SL2009 | WARNING_AND_FINE | 500 | 1000 | 《统计法》(2009)第四十二条第三款 | false | true
			SL2024_A45REC_ORG_FIRST_MINOR | NO_ORIGINAL_RECORDS | ORGANIZATION | MINOR | true | true | SL2024 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2024)第四十五条第一款 | false | false
			SL2024_A45REC_ORG_MINOR_REPEAT | NO_ORIGINAL_RECORDS | ORGANIZATION | MINOR | false | true | SL2024 | WARNING |  |  | 《统计法》(2024)第四十五条第一款 | false | true
			SL2024_A45REC_ORG_MINOR_UNCORRECTED | NO_ORIGINAL_RECORDS | ORGANIZATION | MINOR | true | false | SL2024 | WARNING |  |  | 《统计法》(2024)第四十五条第一款 | false | true
			SL2024_A45REC_ORG_GENERAL | NO_ORIGINAL_RECORDS | ORGANIZATION | GENERAL | true | true | SL2024 | WARNING_AND_FINE | 0 | 25000 | 《统计法》(2024)第四十五条第一款、第二款 | false | true
			SL2024_A45REC_ORG_SERIOUS | NO_ORIGINAL_RECORDS | ORGANIZATION | SERIOUS | false | true | SL2024 | WARNING_AND_FINE | 25000 | 50000 | 《统计法》(2024)第四十五条第一款、第二款 | false | true
			SL2009_A45REC_ORG_FIRST_MINOR | NO_ORIGINAL_RECORDS | ORGANIZATION | MINOR | true | true | SL2009 | NO_PENALTY |  |  | 《行政处罚法》第三十三条第一款；《统计法》(2009)第四十二条第一款 | false | false
			SL2009_A45REC_ORG_MINOR_REPEAT | NO_ORIGINAL_RECORDS | ORGANIZATION | MINOR | false | true | SL2009 | WARNING |  |  | 《统计法》(2009)第四十二条第一款 | false | true
			SL2009_A45REC_ORG_MINOR_UNCORRECTED | NO_ORIGINAL_RECORDS | ORGANIZATION | MINOR | true | false | SL2009 | WARNING |  |  | 《统计法》(2009)第四十二条第一款 | false | true
			SL2009_A45REC_ORG_GENERAL | NO_ORIGINAL_RECORDS | ORGANIZATION | GENERAL | false | false | SL2009 | WARNING_AND_FINE | 0 | 5000 | 《统计法》(2009)第四十二条第一款、第二款 | false | true
			SL2009_A45REC_ORG_SERIOUS | NO_ORIGINAL_RECORDS | ORGANIZATION | SERIOUS | true | false | SL2009 | WARNING_AND_FINE | 5000 | 10000 | 《统计法》(2009)第四十二条第一款、第二款 | false | true
			IB_NO_ORIGINAL_RECORDS | NO_ORIGINAL_RECORDS | INDIVIDUAL_BUSINESS | GENERAL | false | false | SL2009 | NO_PENALTY |  |  | 《统计法》(2024)第四十五条、(2009)第四十二条对个体工商户仅就迟报设定处罚；《行政处罚法》第四条 | false | false
			SL2024_CITIZEN | FALSE_OR_INCOMPLETE_DATA | CITIZEN | MINOR | true | true | SL2024 | NO_PENALTY |  |  | 《统计法》(2024)第四十四条、第四十五条未对个人设定处罚，第四十七条；《行政处罚法》第四条 | false | true
			SL2009_CITIZEN | LATE_REPORTING | CITIZEN | GENERAL | true | true | SL2009 | NO_PENALTY |  |  | 《统计法》(2009)第四十一条、第四十二条未对个人设定处罚，第四十四条；《行政处罚法》第四条 | false | true
			""")
	void shouldMatchEachRuleWithItsOutputs(String ruleId, ViolationType violation, PartyType party,
			Circumstance circumstance, boolean first, boolean corrected, String regime, Outcome outcome, Long fineMin,
			Long fineMax, String legalBasis, boolean fineRequired, boolean correctionRequired) {
		Evaluation evaluation = evaluate(violation, party, circumstance, first, corrected, regime);

		assertThat(evaluation.ruleIds()).containsExactly(ruleId);
		DmnDecisionResultEntries outputs = evaluation.outputs();
		assertThat((String) outputs.get("outcome")).isEqualTo(outcome.name());
		assertThat((Long) outputs.get("fineMin")).isEqualTo(fineMin);
		assertThat((Long) outputs.get("fineMax")).isEqualTo(fineMax);
		assertThat((String) outputs.get("ruleId")).isEqualTo(ruleId);
		assertThat((String) outputs.get("legalBasis")).isEqualTo(legalBasis);
		assertThat((Boolean) outputs.get("fineRequired")).isEqualTo(fineRequired);
		assertThat((Boolean) outputs.get("correctionRequired")).isEqualTo(correctionRequired);
	}

	@Test
	void shouldHaveOneTestRowPerRuleAndRuleIdOutputsEqualToRuleIds() throws Exception {
		DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
		Set<String> ruleIds = table.getRules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
		var method = getClass().getDeclaredMethod("shouldMatchEachRuleWithItsOutputs", String.class,
				ViolationType.class, PartyType.class, Circumstance.class, boolean.class, boolean.class, String.class,
				Outcome.class, Long.class, Long.class, String.class, boolean.class, boolean.class);
		Set<String> rowIds = method.getAnnotation(CsvSource.class)
			.textBlock()
			.lines()
			.filter(line -> !line.isBlank())
			.map(line -> line.split("\\|")[0].trim())
			.collect(Collectors.toSet());

		assertThat(table.getRules()).hasSize(53);
		assertThat(rowIds).isEqualTo(ruleIds);
	}

	@Test
	void shouldMatchExactlyOneRuleForEveryCombination() {
		int combinations = 0;
		for (Facts facts : allFacts()) {
			Evaluation evaluation = evaluate(facts.violation(), facts.party(), facts.circumstance(), facts.first(),
					facts.corrected(), facts.regime());
			assertThat(evaluation.ruleIds()).as(facts.toString()).hasSize(1);
			assertThat((String) evaluation.outputs().get("ruleId")).isEqualTo(evaluation.ruleIds().get(0));
			combinations++;
		}
		assertThat(combinations).isEqualTo(7 * 3 * 3 * 2 * 2 * 2);
	}

	@Test
	void shouldNotPenaliseFirstMinorOffenceCorrectedInTime() {
		for (Facts facts : allFacts()) {
			if (facts.circumstance() == Circumstance.MINOR && facts.first() && facts.corrected()) {
				assertThat(outputs(facts).get("outcome").toString()).as(facts.toString()).isEqualTo("NO_PENALTY");
			}
		}
	}

	@Test
	void shouldStayWithinTheStatutoryMaximumOfTheApplicableLaw() {
		for (Facts facts : allFacts()) {
			DmnDecisionResultEntries outputs = outputs(facts);
			Long max = (Long) outputs.get("fineMax");
			Long min = (Long) outputs.get("fineMin");
			boolean fined = "WARNING_AND_FINE".equals(outputs.get("outcome"));
			assertThat(max != null).as(facts.toString()).isEqualTo(fined);
			if (fined) {
				assertThat(min).as(facts.toString()).isBetween(0L, max - 1);
				assertThat(max).as(facts.toString()).isLessThanOrEqualTo(statutoryMaximum(facts));
			}
		}
	}

	@Test
	void shouldUseTheSeriousRangeOfArticle44ForOrganisations() {
		for (Facts facts : allFacts()) {
			if (facts.violation().isArticle44() && facts.party() == PartyType.ORGANIZATION
					&& facts.circumstance() == Circumstance.SERIOUS) {
				boolean old = PenaltyRules.SL2009.equals(facts.regime());
				assertThat((Long) outputs(facts).get("fineMin")).isEqualTo(old ? 50_000L : 100_000L);
				assertThat((Long) outputs(facts).get("fineMax")).isEqualTo(old ? 200_000L : 500_000L);
			}
		}
	}

	/**
	 * 《统计法》(2024)第四十四条第二款 / (2009)第四十一条第二款: "企业事业单位或者其他组织…可以并处…罚款；情节严重的，并处…罚款".
	 * Only there is the fine imposed by the law itself; everywhere else ("可以并处", and every 个体工商户 clause) it is
	 * left to discretion.
	 */
	@Test
	void shouldRequireAFineExactlyWhereTheLawImposesIt() {
		for (Facts facts : allFacts()) {
			boolean imposed = facts.violation().isArticle44() && facts.party() == PartyType.ORGANIZATION
					&& facts.circumstance() == Circumstance.SERIOUS;
			DmnDecisionResultEntries outputs = outputs(facts);
			assertThat((Boolean) outputs.get("fineRequired")).as(facts.toString()).isEqualTo(imposed);
			if (imposed) {
				assertThat((String) outputs.get("outcome")).as(facts.toString()).isEqualTo("WARNING_AND_FINE");
			}
		}
	}

	/**
	 * 《行政处罚法》第二十八条: imposing a penalty, the agency orders the party to correct; 《统计法》(2024)第四十七条 /
	 * (2009)第四十四条: an individual in a census is ordered to correct and educated, without penalty. A first minor
	 * offence not penalised under 第三十三条第一款 has been corrected in time already (that is its condition).
	 */
	@Test
	void shouldOrderCorrectionWithEveryPenaltyAndForIndividuals() {
		for (Facts facts : allFacts()) {
			DmnDecisionResultEntries outputs = outputs(facts);
			boolean penalty = !"NO_PENALTY".equals(outputs.get("outcome"));
			boolean correction = (Boolean) outputs.get("correctionRequired");
			if (penalty || facts.party() == PartyType.CITIZEN) {
				assertThat(correction).as(facts.toString()).isTrue();
			}
			if (!penalty && facts.party() != PartyType.CITIZEN && facts.circumstance() == Circumstance.MINOR
					&& facts.first() && facts.corrected()) {
				assertThat(correction).as(facts.toString()).isFalse();
			}
		}
	}

	/** 《统计法》(2024) 第四十四条、第四十五条 and (2009) 第四十一条、第四十二条. */
	private static long statutoryMaximum(Facts facts) {
		boolean old = PenaltyRules.SL2009.equals(facts.regime());
		if (facts.party() == PartyType.INDIVIDUAL_BUSINESS) {
			return facts.violation().isArticle44() ? 10_000 : 1_000;
		}
		if (facts.violation().isArticle44()) {
			return old ? 200_000 : 500_000;
		}
		return old ? 10_000 : 50_000;
	}

	private static DmnDecisionResultEntries outputs(Facts facts) {
		return evaluate(facts.violation(), facts.party(), facts.circumstance(), facts.first(), facts.corrected(),
				facts.regime())
			.outputs();
	}

	private record Facts(ViolationType violation, PartyType party, Circumstance circumstance, boolean first,
			boolean corrected, String regime) {
	}

	private static List<Facts> allFacts() {
		List<Facts> all = new ArrayList<>();
		for (ViolationType violation : ViolationType.values()) {
			for (PartyType party : PartyType.values()) {
				for (Circumstance circumstance : Circumstance.values()) {
					for (boolean first : new boolean[] { true, false }) {
						for (boolean corrected : new boolean[] { true, false }) {
							for (String regime : List.of(PenaltyRules.SL2009, PenaltyRules.SL2024)) {
								all.add(new Facts(violation, party, circumstance, first, corrected, regime));
							}
						}
					}
				}
			}
		}
		return all;
	}

}

package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.statenforce.directory.PartyType;
import cn.statenforce.penalty.Circumstance;
import cn.statenforce.penalty.DiscretionInput;
import cn.statenforce.penalty.Outcome;
import cn.statenforce.penalty.PenaltyCombination;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.penalty.PenaltyDiscretion;
import cn.statenforce.penalty.PenaltyPolicy;
import cn.statenforce.penalty.PenaltyRules;
import cn.statenforce.penalty.Recommendation;
import cn.statenforce.penalty.ViolationType;

/**
 * The case's view of the penalty capability (discretion benchmark and legal rules): translates the case's
 * stored codes into the penalty API, so the rest of this package never depends on its types.
 */
@Component
class PenaltyAdvisor {

	private final PenaltyDiscretion discretion;

	private final PenaltyRules rules;

	private final PenaltyDeadlines deadlines;

	PenaltyAdvisor(PenaltyDiscretion discretion, PenaltyRules rules, PenaltyDeadlines deadlines) {
		this.discretion = discretion;
		this.rules = rules;
		this.deadlines = deadlines;
	}

	PenaltyPolicy policy() {
		return rules.policy();
	}

	static String outcomeLabel(String outcome) {
		return outcome == null ? "" : Outcome.valueOf(outcome).label();
	}

	/** 追责时效 (APL Art 36) counted to the day the violation was discovered: the lead's registration. */
	boolean isTimeBarred(EnforcementCase c) {
		return rules.isTimeBarred(c.getConductDate(), c.discoveredOn());
	}

	String timeBarredReason(EnforcementCase c) {
		return rules.timeBarredReason(c.getConductDate(), c.discoveredOn());
	}

	/** Orders to correct within the window make the conduct serious (统计法实施条例 Art 50(4)). */
	boolean seriousByRepeatedOrders(int orders) {
		return rules.seriousByRepeatedOrders(orders);
	}

	LocalDate repeatedOrdersWindowStart(LocalDate today) {
		return deadlines.repeatedOrdersWindowStart(today);
	}

	String regimeFor(LocalDate conduct) {
		return rules.regimeFor(conduct);
	}

	/** The article that applies to the conduct date: the 2024 numbering or, before 2024-09-13, the 2009 one. */
	String articleFor(String violationType, LocalDate conduct) {
		return violationType(violationType).citation(rules.regimeFor(conduct));
	}

	String violationLabel(String violationType) {
		return violationType(violationType).label();
	}

	Recommendation recommend(String violationType, String partyType, String circumstance, boolean firstOffence,
			boolean correctedInTime, LocalDate conduct) {
		return discretion.recommend(new DiscretionInput(violationType(violationType), PartyType.valueOf(partyType),
				Circumstance.valueOf(circumstance), firstOffence, correctedInTime, conduct));
	}

	/** 分别裁量、合并处罚: the case's recommendation from its violations' own ones ({@link PenaltyCombination}). */
	Recommendation combine(java.util.List<Recommendation> separate) {
		return PenaltyCombination.combine(separate);
	}

	boolean hearingRight(String partyType, BigDecimal fine) {
		return rules.hearingRight(PartyType.valueOf(partyType), orZero(fine));
	}

	boolean legalReviewRequired(String partyType, BigDecimal fine, boolean hearingHeld, boolean complex) {
		return rules.legalReviewRequired(PartyType.valueOf(partyType), orZero(fine), hearingHeld, complex);
	}

	/** 简易程序 (APL Art 51): 400 naming the configured limits when the outcome exceeds them. */
	void checkSummaryAllowed(String partyType, String outcome, BigDecimal fine) {
		rules.checkSummaryProcedure(PartyType.valueOf(partyType), Outcome.valueOf(outcome), orZero(fine));
	}

	BigDecimal lateCharge(BigDecimal fine, LocalDate due, LocalDate paid) {
		return rules.lateCharge(fine, due, paid);
	}

	void checkWithinRange(EnforcementCase c, String outcome, BigDecimal fine) {
		if (Outcome.valueOf(outcome) == Outcome.WARNING_AND_FINE) {
			rules.checkFineWithinRange(stored(c), orZero(fine));
		}
	}

	/**
	 * The outcome against what the law requires of the case's matched rules (400): where the fine is imposed by law
	 * ("情节严重的，并处"), neither a warning alone nor no penalty; {@code outcome} is {@code NO_PENALTY} for a decision
	 * not to penalise.
	 */
	void checkOutcomeAllowed(EnforcementCase c, String outcome) {
		rules.checkOutcomeAllowed(stored(c), Outcome.valueOf(outcome));
	}

	/** Whether a decision with this outcome orders correction (APL Art 28; the rule's own for no penalty). */
	boolean correctionRequired(EnforcementCase c, String outcome) {
		return rules.correctionRequired(stored(c), Outcome.valueOf(outcome));
	}

	String correctionRequiredReason(EnforcementCase c, String outcome) {
		return rules.correctionRequiredReason(stored(c), Outcome.valueOf(outcome));
	}

	/** The recommendation stored on the case (the combination of its violations' ones). */
	private static Recommendation stored(EnforcementCase c) {
		if (c.getRecOutcome() == null) {
			throw new cn.statenforce.shared.ConflictException("尚无裁量建议");
		}
		return new Recommendation(Outcome.valueOf(c.getRecOutcome()), c.getRecFineMin(), c.getRecFineMax(),
				c.getRecRuleId(), c.getRecLegalBasis(), c.getRecRegime(), c.getRecExplanation(), c.isRecFineRequired(),
				c.isRecCorrectionRequired());
	}

	void checkNotHeavier(String before, BigDecimal fineBefore, String after, BigDecimal fineAfter) {
		rules.checkNotHeavierAfterDefence(Outcome.valueOf(before), orZero(fineBefore), Outcome.valueOf(after),
				orZero(fineAfter));
	}

	static boolean isPenaltyOutcome(String outcome) {
		return outcome != null && !Outcome.NO_PENALTY.name().equals(outcome);
	}

	private static ViolationType violationType(String code) {
		return ViolationType.valueOf(code);
	}

	private static BigDecimal orZero(BigDecimal v) {
		return v == null ? BigDecimal.ZERO : v;
	}

}

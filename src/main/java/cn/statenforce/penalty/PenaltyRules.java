package cn.statenforce.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;

import cn.statenforce.directory.PartyType;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * The statutory gates of penalty procedure, as pure decisions the enforcement case process consults. Amounts are
 * in yuan; "以上" and "以下" include the number, so a threshold is reached when the fine equals it.
 */
@Service
public class PenaltyRules {

	/** The 2009 Statistics Law, for conduct before {@link PenaltyPolicy#lawChangeDate()}. */
	public static final String SL2009 = "SL2009";

	/** The Statistics Law as amended on 2024-09-13. */
	public static final String SL2024 = "SL2024";

	/** 《行政处罚法》第二十八条, as the reason a penalty's order to correct is asked for. */
	public static final String PENALTY_ORDERS_CORRECTION = "给予行政处罚的，应当同时责令当事人改正或者限期改正违法行为（《行政处罚法》第二十八条）";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PenaltyPolicy policy;

	public PenaltyRules(PenaltyPolicy policy) {
		this.policy = policy;
	}

	public PenaltyPolicy policy() {
		return policy;
	}

	/**
	 * Whether the party may request a hearing (《行政处罚法》第六十三条, 较大数额罚款): a fine of at least the threshold of
	 * its party type. Citizens use the individual threshold.
	 */
	public boolean hearingRight(PartyType party, BigDecimal fine) {
		if (fine == null) {
			return false;
		}
		BigDecimal threshold = party == PartyType.ORGANIZATION ? policy.hearingThresholdOrganization()
				: policy.hearingThresholdIndividual();
		return fine.compareTo(threshold) >= 0;
	}

	/**
	 * Whether legal review (法制审核) must precede the decision (《行政处罚法》第五十八条): the case went through a hearing,
	 * the handler flagged it complex, or it is a major decision (a fine on an organisation of at least the configured
	 * amount).
	 */
	public boolean legalReviewRequired(PartyType party, BigDecimal fine, boolean hearingHeld, boolean flaggedComplex) {
		if (hearingHeld || flaggedComplex) {
			return true;
		}
		return party == PartyType.ORGANIZATION && fine != null
				&& fine.compareTo(policy.majorDecisionFineOrganization()) >= 0;
	}

	/**
	 * Whether the summary procedure (简易程序, 《行政处罚法》第五十一条) may impose this outcome: a warning, or a fine up
	 * to the limit of the party type. A fine here means {@link Outcome#WARNING_AND_FINE}; no penalty and 通报 are not
	 * summary decisions.
	 */
	public boolean summaryProcedureAllowed(PartyType party, Outcome outcome, BigDecimal fine) {
		return switch (outcome) {
			case WARNING -> fine == null || fine.signum() == 0;
			case WARNING_AND_FINE -> fine != null && fine.signum() > 0 && fine.compareTo(summaryLimit(party)) <= 0;
			case NO_PENALTY, CIRCULATE -> false;
		};
	}

	/** The largest fine the summary procedure may impose on this party type (《行政处罚法》第五十一条). */
	public BigDecimal summaryLimit(PartyType party) {
		return switch (party) {
			case ORGANIZATION -> policy.summaryLimitOrganization();
			case INDIVIDUAL_BUSINESS -> policy.summaryLimitIndividualBusiness();
			case CITIZEN -> policy.summaryLimitCitizen();
		};
	}

	/**
	 * Refuses (400, field {@code fine}) an outcome the summary procedure may not impose, naming the limits in force.
	 */
	public void checkSummaryProcedure(PartyType party, Outcome outcome, BigDecimal fine) {
		if (!summaryProcedureAllowed(party, outcome, fine)) {
			throw new BadRequestException("fine", "超出简易程序的处罚幅度（警告，或者对公民处" + yuan(policy.summaryLimitCitizen())
					+ "元以下、对个体工商户处" + yuan(policy.summaryLimitIndividualBusiness()) + "元以下、对法人或者其他组织处"
					+ yuan(policy.summaryLimitOrganization()) + "元以下罚款，《行政处罚法》第五十一条），应适用普通程序");
		}
	}

	/**
	 * Whether the conduct can no longer be penalised (《行政处罚法》第三十六条: "违法行为在二年内未被发现的，不再给予行政处罚"):
	 * more than the limitation period (2 years) has passed between the act (or its end, if it continued) and its
	 * discovery — for a case, the day its lead was registered, however long the assessment takes afterwards. The period
	 * starts the day after the act, so a discovery on the same calendar day two years later is still in time.
	 */
	public boolean isTimeBarred(LocalDate conductDate, LocalDate discoveredOn) {
		if (conductDate == null || discoveredOn == null) {
			throw new BadRequestException("conductDate", "违法行为发生日期和发现日期不能为空");
		}
		if (discoveredOn.isBefore(conductDate)) {
			throw new BadRequestException("conductDate", "违法行为发生日期不能晚于发现（线索登记）日期");
		}
		return discoveredOn.isAfter(conductDate.plusYears(policy.limitationYears()));
	}

	/** Why time-barred conduct is not filed, for the record and for a refused filing. */
	public String timeBarredReason(LocalDate conductDate, LocalDate discoveredOn) {
		return "违法行为发生于 " + conductDate + "，至 " + discoveredOn + " 发现（线索登记）时已超过" + policy.limitationYears()
				+ "年追责时效，依照《行政处罚法》第三十六条不再给予行政处罚";
	}

	/**
	 * The Statistics Law that applies to conduct on this date (《行政处罚法》第三十七条, 从旧兼从轻): the 2024 amendment only
	 * raised sanctions, so earlier conduct keeps the 2009 law.
	 */
	public String regimeFor(LocalDate conductDate) {
		if (conductDate == null) {
			throw new BadRequestException("conductDate", "违法行为发生日期不能为空");
		}
		return conductDate.isBefore(policy.lawChangeDate()) ? SL2009 : SL2024;
	}

	/**
	 * The late charge (加处罚款, 《行政处罚法》第七十二条): 3 % of the fine for each day after the due date, up to the
	 * fine itself, rounded to the fen. Paying on the due date costs nothing.
	 */
	public BigDecimal lateCharge(BigDecimal fine, LocalDate dueDate, LocalDate paidOrToday) {
		long days = Math.max(0, ChronoUnit.DAYS.between(dueDate, paidOrToday));
		BigDecimal charge = fine.multiply(policy.lateChargePercentPerDay())
			.multiply(BigDecimal.valueOf(days))
			.divide(HUNDRED, 2, RoundingMode.HALF_UP);
		return charge.min(fine.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * Whether the orders to correct (责令改正) a party received within the window make an Art 44 violation serious
	 * (《统计法实施条例》第五十条第（四）项: three or more within one year).
	 */
	public boolean seriousByRepeatedOrders(int ordersWithinWindow) {
		return ordersWithinWindow >= policy.seriousCorrectionOrders();
	}

	/**
	 * Refuses (400, field {@code penaltyOutcome}) an outcome the law does not leave open for the matched rule: where the
	 * Statistics Law says the fine is imposed ("情节严重的，并处…罚款", 《统计法》(2024)第四十四条第二款, (2009)第四十一条第二款),
	 * neither a warning alone nor no penalty is lawful.
	 */
	public void checkOutcomeAllowed(Recommendation r, Outcome proposed) {
		if (r.fineRequired() && proposed != Outcome.WARNING_AND_FINE) {
			throw new BadRequestException("penaltyOutcome", "情节严重的，依法应当并处罚款（" + r.legalBasis() + "，规则 "
					+ r.ruleId() + "），不能" + (proposed == Outcome.NO_PENALTY ? "不予处罚" : "仅给予" + proposed.label()));
		}
	}

	/**
	 * Whether the decision must order the party to correct (责令改正): every penalty does (《行政处罚法》第二十八条, and
	 * 《统计法》第四十四条、第四十五条 "责令改正，给予警告"); a decision not to penalise does where the matched rule says so
	 * (e.g. 《统计法》(2024)第四十七条 for individuals in a census, or a warning rule decided without penalty).
	 */
	public boolean correctionRequired(Recommendation r, Outcome decided) {
		return decided != Outcome.NO_PENALTY || r.correctionRequired();
	}

	/** Why the order to correct is required, for the 400 that asks for it. */
	public String correctionRequiredReason(Recommendation r, Outcome decided) {
		return decided != Outcome.NO_PENALTY ? PENALTY_ORDERS_CORRECTION
				: "依照裁量基准规则 " + r.ruleId() + "（" + r.legalBasis() + "），不予处罚的仍应责令当事人改正";
	}

	/**
	 * Rejects a proposed fine outside the recommendation (400): a fine for an outcome without one, no positive fine
	 * where the outcome needs one, or an amount outside [fineMin, fineMax].
	 */
	public void checkFineWithinRange(Recommendation r, BigDecimal fine) {
		boolean fined = fine != null && fine.signum() != 0;
		if (!r.hasFine()) {
			if (fined) {
				throw new BadRequestException("fine",
						"裁量基准建议" + r.outcome().label() + "，不应处以罚款（规则 " + r.ruleId() + "）");
			}
			return;
		}
		if (fine == null || fine.signum() <= 0) {
			throw new BadRequestException("fine", "请填写大于零的罚款金额");
		}
		if (fine.compareTo(r.fineMin()) < 0 || fine.compareTo(r.fineMax()) > 0) {
			throw new BadRequestException("fine", "罚款金额" + yuan(fine) + "元超出裁量基准建议范围" + range(r) + "（规则 "
					+ r.ruleId() + "，依据：" + r.legalBasis() + "）");
		}
	}

	/**
	 * Refuses a penalty heavier than the one announced in the prior notice once the party has stated its case
	 * (《行政处罚法》第四十五条: 不得因当事人陈述、申辩而给予更重的处罚) (409): a heavier kind of outcome or a higher fine.
	 */
	public void checkNotHeavierAfterDefence(Outcome before, BigDecimal fineBefore, Outcome after,
			BigDecimal fineAfter) {
		BigDecimal was = fineBefore == null ? BigDecimal.ZERO : fineBefore;
		BigDecimal now = fineAfter == null ? BigDecimal.ZERO : fineAfter;
		if (after.severity() > before.severity() || now.compareTo(was) > 0) {
			throw new ConflictException("陈述、申辩后拟作出的处理（" + describe(after, now) + "）重于事先告知的处理（"
					+ describe(before, was) + "），违反《行政处罚法》第四十五条");
		}
	}

	private static String describe(Outcome outcome, BigDecimal fine) {
		return fine.signum() > 0 ? outcome.label() + "，罚款" + yuan(fine) + "元" : outcome.label();
	}

	static String range(Recommendation r) {
		return r.fineMin().signum() == 0 ? yuan(r.fineMax()) + "元以下"
				: yuan(r.fineMin()) + "元以上" + yuan(r.fineMax()) + "元以下";
	}

	static String yuan(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

}

package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows that hang off a case: team, violations, evidence, opinions, clock pauses, appeals. */
public final class CaseParts {

	private CaseParts() {
	}

	/**
	 * An inspector on the case with the certificate shown (统计执法证号); recused ones stay listed. A declared
	 * recusal (回避申请: by the inspector or by the party) waits in {@code recusalRequest*} for the decision.
	 */
	public record Inspector(Long id, Long caseId, String username, String displayName, String certNumber,
			LocalDate certValidTo, boolean recused, String recusalReason, LocalDate addedOn,
			LocalDate recusalRequestedOn, String recusalRequestedBy, String recusalRequest) {

		public boolean activeOn(LocalDate date) {
			return !recused && !date.isAfter(certValidTo);
		}

		public boolean recusalPending() {
			return recusalRequestedOn != null;
		}

	}

	/**
	 * A violation found, with the article of the regime in force at the conduct date and, once the benchmark has
	 * been consulted, its own recommendation (分别裁量): outcome, fine range, matched rule and legal basis.
	 */
	public record Violation(Long id, Long caseId, String violationType, String article, String regime,
			LocalDate conductDate, String description, String recOutcome, BigDecimal recFineMin,
			BigDecimal recFineMax, String recRuleId, String recLegalBasis, String recExplanation) {

		/** A violation as found, before the recommendation. */
		public static Violation found(Long caseId, String violationType, String article, String regime,
				LocalDate conductDate, String description) {
			return new Violation(null, caseId, violationType, article, regime, conductDate, description, null, null,
					null, null, null, null);
		}

		public String recOutcomeLabel() {
			return PenaltyAdvisor.outcomeLabel(recOutcome);
		}

	}

	/** An item of the evidence list (证据清单) or a record (笔录). */
	public record Evidence(Long id, Long caseId, String kind, String title, String content, LocalDate collectedOn,
			String collectedBy) {

		public String kindLabel() {
			return CaseEnums.EvidenceKind.valueOf(kind).label();
		}

	}

	/** An opinion given at a step (who, when, approved or not, what). */
	public record Opinion(Long id, Long caseId, String kind, String actor, String actorName, Boolean approved,
			String opinion, LocalDateTime createdAt) {

		public String kindLabel() {
			return CaseEnums.OpinionKind.valueOf(kind).label();
		}

	}

	/** A pause of the case clock; open while {@code endedOn} is null. */
	public record Pause(Long id, Long caseId, String reason, String note, LocalDate startedOn, LocalDate endedOn) {

		public String reasonLabel() {
			return CaseEnums.PauseReason.valueOf(reason).label();
		}

	}

	/** The party's express waiver of a right (放弃陈述申辩 or 放弃听证): when, and how it was given. */
	public record Waiver(LocalDate waivedOn, CaseEnums.WaiverMethod method) {

		public String describe(String right) {
			return "当事人于 " + waivedOn + " 以" + method.label() + "方式明确放弃" + right + "权利";
		}

	}

	/** A review (复议) or lawsuit (诉讼) against the decision. */
	public record Appeal(Long id, Long caseId, String kind, LocalDate filedOn, String body, String result) {

		public String kindLabel() {
			return CaseEnums.AppealKind.valueOf(kind).label();
		}

	}

}

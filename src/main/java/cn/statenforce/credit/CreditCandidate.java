package cn.statenforce.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A closed case that meets the identification criteria and has no credit record yet. */
public record CreditCandidate(Long caseId, String caseNumber, Long enterpriseId, String partyName, String creditCode,
		String decisionNumber, LocalDate decidedOn, LocalDate closedOn, String circumstanceLabel, String outcomeLabel,
		BigDecimal fineAmount, List<String> violations, String suggestedBasis) {
}

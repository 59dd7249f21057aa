package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DocumentNumbers;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.shared.AppClock;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * What every decision shares, on the spot or ordinary: its number (文号, gap-free per bureau and year), the due date
 * of its publication and the flags that route the execution part of the process.
 */
@Component
class CaseDecisions {

	private final DocumentNumbers numbers;
	private final PenaltyDeadlines deadlines;

	CaseDecisions(DocumentNumbers numbers, PenaltyDeadlines deadlines) {
		this.numbers = numbers;
		this.deadlines = deadlines;
	}

	/** The decision's 文号 from the document number register (the bureau's format for 罚决). */
	String number(EnforcementCase c) {
		return numbers.issue(c.getBureauId(), DocumentKind.PENALTY_DECISION, AppClock.today().getYear(), SUBJECT_TYPE,
				c.getId(), c.getDecidedBy() != null ? c.getDecidedBy() : "system").docNumber();
	}

	LocalDate publicationDue(EnforcementCase c) {
		return deadlines.publicationDeadline(c.getDecidedOn());
	}

	Map<String, Object> executionFlags(EnforcementCase c) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_PUBLISHABLE, c.publishable());
		vars.put(VAR_FINE_DUE, c.fineDue());
		vars.put(VAR_CORRECTION_ORDERED, c.isCorrectionOrdered());
		return vars;
	}

}

package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.shared.AppClock;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * What every decision shares, on the spot or ordinary: its number (文号, gap-free per bureau and year), the due date
 * of its publication and the flags that route the execution part of the process.
 */
@Component
class CaseDecisions {

	private final BureauService bureaus;
	private final SequenceService sequences;
	private final PenaltyDeadlines deadlines;

	CaseDecisions(BureauService bureaus, SequenceService sequences, PenaltyDeadlines deadlines) {
		this.bureaus = bureaus;
		this.sequences = sequences;
		this.deadlines = deadlines;
	}

	String number(EnforcementCase c) {
		Bureau b = bureaus.bureau(c.getBureauId());
		int year = AppClock.today().getYear();
		return b.docPrefix() + "罚决〔" + year + "〕" + sequences.next(b.id(), "PENALTY_DECISION", year) + "号";
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

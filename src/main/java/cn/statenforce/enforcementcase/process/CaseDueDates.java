package cn.statenforce.enforcementcase.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.shared.AppClock;

/**
 * Due dates of the user tasks, read from the case when the task is created
 * ({@code camunda:dueDate="${enforcementCaseDueDates.of(caseId, 'SERVICE')}"}), so the task lists show the
 * statutory windows without dates in process variables.
 */
@Component("enforcementCaseDueDates")
public class CaseDueDates {

	private final CaseQueryService queries;

	CaseDueDates(CaseQueryService queries) {
		this.queries = queries;
	}

	public Date of(Object caseId, String what) {
		EnforcementCase c = queries.getUnchecked(((Number) caseId).longValue());
		LocalDate d = switch (what) {
			case "CASE" -> c.getCaseDeadline();
			case "DEFENCE" -> c.getHearingRequestDue() != null && c.getHearingRequestDue().isAfter(c.getDefenceDue())
					? c.getHearingRequestDue() : c.getDefenceDue();
			case "HEARING_REQUEST" -> c.getHearingRequestDue();
			case "HEARING" -> c.getHearingDate();
			case "SERVICE" -> c.getServiceDue();
			case "PUBLICATION" -> c.getPublicationDue();
			case "PAYMENT" -> c.getPaymentDue();
			default -> null;
		};
		return d == null ? null : AppClock.toDate(d.atTime(LocalTime.of(17, 30)));
	}

}

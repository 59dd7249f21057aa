package cn.statenforce.calendar;

import java.time.LocalDate;
import java.util.Collection;

import cn.statenforce.audit.AuditActor;

/**
 * Implemented by each capability that stores deadlines counted on the working-day calendar: when the calendar
 * changes, it recomputes those of its open records whose window reaches the first changed day, in the transaction
 * of the change (after the change, so the calendar already answers with the new days).
 */
public interface WorkingDayDependents {

	/**
	 * Recomputes the open deadlines that end on or after {@code firstChangedDay} and stores those that moved (with
	 * a timeline entry on the record, by {@code actor}: the administrator whose change of the calendar this continues).
	 *
	 * @return the process instances whose task due dates or timers are read from the deadlines that moved (their
	 *         due dates and date timers are re-evaluated next)
	 */
	Collection<String> recompute(AuditActor actor, LocalDate firstChangedDay);

}

package cn.statenforce.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over a fixed set of calendar exceptions. Pure and immutable, so it is unit
 * tested without Spring and shared safely between threads.
 * <p>
 * A date is a working day when an exception says so (调休上班) or, without one, on Monday to Friday — except, in a
 * year whose arrangement has not been confirmed, on the fixed-date statutory holidays ({@link StatutoryHolidays}),
 * which are holidays whatever the notice will add.
 * <p>
 * Counting follows administrative practice (行政处罚法 Art 85: "日" in 3/5/7-day windows are working days):
 * the day of the triggering event is not counted; the window ends at the end of the n-th working day
 * after it.
 */
public final class WorkingDays {

	private final Map<LocalDate, Boolean> exceptions;

	private final NavigableMap<LocalDate, Boolean> sortedExceptions;

	private final Set<Integer> confirmedYears;

	/**
	 * @param exceptions date → true for a holiday, false for a make-up working day
	 * @param confirmedYears the years whose arrangement has been entered completely
	 */
	public WorkingDays(Map<LocalDate, Boolean> exceptions, Set<Integer> confirmedYears) {
		this.exceptions = Map.copyOf(exceptions);
		this.sortedExceptions = new TreeMap<>(exceptions);
		this.confirmedYears = Set.copyOf(confirmedYears);
	}

	/** Every year with an exception counts as confirmed (a complete arrangement was given for it). */
	public WorkingDays(Map<LocalDate, Boolean> exceptions) {
		this(exceptions, exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet()));
	}

	public boolean isConfirmed(int year) {
		return confirmedYears.contains(year);
	}

	public boolean isWorkingDay(LocalDate date) {
		Boolean holiday = exceptions.get(date);
		if (holiday != null) {
			return !holiday;
		}
		if (!isConfirmed(date.getYear()) && StatutoryHolidays.isStatutoryHoliday(date)) {
			return false;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/** The n-th working day after {@code start} (n ≥ 0; n = 0 gives start itself). */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		LocalDate d = start;
		int left = n;
		while (left > 0) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/**
	 * Working days in (from, to]; negative when {@code to} is before {@code from}. Counted arithmetically — the
	 * weekdays of whole weeks, then the exceptions and the fixed-date holidays of unconfirmed years that fall in the
	 * range — so a far date costs as much as a near one.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		long count = weekdaysBetween(from, to);
		for (Map.Entry<LocalDate, Boolean> e : sortedExceptions.subMap(from, false, to, true).entrySet()) {
			count += (e.getValue() ? 0 : 1) - (isWeekday(e.getKey()) ? 1 : 0);
		}
		for (int y = from.getYear(); y <= to.getYear(); y++) {
			if (isConfirmed(y)) {
				continue;
			}
			for (LocalDate d : StatutoryHolidays.of(y).keySet()) {
				if (d.isAfter(from) && !d.isAfter(to) && !exceptions.containsKey(d) && isWeekday(d)) {
					count--;
				}
			}
		}
		return Math.toIntExact(count);
	}

	/** Monday-to-Friday dates in (from, to], from ≤ to. */
	static long weekdaysBetween(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		long count = days / 7 * 5;
		LocalDate d = from.plusDays(days / 7 * 7);
		while (d.isBefore(to)) {
			d = d.plusDays(1);
			if (isWeekday(d)) {
				count++;
			}
		}
		return count;
	}

	private static boolean isWeekday(LocalDate d) {
		DayOfWeek dow = d.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/** The first working day on or after {@code date}. */
	public LocalDate nextWorkingDayFrom(LocalDate date) {
		LocalDate d = date;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The first date from {@code from} to {@code to} (inclusive) whose working-day status differs in {@code other}. */
	LocalDate firstDifference(WorkingDays other, LocalDate from, LocalDate to) {
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d) != other.isWorkingDay(d)) {
				return d;
			}
		}
		return null;
	}

}

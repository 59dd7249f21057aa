package cn.statenforce.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import cn.statenforce.shared.AppClock;

/**
 * The working-day calendar every statutory window is computed with. Exceptions are read from
 * {@code work_calendar_day}, confirmed years from {@code work_calendar_year}; the in-memory snapshot is rebuilt
 * after an edit on this node and at most {@link #REFRESH_MILLIS} later on other nodes. A year not confirmed yet
 * counts weekends and the fixed-date statutory holidays ({@link StatutoryHolidays}); a window that reaches into it
 * is provisional ({@link #isProvisional}). Edits go through {@link CalendarAdministration}.
 */
@Service
public class WorkingDayCalendar {

	static final long REFRESH_MILLIS = 60_000;

	/** From this month on, the ADMIN is asked for next year's arrangement (the State Council publishes it in autumn). */
	static final int ASK_FOR_NEXT_YEAR_FROM_MONTH = 10;

	private final CalendarMapper mapper;

	private volatile Snapshot snapshot;

	private volatile long loadedAt;

	WorkingDayCalendar(CalendarMapper mapper) {
		this.mapper = mapper;
	}

	private record Snapshot(WorkingDays days, SortedSet<Integer> coveredYears, SortedMap<Integer, CalendarYear> confirmed) {
	}

	public boolean isWorkingDay(LocalDate date) {
		return days().isWorkingDay(date);
	}

	/** The n-th working day after {@code start}: the last day of an n-working-day window opened on start. */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		return days().addWorkingDays(start, n);
	}

	/** Working days in (from, to]. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return days().workingDaysBetween(from, to);
	}

	public LocalDate nextWorkingDayFrom(LocalDate date) {
		return days().nextWorkingDayFrom(date);
	}

	/** Working days left until {@code deadline} counted from today (negative when overdue). */
	public int workingDaysLeft(LocalDate deadline) {
		return workingDaysBetween(AppClock.today(), deadline);
	}

	/** Years with at least one recorded exception. */
	public SortedSet<Integer> coveredYears() {
		return snapshot().coveredYears();
	}

	/** Whether the year's arrangement has been entered (by form and confirmed, or imported). */
	public boolean isConfirmed(int year) {
		return snapshot().confirmed().containsKey(year);
	}

	public Optional<CalendarYear> confirmation(int year) {
		return Optional.ofNullable(snapshot().confirmed().get(year));
	}

	/**
	 * Whether a deadline on this date may still move when an arrangement is entered: some year between today and
	 * the date (both included) is not confirmed. Shown as 暂定 next to the date.
	 */
	public boolean isProvisional(LocalDate date) {
		if (date == null) {
			return false;
		}
		int today = AppClock.today().getYear();
		for (int y = Math.min(today, date.getYear()); y <= Math.max(today, date.getYear()); y++) {
			if (!isConfirmed(y)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The year whose arrangement the ADMIN must enter now: this year if it is not confirmed, next year from October
	 * until it is.
	 */
	public Optional<Integer> pendingArrangement() {
		LocalDate today = AppClock.today();
		if (!isConfirmed(today.getYear())) {
			return Optional.of(today.getYear());
		}
		if (today.getMonthValue() >= ASK_FOR_NEXT_YEAR_FROM_MONTH && !isConfirmed(today.getYear() + 1)) {
			return Optional.of(today.getYear() + 1);
		}
		return Optional.empty();
	}

	public List<CalendarDay> exceptions(int year) {
		return mapper.selectBetween(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
	}

	/** The arithmetic as it stands now (for comparing before and after an edit). */
	WorkingDays days() {
		return snapshot().days();
	}

	/** Forgets the snapshot: the next call reads the tables again. */
	void invalidate() {
		loadedAt = 0;
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || System.currentTimeMillis() - loadedAt > REFRESH_MILLIS) {
			Map<LocalDate, Boolean> map = new HashMap<>();
			SortedSet<Integer> years = new TreeSet<>();
			for (CalendarDay d : mapper.selectAll()) {
				map.put(d.calendarDate(), d.isHoliday());
				years.add(d.calendarDate().getYear());
			}
			SortedMap<Integer, CalendarYear> confirmed = new TreeMap<>();
			mapper.selectYears().forEach(y -> confirmed.put(y.calendarYear(), y));
			current = new Snapshot(new WorkingDays(map, confirmed.keySet()), years, confirmed);
			snapshot = current;
			loadedAt = System.currentTimeMillis();
		}
		return current;
	}

}

package cn.statenforce.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.NotFoundException;

/**
 * The working-day calendar every statutory window is computed with. Exceptions are read from
 * {@code work_calendar_day}; the in-memory snapshot is rebuilt after an edit on this node and at most
 * {@link #REFRESH_MILLIS} later on other nodes.
 */
@Service
public class WorkingDayCalendar {

	static final long REFRESH_MILLIS = 60_000;

	private final CalendarMapper mapper;

	private volatile WorkingDays snapshot;

	private volatile SortedSet<Integer> coveredYears = new TreeSet<>();

	private volatile long loadedAt;

	WorkingDayCalendar(CalendarMapper mapper) {
		this.mapper = mapper;
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

	/** Years with at least one recorded exception; a year outside these counts only weekends. */
	public SortedSet<Integer> coveredYears() {
		days();
		return coveredYears;
	}

	public List<CalendarDay> exceptions(int year) {
		return mapper.selectBetween(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
	}

	/** Adds or replaces the exception for a date (ADMIN). */
	@Transactional
	public CalendarDay save(LocalDate date, String dayType, String holidayName) {
		if (!CalendarDay.HOLIDAY.equals(dayType) && !CalendarDay.WORKDAY.equals(dayType)) {
			throw new BadRequestException("dayType", "日期类型只能是 HOLIDAY（放假）或 WORKDAY（调休上班）");
		}
		CalendarDay day = new CalendarDay(date, dayType, holidayName, CurrentUsers.get().username(), AppClock.now());
		if (mapper.selectByDate(date) == null) {
			mapper.insert(day);
		}
		else {
			mapper.update(day);
		}
		invalidate();
		return day;
	}

	@Transactional
	public void remove(LocalDate date) {
		if (mapper.delete(date) == 0) {
			throw new NotFoundException("该日期没有节假日或调休记录: " + date);
		}
		invalidate();
	}

	private void invalidate() {
		loadedAt = 0;
	}

	private WorkingDays days() {
		WorkingDays current = snapshot;
		if (current == null || System.currentTimeMillis() - loadedAt > REFRESH_MILLIS) {
			Map<LocalDate, Boolean> map = new HashMap<>();
			SortedSet<Integer> years = new TreeSet<>();
			for (CalendarDay d : mapper.selectAll()) {
				map.put(d.calendarDate(), d.isHoliday());
				years.add(d.calendarDate().getYear());
			}
			current = new WorkingDays(map);
			snapshot = current;
			coveredYears = years;
			loadedAt = System.currentTimeMillis();
		}
		return current;
	}

}

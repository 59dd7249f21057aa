package cn.statenforce.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An exception to the Monday-to-Friday rule: a holiday (HOLIDAY) or a make-up working day (WORKDAY). */
public record CalendarDay(LocalDate calendarDate, String dayType, String holidayName, String updatedBy,
		LocalDateTime updatedAt) {

	public static final String HOLIDAY = "HOLIDAY";

	public static final String WORKDAY = "WORKDAY";

	public boolean isHoliday() {
		return HOLIDAY.equals(dayType);
	}

}

package cn.statenforce.calendar;

import java.time.LocalDateTime;

/** A year whose holiday arrangement has been entered (confirmed), by whom, when and from what. */
public record CalendarYear(int calendarYear, String sourceNote, String confirmedBy, LocalDateTime confirmedAt) {
}

package cn.statenforce.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application: the process engine's. Tests move it with {@code ClockUtil}, and
 * domain deadlines, timers and reminders all follow.
 */
public final class AppClock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The last second of a day (23:59:59, Asia/Shanghai): the cut-off of a due date given as a day. */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private AppClock() {
	}

	public static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).withNano(0);
	}

	public static LocalDate today() {
		return now().toLocalDate();
	}

	/** A day's due date as the engine's {@link Date}: {@link #END_OF_DAY} of that day. */
	public static Date endOf(LocalDate day) {
		return toDate(day.atTime(END_OF_DAY));
	}

	/** A local date and time (Asia/Shanghai) as the engine's {@link Date} (task due dates, timers). */
	public static Date toDate(LocalDateTime t) {
		return Date.from(t.atZone(ZONE).toInstant());
	}

}

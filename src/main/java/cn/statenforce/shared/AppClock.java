package cn.statenforce.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application: the process engine's. Tests move it with {@code ClockUtil}, and
 * domain deadlines, timers and reminders all follow.
 */
public final class AppClock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private AppClock() {
	}

	public static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).withNano(0);
	}

	public static LocalDate today() {
		return now().toLocalDate();
	}

}

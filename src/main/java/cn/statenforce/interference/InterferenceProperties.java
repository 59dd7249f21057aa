package cn.statenforce.interference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The interference register's periods.
 *
 * @param lateEntryDays a record that could not be made at the time may be added within this many days after the
 *        obstacle ended (NBS 2023 记录报告制度: 15 days)
 * @param timelyDays days after the interference within which a record still counts as made at the time (0: the same
 *        day); later ones are late entries
 * @param reportPeriodMonths length of the reporting period: 3 = quarterly (the 2017 system's practice; whether the
 *        2023 system keeps it is unverified), or 1, 2, 4, 6, 12
 * @param reportDueWorkingDays the periodic report is due this many working days after the period ends
 */
@ConfigurationProperties("statenforce.interference")
public record InterferenceProperties(@DefaultValue("15") int lateEntryDays, @DefaultValue("0") int timelyDays,
		@DefaultValue("3") int reportPeriodMonths, @DefaultValue("10") int reportDueWorkingDays) {

	public InterferenceProperties {
		if (reportPeriodMonths <= 0 || 12 % reportPeriodMonths != 0) {
			throw new IllegalArgumentException("statenforce.interference.report-period-months must divide 12: " + reportPeriodMonths);
		}
	}

}

package cn.statenforce.enforcementcase;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case-handling settings of this bureau ({@code statenforce.enforcement-case.*}). The statutory windows (defence,
 * hearing, service, payment, publication, public-notice service, case limit, extension) come from the penalty
 * capability's {@code PenaltyPolicy} ({@code statenforce.penalty.*}); only what is local practice lives here.
 *
 * @param reminderWorkingDays reminders to the investigators when this many working days are left on the case clock
 */
@ConfigurationProperties("statenforce.enforcement-case")
public record EnforcementCaseProperties(@DefaultValue({ "10", "3" }) List<Integer> reminderWorkingDays) {
}

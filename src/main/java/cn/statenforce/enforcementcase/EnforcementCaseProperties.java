package cn.statenforce.enforcementcase;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Windows of case handling ({@code statenforce.enforcement-case.*}). Defaults follow domain.md; the ones it marks
 * as local practice (defence window, reminder points, publication limit) are configurable here.
 *
 * @param defenceWorkingDays 陈述申辩 window after the prior notice (local forms: 3 working days)
 * @param hearingRequestWorkingDays hearing request within 5 working days of the notice (APL Art 64)
 * @param hearingNoticeWorkingDays hearing notified at least 7 working days ahead (APL Art 64)
 * @param serviceWorkingDays decision served within 7 working days (APL Art 61)
 * @param paymentDays fine paid within 15 days of service (APL Art 67)
 * @param publicationWorkingDays published within 7 working days of the decision (国统字〔2023〕49号)
 * @param caseClockMonths 办案期限: 3 months from filing (2017 NBS Measures)
 * @param maxExtensionMonths extension at most 3 more months, approved by the director
 * @param reminderWorkingDays reminders when this many working days are left on the case clock
 * @param publicNoticeDays service by public notice is deemed done after 30 days (CPL Art 95); the clock pauses
 */
@ConfigurationProperties("statenforce.enforcement-case")
public record EnforcementCaseProperties(@DefaultValue("3") int defenceWorkingDays,
		@DefaultValue("5") int hearingRequestWorkingDays, @DefaultValue("7") int hearingNoticeWorkingDays,
		@DefaultValue("7") int serviceWorkingDays, @DefaultValue("15") int paymentDays,
		@DefaultValue("7") int publicationWorkingDays, @DefaultValue("3") int caseClockMonths,
		@DefaultValue("3") int maxExtensionMonths, @DefaultValue({ "10", "3" }) List<Integer> reminderWorkingDays,
		@DefaultValue("30") int publicNoticeDays) {
}

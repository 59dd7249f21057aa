package cn.statenforce.rectification;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rectification periods and the overdue ladder. The plan and report periods follow 巡视工作条例 Art 27 as
 * practised (plan T+1 month ⚠ not verified for the 2024 revision, report T+2 months); the rest are bureau
 * practice, hence configuration.
 *
 * @param planDueMonths months after the feedback the plan (整改方案) is due
 * @param reportDueMonths months after the feedback the rectification report is due
 * @param reminderWorkingDays reminder to the unit this many working days before a deadline
 * @param warningAfterWorkingDays overdue working days before the responsible leader is warned
 * @param accountabilityAfterWorkingDays overdue working days before the accountability flag goes to the plan leader
 * @param lookBackMonths months after closure the look-back (回头看) is due
 * @param reopenWorkingDays working days given to a measure reopened by the look-back
 * @param mechanismReviewMonths interval of the periodic review of a long-term mechanism
 * @param recheckWorkingDays working days after a correction deadline by which the re-check (复查) is due
 * @param deadlineCheckCycle ISO 8601 cycle of the deadline check while a measure is worked
 * @param maxEvidenceBytes largest evidence file accepted (stored in the database; MySQL/MariaDB max_allowed_packet
 *        defaults to 16 MB, so keep this below it)
 * @param evidenceTypes media types an evidence file may have, as its content shows (Apache Tika), whatever its name
 *        or declared type says
 * @param maxImportBytes largest problem-list workbook accepted for import
 */
@ConfigurationProperties("statenforce.rectification")
public record RectificationProperties(@DefaultValue("1") int planDueMonths, @DefaultValue("2") int reportDueMonths,
		@DefaultValue("3") int reminderWorkingDays, @DefaultValue("3") int warningAfterWorkingDays,
		@DefaultValue("10") int accountabilityAfterWorkingDays, @DefaultValue("6") int lookBackMonths,
		@DefaultValue("20") int reopenWorkingDays, @DefaultValue("6") int mechanismReviewMonths,
		@DefaultValue("5") int recheckWorkingDays, @DefaultValue("R/P1D") String deadlineCheckCycle,
		@DefaultValue("10485760") long maxEvidenceBytes,
		@DefaultValue({ "application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff", "image/bmp",
				"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation", "text/plain" }) List<String> evidenceTypes,
		@DefaultValue("5242880") long maxImportBytes) {
}

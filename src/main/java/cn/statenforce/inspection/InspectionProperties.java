package cn.statenforce.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inspection settings whose legal basis is uncertain or local (domain.md §1.2, marked ⚠):
 *
 * @param cleanExclusionMonths a unit found without problems by this bureau within this many months is not
 * drawn again (old 《统计执法检查规定》: at most once a year)
 * @param completionWorkingDays working days after the planned date by which notice and on-site inspection
 * must be done; then the inspection is overdue and escalated to the leaders
 * @param reminderWorkingDays working days before that due date when the inspectors are reminded
 * @param correctionWorkingDays default correction period of an order to correct, in working days
 * @param publicationWorkingDays window to publish plan and results (国发〔2019〕5号 practice: 20 working days)
 */
@ConfigurationProperties("statenforce.inspection")
public record InspectionProperties(@DefaultValue("12") int cleanExclusionMonths,
		@DefaultValue("15") int completionWorkingDays, @DefaultValue("3") int reminderWorkingDays,
		@DefaultValue("15") int correctionWorkingDays, @DefaultValue("20") int publicationWorkingDays) {
}

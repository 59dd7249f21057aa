package cn.statenforce.leadtransfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of a transfer. No national deadline for the recipient's reply exists (统计法 2024 第四十六条 only requires a
 * written notice of the result), so the bureau sets its own.
 *
 * @param replyDays days after the transfer letter by which the written reply is expected (a deadline on a weekend or
 *        holiday moves to the next working day)
 * @param reminderWorkingDays the handler is reminded this many working days before the reply deadline
 */
@ConfigurationProperties("statenforce.lead-transfer")
public record TransferProperties(@DefaultValue("30") int replyDays, @DefaultValue("5") int reminderWorkingDays) {
}

package cn.statenforce.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods of complaint handling and the limits of the public page. The periods default to those of 《信访工作条例》
 * (第二十二条: register and tell the petitioner within 15 days; 第三十四条: handle within 60 days), which bureaus
 * apply to reports; a deadline on a weekend or holiday moves to the next working day.
 *
 * @param acknowledgementDays days from receipt within which the reporter is told whether the report is accepted
 * @param handlingDays days from acceptance within which the report is handled
 * @param minFillSeconds a public form sent back sooner than this after it was shown is refused (a person needs time
 *        to type a report)
 * @param maxFormAgeMinutes a public form older than this must be reloaded
 * @param perAddressPerHour public reports accepted from one client address in an hour
 * @param globalPerHour public reports accepted in an hour altogether
 * @param clientSalt salt of the stored hash of the client address (set one per installation)
 */
@ConfigurationProperties("statenforce.complaint")
public record ComplaintProperties(@DefaultValue("15") int acknowledgementDays, @DefaultValue("60") int handlingDays,
		@DefaultValue("5") int minFillSeconds, @DefaultValue("120") int maxFormAgeMinutes,
		@DefaultValue("5") int perAddressPerHour, @DefaultValue("200") int globalPerHour,
		@DefaultValue("statenforce-complaint") String clientSalt) {
}

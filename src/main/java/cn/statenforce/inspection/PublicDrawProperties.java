package cn.statenforce.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public re-run of a draw ("验证抽取结果", no login): a re-run reads the whole snapshot, so one runs at a
 * time and each client address gets a few per hour.
 *
 * @param verificationsPerAddressPerHour re-runs one client address may ask for in an hour
 */
@ConfigurationProperties("statenforce.public-draw")
public record PublicDrawProperties(@DefaultValue("20") int verificationsPerAddressPerHour) {
}

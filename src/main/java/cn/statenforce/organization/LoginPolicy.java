package cn.statenforce.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: {@code statenforce.login.max-failures} consecutive wrong passwords lock the account for
 * {@code statenforce.login.lock-duration}.
 */
@ConfigurationProperties("statenforce.login")
public record LoginPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {
}

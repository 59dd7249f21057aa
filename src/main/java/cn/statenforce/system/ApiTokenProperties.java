package cn.statenforce.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens: {@code statenforce.api-token.lifetime} (how long a token is valid) and
 * {@code statenforce.api-token.secret} (Base64 of at least 32 random bytes, the HMAC-SHA256 signing key; the same
 * on every node). Without a secret a random key is made at start: tokens then end with the process.
 */
@ConfigurationProperties("statenforce.api-token")
public record ApiTokenProperties(@DefaultValue("8h") Duration lifetime, String secret) {
}

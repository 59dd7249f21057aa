package cn.statenforce.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import cn.statenforce.shared.AppClock;

/**
 * API tokens for {@code /api/**} clients: after one authentication (HTTP Basic, BCrypt once) the client gets a
 * signed JWT (HS256, Nimbus JOSE + JWT through Spring Security) and sends it as {@code Authorization: Bearer}.
 * Each request then costs a signature check and one primary-key read of {@code api_token} (so that logout
 * revokes at once), never BCrypt. Tokens expire after {@link ApiTokenProperties#lifetime()}.
 */
@Service
public class ApiTokens {

	static final String ISSUER = "statenforce";

	private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);

	private final ApiTokenMapper mapper;

	private final Duration lifetime;

	private final byte[] key;

	private final Clock clock;

	private final NimbusJwtEncoder encoder;

	@Autowired
	ApiTokens(ApiTokenMapper mapper, ApiTokenProperties properties) {
		this(mapper, properties.lifetime(), key(properties.secret()), Clock.systemUTC());
	}

	private ApiTokens(ApiTokenMapper mapper, Duration lifetime, byte[] key, Clock clock) {
		this.mapper = mapper;
		this.lifetime = lifetime;
		this.key = key;
		this.clock = clock;
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
	}

	/** The same tokens as seen from another clock (tests: a token issued in the past). */
	ApiTokens withClock(Clock other) {
		return new ApiTokens(mapper, lifetime, key, other);
	}

	private static byte[] key(String secret) {
		if (secret == null || secret.isBlank()) {
			LOG.warn("statenforce.api-token.secret is not set: API tokens are signed with a key made at start and end with "
					+ "this process (set the same secret on every node)");
			byte[] k = new byte[32];
			new SecureRandom().nextBytes(k);
			return k;
		}
		byte[] k = Base64.getDecoder().decode(secret.trim());
		if (k.length < 32) {
			throw new IllegalStateException("statenforce.api-token.secret must be the Base64 of at least 32 bytes");
		}
		return k;
	}

	/** An issued token. */
	public record Issued(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
	}

	@Transactional
	public Issued issue(String username) {
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime);
		String jti = UUID.randomUUID().toString();
		JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(username).issuedAt(now).expiresAt(expires).id(jti)
			.build();
		String jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		mapper.deleteExpired(local(now.minus(Duration.ofDays(1))));
		mapper.insert(jti, username, local(now), local(expires));
		return new Issued(jwt, "Bearer", lifetime.toSeconds(), expires);
	}

	/** Revokes one of the user's tokens; false when it was not theirs or already revoked. */
	@Transactional
	public boolean revoke(String username, String jti) {
		return mapper.revoke(jti, username, local(clock.instant())) == 1;
	}

	/** Revokes every live token of the user (sign out everywhere). */
	@Transactional
	public int revokeAll(String username) {
		return mapper.revokeAll(username, local(clock.instant()));
	}

	/** Verifies signature, issuer and expiry, and that the token was issued here and not revoked. */
	JwtDecoder decoder() {
		NimbusJwtDecoder d = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256")).macAlgorithm(MacAlgorithm.HS256)
			.build();
		JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(30));
		expiry.setClock(clock);
		d.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(ISSUER),
				jwt -> jwt.getId() != null && mapper.countActive(jwt.getId(), local(clock.instant())) == 1
						? OAuth2TokenValidatorResult.success()
						: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "令牌已注销或已过期", null))));
		return d;
	}

	private static LocalDateTime local(Instant i) {
		return LocalDateTime.ofInstant(i, AppClock.ZONE).withNano(0);
	}

}

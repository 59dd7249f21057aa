package cn.statenforce.system;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The token side of {@code /api/**}: a request that carries {@code Authorization: Bearer …} is handled by this
 * chain (ordered before the HTTP Basic chain of {@link SecurityConfig}, which keeps everything else, including
 * {@code POST /api/auth/token} with Basic). The JWT is checked by Spring Security's resource server with
 * {@link ApiTokens#decoder()}; the principal is the stored user, loaded afresh (roles, disabled, locked) as with
 * Basic, so {@code CurrentUsers} and every role check work unchanged. Stateless, no CSRF (no cookies).
 */
@Configuration
class ApiTokenConfig {

	private final ObjectMapper objectMapper;

	ApiTokenConfig(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Bean
	@Order(0)
	SecurityFilterChain apiTokenChain(HttpSecurity http, ApiTokens tokens, UserDetailsService users) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		RequestMatcher bearer = req -> {
			String h = req.getHeader(HttpHeaders.AUTHORIZATION);
			return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(tokens.decoder());
		provider.setJwtAuthenticationConverter(jwt -> {
			UserDetails u = users.loadUserByUsername(jwt.getSubject());
			if (!u.isEnabled()) {
				throw new DisabledException("账号已停用");
			}
			if (!u.isAccountNonLocked()) {
				throw new LockedException("账号已锁定");
			}
			return UsernamePasswordAuthenticationToken.authenticated(u, jwt, u.getAuthorities());
		});
		ProviderManager manager = new ProviderManager(provider);
		// keep the Jwt as credentials: logout revokes its id
		manager.setEraseCredentialsAfterAuthentication(false);
		http.securityMatcher(req -> api.matches(req) && bearer.matches(req))
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			// its own manager, without the event publisher: a token request records no login event
			.oauth2ResourceServer(o -> o.jwt(j -> j.authenticationManager(manager))
				.authenticationEntryPoint((req, res, e) -> problem(res, HttpStatus.UNAUTHORIZED, "未认证",
						"令牌无效、已过期或已注销，请重新获取（POST /api/auth/token）", e))
				.accessDeniedHandler((req, res, e) -> problem(res, HttpStatus.FORBIDDEN, "无权访问", "当前用户的角色无权执行此操作")))
			.exceptionHandling(e -> e.accessDeniedHandler(
					(req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "无权访问", "当前用户的角色无权执行此操作")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(c -> c.disable());
		return http.build();
	}

	private void problem(HttpServletResponse res, HttpStatus status, String title, String detail) throws IOException {
		problem(res, status, title, detail, null);
	}

	/**
	 * A problem body; an authentication that failed because the database is unreachable (the user could not be
	 * read) is 503, not 401 (see {@link DatabaseUnavailable}).
	 */
	private void problem(HttpServletResponse res, HttpStatus status, String title, String detail, Exception cause)
			throws IOException {
		if (cause != null && DatabaseUnavailable.causedBy(cause)) {
			status = HttpStatus.SERVICE_UNAVAILABLE;
			title = DatabaseUnavailable.TITLE;
			detail = DatabaseUnavailable.DETAIL;
			res.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
		}
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			res.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		objectMapper.writeValue(res.getOutputStream(), p);
	}

}

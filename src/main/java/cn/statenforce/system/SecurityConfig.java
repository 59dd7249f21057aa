package cn.statenforce.system;

import java.io.IOException;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Four filter chains:
 * <ul>
 * <li>{@code /api/**}: HTTP Basic, stateless (no session, so no CSRF exposure), errors as problem JSON;</li>
 * <li>{@code /engine-rest/**}: HTTP Basic, ADMIN only (the engine REST API is open by default);</li>
 * <li>actuator: health status for everyone (details for ADMIN), everything else ADMIN;</li>
 * <li>pages and the Camunda webapps: form login with CSRF; the webapps for ADMIN only.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	private final ObjectMapper objectMapper;

	SecurityConfig(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher(path("/api/**"))
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(res, HttpStatus.UNAUTHORIZED, "未认证",
					"请提供有效的用户名和密码（HTTP Basic）")))
			.exceptionHandling(e -> e.accessDeniedHandler(
					(req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "无权访问", "当前用户的角色无权执行此操作")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(c -> c.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
		http.securityMatcher(path("/engine-rest/**"))
			.authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(c -> c.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher(path("/actuator/**"))
			.authorizeHttpRequests(a -> a.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf(c -> c.disable());
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers(path("/login"), path("/error"), path("/webjars/**"), path("/css/**"), path("/js/**"),
					path("/favicon.ico"), path("/public/**"), path("/swagger-ui.html"), path("/swagger-ui/**"),
					path("/v3/api-docs/**"))
			.permitAll()
			.requestMatchers(path("/camunda/**"), path("/admin/**"))
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// the Camunda webapps send their own CSRF token (X-XSRF-TOKEN) checked by Camunda's filter
			.csrf(c -> c.ignoringRequestMatchers(path("/camunda/**")))
			.headers(h -> h.frameOptions(f -> f.sameOrigin()));
		return http.build();
	}

	/** Servlet-path matching that also works for paths not served by Spring MVC (Jersey, webapp filters). */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private void problem(HttpServletResponse res, HttpStatus status, String title, String detail) throws IOException {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			res.setHeader("WWW-Authenticate", "Basic realm=\"StatEnforce\"");
		}
		objectMapper.writeValue(res.getOutputStream(), p);
	}

}

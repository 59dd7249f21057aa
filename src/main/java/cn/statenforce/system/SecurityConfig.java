package cn.statenforce.system;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Four filter chains:
 * <ul>
 * <li>{@code /api/**}: HTTP Basic, stateless (no session, so no CSRF exposure), errors as problem JSON;</li>
 * <li>{@code /engine-rest/**}: HTTP Basic, the system administrator only, and only what
 * {@link EngineApiPolicy} allows (reads, job retries, incidents; audited); never a deployment;</li>
 * <li>actuator: health status for everyone (details for ADMIN and the system administrator), everything else
 * for them;</li>
 * <li>pages and the Camunda webapps: form login with CSRF; the webapps ({@code /camunda/**}) for the system
 * administrator only, their API ({@code /camunda/api/**}) limited by {@link EngineApiPolicy} like
 * {@code /engine-rest}.</li>
 * </ul>
 * Bureau ADMINs work in the application's own pages; the engine console is the installation operator's.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	/** The role that owns the engine console and the engine REST API. */
	private static final String SYSTEM_ADMIN = Role.SYSTEM_ADMIN.name();

	private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

	private final ObjectMapper objectMapper;

	private final ActivityLog activityLog;

	private final ApiDocsProperties apiDocs;

	/**
	 * The Content-Security-Policy of the application's pages: scripts, styles, fonts and pictures from the application
	 * only (Bootstrap and bpmn-js are served from its WebJars), style attributes allowed (the templates and bpmn-js set
	 * them), no plug-ins, no framing by other sites, forms posting only back to the application.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	SecurityConfig(ObjectMapper objectMapper, ActivityLog activityLog, ApiDocsProperties apiDocs) {
		this.objectMapper = objectMapper;
		this.activityLog = activityLog;
		this.apiDocs = apiDocs;
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
					"请提供有效的用户名和密码（HTTP Basic）", e)))
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
			.authorizeHttpRequests(a -> a.requestMatchers(EngineApiPolicy.engineRest())
				.hasRole(SYSTEM_ADMIN)
				.anyRequest()
				.denyAll())
			.httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(res, HttpStatus.UNAUTHORIZED, "未认证",
					"请提供有效的用户名和密码（HTTP Basic）", e)))
			.exceptionHandling(e -> e.accessDeniedHandler(this::engineApiRefused))
			.addFilterAfter(new EngineOperationAudit(activityLog), AuthorizationFilter.class)
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
				.hasAnyRole("ADMIN", SYSTEM_ADMIN))
			.httpBasic(Customizer.withDefaults())
			.csrf(c -> c.disable());
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		RequestMatcher apiDocsPaths = new OrRequestMatcher(path("/swagger-ui.html"), path("/swagger-ui/**"),
				path("/v3/api-docs"), path("/v3/api-docs/**"));
		http.authorizeHttpRequests(a -> a
			.requestMatchers(path("/login"), path("/error"), path("/webjars/**"), path("/css/**"), path("/js/**"),
					path("/favicon.ico"), path("/public/**"))
			.permitAll()
			.requestMatchers(apiDocsPaths)
			.access((auth, ctx) -> new AuthorizationDecision(apiDocs.open() || isSignedIn(auth.get())))
			.requestMatchers(EngineApiPolicy.webappApi())
			.hasRole(SYSTEM_ADMIN)
			.requestMatchers(path("/camunda/api/**"))
			.denyAll()
			.requestMatchers(path("/camunda/**"))
			.hasRole(SYSTEM_ADMIN)
			.requestMatchers(path("/admin/**"))
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.exceptionHandling(e -> e.defaultAccessDeniedHandlerFor(this::engineApiRefused, path("/camunda/api/**"))
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.addFilterAfter(new EngineOperationAudit(activityLog), AuthorizationFilter.class)
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// the Camunda webapps send their own CSRF token (X-XSRF-TOKEN) checked by Camunda's filter
			.csrf(c -> c.ignoringRequestMatchers(path("/camunda/**"))
				.csrfTokenRequestHandler(new UploadRules.CsrfTokenOutsideUploads()))
			// the Camunda webapps send their own Content-Security-Policy (two would both apply)
			.headers(h -> h.frameOptions(f -> f.sameOrigin())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path("/camunda/**")),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Requests with path parameters ({@code /engine-rest;x=1/...}) are answered 400 before anything parses
	 * their path: Spring Security's firewall refuses them too, but behind the Jersey and webapp servlets the
	 * request-path parsing that precedes the firewall fails on them with a 500.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> rejectPathParameters() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
					throws ServletException, IOException {
				String uri = req.getRequestURI();
				if (uri.indexOf(';') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%3b")) {
					pathRejected(req, res);
					return;
				}
				chain.doFilter(req, res);
			}

		});
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** The firewall's refusals (encoded slashes, dot segments, ...) as a 400 problem, without an error dispatch. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (req, res, e) -> pathRejected(req, res);
	}

	private void pathRejected(HttpServletRequest req, HttpServletResponse res) throws IOException {
		LOG.warn("request path refused: {} {}", req.getMethod(), req.getRequestURI());
		problem(res, HttpStatus.BAD_REQUEST, "请求有误", "请求路径不合规（含有分号参数、编码的斜杠或点号路径段）");
	}

	/** A refused engine API call: logged (who tried what) and answered 403 with a problem body. */
	private void engineApiRefused(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e)
			throws IOException {
		String who = CurrentUsers.find().map(CurrentUser::username).orElse("anonymous");
		LOG.warn("engine API call refused: {} {} by {}", req.getMethod(), req.getRequestURI(), who);
		problem(res, HttpStatus.FORBIDDEN, "无权访问",
				"流程引擎接口只对系统管理员开放，且只允许查询、作业重试和异常处理；流程只能随系统部署");
	}

	private static boolean isSignedIn(Authentication auth) {
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

	/** Servlet-path matching that also works for paths not served by Spring MVC (Jersey, webapp filters). */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
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
			res.setHeader("WWW-Authenticate", "Basic realm=\"StatEnforce\"");
		}
		objectMapper.writeValue(res.getOutputStream(), p);
	}

}

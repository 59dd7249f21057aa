package cn.statenforce.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Outermost filter (before Spring Security): a request that fails because the database is unreachable anywhere
 * outside a controller (signing in records the login, the token check reads its row) is answered 503 with
 * {@code Retry-After}, not 500 — a problem body for the APIs, a short Chinese page otherwise. Controllers' own
 * failures are answered by {@code ProblemDetailsAdvice} the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ObjectMapper objectMapper;

	DatabaseUnavailableFilter(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			LOG.warn("database unavailable: {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")) {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
				p.setTitle(DatabaseUnavailable.TITLE);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				objectMapper.writeValue(response.getOutputStream(), p);
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter()
					.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + DatabaseUnavailable.TITLE
							+ "</title></head><body><h1>" + DatabaseUnavailable.TITLE + "</h1><p>" + DatabaseUnavailable.DETAIL
							+ "</p></body></html>");
			}
		}
	}

}

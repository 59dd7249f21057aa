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
import org.springframework.web.multipart.MultipartException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A multipart request that cannot be read — truncated (no closing boundary), a NUL in a file name, a
 * {@code Content-Disposition} header Spring cannot parse — is answered 400, not 500. These failures happen while the
 * parts are read (by the CSRF check or by the dispatcher), before any controller or exception advice could see
 * them, so they are caught here, outside everything. Nothing has been written when they happen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedMultipartFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(MalformedMultipartFilter.class);

	private final ObjectMapper objectMapper;

	MalformedMultipartFilter(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isMultipart(request) || !unreadableMultipart(ex) || response.isCommitted()) {
				throw ex;
			}
			LOG.info("unreadable multipart request {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			response.reset();
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"上传的内容无法读取（文件名含非法字符或请求不完整），请重新选择文件上传");
			p.setTitle("输入有误");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			objectMapper.writeValue(response.getOutputStream(), p);
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	/** Tomcat's upload parser failed, Spring's multipart resolver failed, or Spring could not parse a part header. */
	static boolean unreadableMultipart(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof MultipartException || t.getClass().getName().startsWith("org.apache.tomcat.util.http.fileupload.")) {
				return true;
			}
			for (StackTraceElement e : t.getStackTrace()) {
				if (e.getClassName().equals("org.springframework.http.ContentDisposition") && e.getMethodName().equals("parse")) {
					return true;
				}
			}
		}
		return false;
	}

}

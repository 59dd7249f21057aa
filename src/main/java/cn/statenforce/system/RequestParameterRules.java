package cn.statenforce.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.shared.FieldLabels;
import cn.statenforce.shared.InputText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link InputText}'s rule for query and form parameters, before security and before any controller: a parameter
 * (name or value) holding a control character is refused with a 400 problem naming it; line breaks reach the
 * application as {@code \n}. Multipart requests are left alone here — reading their parameters would parse the
 * upload onto disk before the role is checked; their text parts and file names are checked when the controller
 * reads them ({@link UploadRules}).
 */
@Configuration
class RequestParameterRules {

	private static final Logger LOG = LoggerFactory.getLogger(RequestParameterRules.class);

	private final ObjectMapper objectMapper;

	RequestParameterRules(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> controlCharacterFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
					throws ServletException, IOException {
				if (isMultipart(req) || req.getRequestURI().startsWith(req.getContextPath() + "/engine-rest")
						|| req.getRequestURI().startsWith(req.getContextPath() + "/camunda/")) {
					chain.doFilter(req, res);
					return;
				}
				Map<String, String[]> params = req.getParameterMap();
				boolean lineBreaks = false;
				for (Map.Entry<String, String[]> e : params.entrySet()) {
					if (!InputText.isAcceptable(e.getKey()) || e.getKey().indexOf('\n') >= 0 || e.getKey().indexOf('\r') >= 0) {
						refuse(req, res, null);
						return;
					}
					for (String v : e.getValue()) {
						if (v != null && !InputText.isAcceptable(v)) {
							refuse(req, res, e.getKey());
							return;
						}
						lineBreaks |= v != null && v.indexOf('\r') >= 0;
					}
				}
				chain.doFilter(lineBreaks ? new Normalized(req, params) : req, res);
			}

		});
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static boolean isMultipart(HttpServletRequest req) {
		String type = req.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	private void refuse(HttpServletRequest req, HttpServletResponse res, String field) throws IOException {
		LOG.warn("request parameter with control characters refused: {} {}", req.getMethod(), req.getRequestURI());
		String label = field == null ? "请求参数名" : FieldLabels.label(field);
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"输入校验未通过：" + label + InputText.CONTROL_CHARACTERS);
		p.setTitle("输入有误");
		res.setStatus(HttpStatus.BAD_REQUEST.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		objectMapper.writeValue(res.getOutputStream(), p);
	}

	/** The request with every parameter value's line breaks as {@code \n}. */
	private static final class Normalized extends HttpServletRequestWrapper {

		private final Map<String, String[]> params = new LinkedHashMap<>();

		Normalized(HttpServletRequest req, Map<String, String[]> original) {
			super(req);
			original.forEach((k, v) -> {
				String[] copy = new String[v.length];
				for (int i = 0; i < v.length; i++) {
					copy[i] = v[i] == null ? null : InputText.normalizeLineBreaks(v[i]);
				}
				params.put(k, copy);
			});
		}

		@Override
		public String getParameter(String name) {
			String[] v = params.get(name);
			return v == null || v.length == 0 ? null : v[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(params);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(params.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return params.get(name);
		}

	}

}

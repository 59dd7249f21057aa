package cn.statenforce.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.InputText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Uploads are checked for role before anything of them is read: multipart requests are parsed lazily (the
 * resolver below), this interceptor runs after the handler is known and before its
 * arguments (the files) are resolved, and refuses a user without one of the method's {@link UploadRoles}. The pages'
 * CSRF check would read the token from the body — parsing the upload — so for a multipart request the token is taken
 * from the {@code X-CSRF-TOKEN} header or the form's action URL ({@code ?_csrf=}, which the upload forms carry) only.
 */
@Configuration
class UploadRules implements WebMvcConfigurer, HandlerInterceptor {

	private static final Logger LOG = LoggerFactory.getLogger(UploadRules.class);

	static final String FILE_NAME_REFUSED = "文件名含有不可见的控制字符，请改名后重新上传";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !takesFiles(method)) {
			return true;
		}
		UploadRoles roles = method.getMethodAnnotation(UploadRoles.class);
		CurrentUser user = CurrentUsers.find().orElse(null);
		if (roles == null || user == null || Arrays.stream(roles.value()).noneMatch(user::hasRole)) {
			LOG.warn("upload refused before reading it: {} {} by {}", req.getMethod(), req.getRequestURI(),
					user == null ? "anonymous" : user.username());
			throw new ForbiddenException("当前用户的角色不能在此上传文件");
		}
		return true;
	}

	static boolean takesFiles(HandlerMethod method) {
		return Arrays.stream(method.getMethodParameters()).anyMatch(p -> {
			Class<?> type = p.getParameterType();
			return MultipartFile.class.isAssignableFrom(type) || MultipartFile[].class.equals(type)
					|| java.util.Collection.class.isAssignableFrom(type)
							&& MultipartFile.class.equals(p.nested().getNestedParameterType());
		});
	}

	/** The pages' CSRF token: from the header or the query string of a multipart request, never from its body. */
	static final class CsrfTokenOutsideUploads implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
			delegate.handle(request, response, csrfToken);
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			if (!RequestParameterRules.isMultipart(request)) {
				return delegate.resolveCsrfTokenValue(request, csrfToken);
			}
			String query = request.getQueryString();
			return delegate.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {

				@Override
				public String getParameter(String name) {
					return queryParameter(query, name);
				}

			}, csrfToken);
		}

	}

	/**
	 * Spring's multipart resolver, lazy (see above), whose parsed request refuses a file name with a control character
	 * (a NUL or a line break in a file name breaks whatever stores or serves it) and hands its text fields on with
	 * line breaks as {@code \n}, as {@link RequestParameterRules} does for other requests.
	 */
	@Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	MultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver() {

			@Override
			public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
				return new CheckedMultipartRequest(request);
			}

		};
	}

	static final class CheckedMultipartRequest extends StandardMultipartHttpServletRequest {

		CheckedMultipartRequest(HttpServletRequest request) {
			super(request, true);
		}

		@Override
		protected void initializeMultipart() {
			super.initializeMultipart();
			getMultiFileMap().forEach((field, list) -> list.forEach(f -> {
				String name = f.getOriginalFilename();
				if (name != null && (!InputText.isAcceptable(name) || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0)) {
					throw new BadRequestException(field, FILE_NAME_REFUSED);
				}
			}));
		}

		/** Tomcat refuses a file name with a NUL while parsing: the sender's mistake, a 400 like the others. */
		@Override
		protected void handleParseFailure(Throwable ex) {
			for (Throwable c = ex; c != null; c = c.getCause()) {
				if (c.getClass().getSimpleName().equals("InvalidFileNameException")) {
					throw new BadRequestException("file", FILE_NAME_REFUSED);
				}
			}
			super.handleParseFailure(ex);
		}

		@Override
		public String getParameter(String name) {
			String v = super.getParameter(name);
			return v == null ? null : InputText.clean(name, v);
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] v = super.getParameterValues(name);
			if (v == null) {
				return null;
			}
			String[] clean = new String[v.length];
			for (int i = 0; i < v.length; i++) {
				clean[i] = v[i] == null ? null : InputText.clean(name, v[i]);
			}
			return clean;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> clean = new LinkedHashMap<>();
			super.getParameterMap().keySet().forEach(k -> clean.put(k, getParameterValues(k)));
			return clean;
		}

	}

	static String queryParameter(String query, String name) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			if (key.equals(name)) {
				return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}

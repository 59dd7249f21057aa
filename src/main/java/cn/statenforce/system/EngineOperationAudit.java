package cn.statenforce.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records every operator action on the engine ({@link EngineApiPolicy#OPERATOR_ACTIONS}: job retries,
 * incident annotation and resolution) in the activity log: who (the signed-in system administrator), what
 * (action code, method, path, answer status and request body) and when. Runs inside the security chains,
 * after authorization, so only permitted calls get here. Subject type {@value #SUBJECT_TYPE}, subject id 0:
 * an engine operation belongs to no domain record.
 */
final class EngineOperationAudit extends OncePerRequestFilter {

	static final String SUBJECT_TYPE = "ENGINE_OPERATION";

	private static final Logger LOG = LoggerFactory.getLogger(EngineOperationAudit.class);

	private static final int MAX_BODY = 2000;

	private final ActivityLog activityLog;

	EngineOperationAudit(ActivityLog activityLog) {
		this.activityLog = activityLog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> action = EngineApiPolicy.operatorAction(request);
		if (action.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, MAX_BODY);
		try {
			chain.doFilter(cached, response);
		}
		finally {
			record(action.get(), cached, response.getStatus());
		}
	}

	private void record(String action, ContentCachingRequestWrapper request, int status) {
		CurrentUser user = CurrentUsers.find().orElse(null);
		if (user == null) {
			return;
		}
		String body = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8).strip();
		String detail = request.getMethod() + " " + request.getRequestURI() + " → " + status
				+ (body.isEmpty() ? "" : " " + body);
		try {
			activityLog.record(AuditActor.user(user, request.getRemoteAddr()), user.bureauId(), SUBJECT_TYPE, 0L, action, null,
					detail.length() > 4000 ? detail.substring(0, 4000) : detail);
		}
		catch (RuntimeException e) {
			LOG.error("could not record engine operation {} by {}: {}", action, user.username(), detail, e);
		}
		LOG.info("engine operation {} by {}: {}", action, user.username(), detail);
	}

}

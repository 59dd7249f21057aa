package cn.statenforce.system.engine;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Second line behind the HTTP allow-list: the engine itself refuses to deploy or delete a deployment while it
 * serves a request of the engine REST API or of the webapps. Processes are deployed from {@code processes/}
 * at start-up only (and by tests through the Java API).
 */
class EngineApiDeploymentGuard extends CommandInterceptor {

	private static final List<String> ENGINE_API_PATHS = List.of("/engine-rest", "/camunda/");

	@Override
	public <T> T execute(Command<T> command) {
		if ((command instanceof DeployCmd || command instanceof DeleteDeploymentCmd) && inEngineApiRequest()) {
			throw new AuthorizationException("deployments are made from processes/ at start-up only, never over HTTP");
		}
		return next.execute(command);
	}

	private static boolean inEngineApiRequest() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ENGINE_API_PATHS.stream().anyMatch(path::startsWith);
	}

}

package cn.statenforce.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the engine REST API ({@code /engine-rest}) and the webapps' own API ({@code /camunda/api}) answer, as
 * an allow-list of (method, path): reads (every GET, and the queries Camunda takes by POST) and the operator
 * actions a stuck process needs (job retries, incident annotation and resolution), all for the system
 * administrator only. Everything else is refused for everyone, in particular deployments and every engine
 * write that would bypass the domain (task complete/claim/assign/delegate, variables, process start,
 * modification, deletion, suspension, messages, signals, migration, job execution and due dates, users,
 * groups, authorizations). Paths with matrix parameters ({@code ;x=1}), encoded slashes or dot segments never
 * get this far: Spring Security's firewall rejects them.
 */
final class EngineApiPolicy {

	/** An operator action (audited) relative to an engine root. */
	record OperatorAction(HttpMethod method, String path, String action) {
	}

	/** Roots that serve the engine REST resources: default engine, named engine, the webapps' engine API. */
	static final List<String> ENGINE_ROOTS = List.of("/engine-rest", "/engine-rest/engine/{engine}",
			"/camunda/api/engine/engine/{engine}");

	/** Queries Camunda takes by POST (a query body instead of URL parameters), relative to an engine root. */
	static final List<String> POST_QUERIES = List.of("/process-instance", "/process-instance/count", "/task",
			"/task/count", "/execution", "/execution/count", "/variable-instance", "/variable-instance/count", "/job",
			"/job/count", "/job-definition", "/job-definition/count", "/external-task", "/external-task/count",
			"/case-instance", "/case-instance/count", "/case-execution", "/case-execution/count", "/group",
			"/group/count", "/filter/{id}/list", "/filter/{id}/count", "/filter/{id}/singleResult",
			"/history/activity-instance", "/history/activity-instance/count", "/history/case-instance",
			"/history/case-instance/count", "/history/detail", "/history/external-task-log",
			"/history/external-task-log/count", "/history/job-log", "/history/job-log/count",
			"/history/process-instance", "/history/process-instance/count", "/history/task", "/history/task/count",
			"/history/variable-instance", "/history/variable-instance/count", "/schema/log");

	/** What an operator may change, relative to an engine root; each call is recorded in the activity log. */
	static final List<OperatorAction> OPERATOR_ACTIONS = List.of(
			new OperatorAction(HttpMethod.PUT, "/job/{id}/retries", "ENGINE_JOB_RETRIES"),
			new OperatorAction(HttpMethod.POST, "/job/retries", "ENGINE_JOB_RETRIES"),
			new OperatorAction(HttpMethod.PUT, "/job-definition/{id}/retries", "ENGINE_JOB_RETRIES"),
			new OperatorAction(HttpMethod.POST, "/process-instance/job-retries", "ENGINE_JOB_RETRIES"),
			new OperatorAction(HttpMethod.PUT, "/external-task/{id}/retries", "ENGINE_EXTERNAL_TASK_RETRIES"),
			new OperatorAction(HttpMethod.PUT, "/external-task/retries", "ENGINE_EXTERNAL_TASK_RETRIES"),
			new OperatorAction(HttpMethod.POST, "/external-task/retries-async", "ENGINE_EXTERNAL_TASK_RETRIES"),
			new OperatorAction(HttpMethod.PUT, "/incident/{id}/annotation", "ENGINE_INCIDENT_ANNOTATED"),
			new OperatorAction(HttpMethod.DELETE, "/incident/{id}/annotation", "ENGINE_INCIDENT_ANNOTATION_CLEARED"),
			new OperatorAction(HttpMethod.DELETE, "/incident/{id}", "ENGINE_INCIDENT_RESOLVED"));

	/** The webapps' own queries by POST (Cockpit plugins) and signing out of them. */
	static final List<String> WEBAPP_POSTS = List.of("/camunda/api/cockpit/plugin/base/{engine}/process-instance",
			"/camunda/api/cockpit/plugin/base/{engine}/process-instance/count",
			"/camunda/api/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances",
			"/camunda/api/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
			"/camunda/api/cockpit/plugin/base/{engine}/incident", "/camunda/api/cockpit/plugin/base/{engine}/incident/count",
			"/camunda/api/admin/auth/user/{engine}/logout");

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/** Each operator action under each engine root, with its action code. */
	private static final List<Map.Entry<RequestMatcher, String>> OPERATOR_MATCHERS = OPERATOR_ACTIONS.stream()
		.flatMap(a -> ENGINE_ROOTS.stream()
			.map(root -> Map.entry((RequestMatcher) PATHS.matcher(a.method(), root + a.path()), a.action())))
		.toList();

	private EngineApiPolicy() {
	}

	/** Everything the system administrator may call under {@code /engine-rest}. */
	static RequestMatcher engineRest() {
		return permitted("/engine-rest/**", ENGINE_ROOTS.subList(0, 2), List.of());
	}

	/** Everything the system administrator may call under {@code /camunda/api}. */
	static RequestMatcher webappApi() {
		return permitted("/camunda/api/**", ENGINE_ROOTS.subList(2, 3), WEBAPP_POSTS);
	}

	/** The audited operator action the request is, if any. */
	static Optional<String> operatorAction(HttpServletRequest request) {
		return OPERATOR_MATCHERS.stream().filter(m -> m.getKey().matches(request)).map(Map.Entry::getValue).findFirst();
	}

	private static RequestMatcher permitted(String all, List<String> roots, List<String> extraPosts) {
		List<RequestMatcher> m = new ArrayList<>();
		m.add(PATHS.matcher(HttpMethod.GET, all));
		m.add(PATHS.matcher(HttpMethod.HEAD, all));
		for (String root : roots) {
			POST_QUERIES.forEach(q -> m.add(PATHS.matcher(HttpMethod.POST, root + q)));
			OPERATOR_ACTIONS.forEach(a -> m.add(PATHS.matcher(a.method(), root + a.path())));
		}
		extraPosts.forEach(p -> m.add(PATHS.matcher(HttpMethod.POST, p)));
		return new OrRequestMatcher(m);
	}

}

package cn.statenforce.workbench;

import static cn.statenforce.WebTestSupport.api;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The verbs of the shared task step as a bureau user calls them (the REST API), for the capabilities' tests. */
public final class TaskVerbCalls {

	private final MockMvc mvc;

	public TaskVerbCalls(MockMvc mvc) {
		this.mvc = mvc;
	}

	private static String json(String s) {
		return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
	}

	public ResultActions transfer(String as, String taskId, String receiver, String reason) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/transfer", taskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"receiver\":" + json(receiver) + ",\"reason\":" + json(reason) + "}"));
	}

	public ResultActions delegate(String as, String taskId, String receiver, String note) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/delegate", taskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"receiver\":" + json(receiver) + ",\"note\":" + json(note) + "}"));
	}

	public ResultActions resolve(String as, String taskId, String note) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/resolve", taskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":" + json(note) + "}"));
	}

	public ResultActions copy(String as, String taskId, String recipient, String note) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/copy", taskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipients\":[" + json(recipient) + "],\"note\":" + json(note) + "}"));
	}

	public ResultActions copies(String as) throws Exception {
		return mvc.perform(get("/api/copies").with(api(as)));
	}

	public ResultActions urge(String as, String taskId, String message) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/urge", taskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":" + json(message) + "}"));
	}

	public ResultActions targets(String as, String taskId) throws Exception {
		return mvc.perform(get("/api/tasks/{id}/return-targets", taskId).with(api(as)));
	}

	public ResultActions returnTo(String as, String taskId, String step, String opinion) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/return", taskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetStep\":" + json(step) + ",\"opinion\":" + json(opinion) + "}"));
	}

	public ResultActions withdraw(String as, String doneTaskId, String opinion) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/withdraw", doneTaskId).with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":" + json(opinion) + "}"));
	}

	public ResultActions approveBatch(String as, java.util.List<String> taskIds, String opinion) throws Exception {
		String ids = String.join(",", taskIds.stream().map(TaskVerbCalls::json).toList());
		return mvc.perform(post("/api/tasks/approve-batch").with(api(as)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"taskIds\":[" + ids + "],\"opinion\":" + json(opinion) + "}"));
	}

	public ResultActions claim(String as, String taskId) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api(as)));
	}

}

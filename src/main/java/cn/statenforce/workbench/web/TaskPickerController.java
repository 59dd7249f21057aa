package cn.statenforce.workbench.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.Inputs;
import cn.statenforce.workbench.TaskProxies;
import cn.statenforce.workbench.TaskReceiverRule;
import cn.statenforce.workbench.TaskVerbs;

/**
 * The pickers of the task verbs (search as you type, the same mechanism as the user picker: {@code static/js/app.js},
 * {@code [{value, label, hint}]}): who may receive this task by 转办 or 委派 (the step's role and bureau, the
 * certificate and the capability's rules), and who may be the user's 委托代理 (a colleague with all their roles). The
 * value is the login name, the label the person's name; the verbs check the chosen one again.
 */
@RestController
class TaskPickerController {

	private final TaskVerbs verbs;

	private final TaskProxies proxies;

	TaskPickerController(TaskVerbs verbs, TaskProxies proxies) {
		this.verbs = verbs;
		this.proxies = proxies;
	}

	record Option(String value, String label, String hint) {
	}

	@GetMapping("/pickers/task-receivers")
	List<Option> receivers(@RequestParam(required = false) String task, @RequestParam(required = false) String handover,
			@RequestParam(required = false) String q) {
		String taskId = Inputs.required("task", "任务", task, 64);
		TaskReceiverRule.Handover h = handover == null || handover.isBlank() ? TaskReceiverRule.Handover.TRANSFER
				: Inputs.oneOf("handover", "移交方式", TaskReceiverRule.Handover.class, handover);
		return verbs.receiverOptions(CurrentUsers.get(), taskId, h, q).stream().map(TaskPickerController::option).toList();
	}

	@GetMapping("/pickers/proxies")
	List<Option> proxies(@RequestParam(required = false) String q) {
		return proxies.proxyOptions(CurrentUsers.get(), q).stream().map(TaskPickerController::option).toList();
	}

	private static Option option(UserSummary u) {
		return new Option(u.username(), u.displayName(), u.bureauName()
				+ (u.certNumber() != null ? " · 执法证 " + u.certNumber() : ""));
	}

}

package cn.statenforce.workbench.web;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.TaskFilter;
import cn.statenforce.workbench.TaskForm;
import cn.statenforce.workbench.TaskInbox;
import cn.statenforce.workbench.WorkbenchCounter;

/** 工作台, 待办, 已办 and the generic task page. */
@Controller
class WorkbenchController {

	private final TaskInbox inbox;

	private final List<TaskForm> forms;

	private final List<WorkbenchCounter> counters;

	WorkbenchController(TaskInbox inbox, List<TaskForm> forms, List<WorkbenchCounter> counters) {
		this.inbox = inbox;
		this.forms = forms;
		this.counters = counters;
	}

	@GetMapping("/")
	String workbench(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("summary", inbox.summary(user));
		model.addAttribute("counters", counters.stream().flatMap(c -> c.count(user).stream()).toList());
		return "workbench/index";
	}

	@GetMapping("/tasks")
	String todo(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		TaskFilter filter = new TaskFilter(process, q, page, 20);
		model.addAttribute("filter", filter);
		model.addAttribute("result", inbox.todo(CurrentUsers.get(), filter));
		model.addAttribute("processes", inbox.processes());
		model.addAttribute("done", false);
		return "workbench/tasks";
	}

	@GetMapping("/tasks/done")
	String done(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		TaskFilter filter = new TaskFilter(process, q, page, 20);
		model.addAttribute("filter", filter);
		model.addAttribute("result", inbox.done(CurrentUsers.get(), filter));
		model.addAttribute("processes", inbox.processes());
		model.addAttribute("done", true);
		return "workbench/tasks";
	}

	/** The header's search box: the user's 待办 and 已办 by 案号, number or party name, and the way on to the case ledger. */
	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		CurrentUser user = CurrentUsers.get();
		TaskFilter filter = new TaskFilter(null, q, 1, 50);
		model.addAttribute("filter", filter);
		if (filter.q() != null) {
			model.addAttribute("todo", inbox.todo(user, filter));
			model.addAttribute("done", inbox.done(user, filter));
		}
		model.addAttribute("caseReader", user.roles().stream().anyMatch(r -> CASE_LEDGER_ROLES.contains(r)));
		return "workbench/search";
	}

	private static final java.util.Set<cn.statenforce.organization.Role> CASE_LEDGER_ROLES = java.util.Set.of(
			cn.statenforce.organization.Role.INSPECTOR, cn.statenforce.organization.Role.LEGAL_REVIEWER,
			cn.statenforce.organization.Role.LEADER, cn.statenforce.organization.Role.DIRECTOR);

	@GetMapping("/tasks/{taskId}")
	String task(@PathVariable String taskId, Model model) {
		CurrentUser user = CurrentUsers.get();
		Task task = inbox.visibleTask(user, taskId);
		var row = inbox.row(task);
		model.addAttribute("task", row);
		model.addAttribute("description", task.getDescription());
		model.addAttribute("mine", user.username().equals(task.getAssignee()));
		forms.stream()
			.filter(f -> f.supports(row.processKey(), task.getTaskDefinitionKey()))
			.findFirst()
			.ifPresent(f -> {
				f.populate(task, model);
				model.addAttribute("formFragment", f.fragment());
				model.addAttribute("recordFragment", f.recordFragment());
			});
		return "workbench/task";
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, RedirectAttributes redirect) {
		inbox.claim(CurrentUsers.get(), taskId);
		redirect.addFlashAttribute("message", "已签收，可以开始办理");
		return "redirect:/tasks/" + taskId;
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, RedirectAttributes redirect) {
		inbox.unclaim(CurrentUsers.get(), taskId);
		redirect.addFlashAttribute("message", "已退回，任务回到组内待签收");
		return "redirect:/tasks";
	}

}

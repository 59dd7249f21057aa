package cn.statenforce.workbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.TaskReturns;

/** The page forms of 退回 and 撤回 (fragment {@code workbench/task-verbs-return}). */
@Controller
class TaskVerbsController {

	private final TaskReturns returns;

	TaskVerbsController(TaskReturns returns) {
		this.returns = returns;
	}

	@PostMapping("/tasks/{taskId}/return")
	String returnTo(@PathVariable String taskId, @RequestParam(required = false) String targetStep,
			@RequestParam(required = false) String opinion, @RequestParam(defaultValue = "false") boolean savePhrase,
			RedirectAttributes redirect) {
		var reopened = returns.returnTo(CurrentUsers.get(), taskId, targetStep, opinion, savePhrase);
		redirect.addFlashAttribute("message", "已退回至「" + reopened.getName() + "」");
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/withdraw")
	String withdraw(@PathVariable String taskId, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		var reopened = returns.withdraw(CurrentUsers.get(), taskId, opinion);
		redirect.addFlashAttribute("message", "已撤回「" + reopened.getName() + "」，请重新办理");
		return "redirect:/tasks/" + reopened.getId();
	}

}

package cn.statenforce.operations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.operations.IncidentService;
import cn.statenforce.organization.CurrentUsers;

/** 系统管理 → 异常流程 (ADMIN of the bureau; the security chain guards /admin/**). */
@Controller
class IncidentController {

	private final IncidentService incidents;

	IncidentController(IncidentService incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/admin/incidents")
	String list(Model model) {
		model.addAttribute("steps", incidents.failedSteps(CurrentUsers.get()));
		return "operations/incidents";
	}

	@PostMapping("/admin/incidents/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		var outcome = incidents.retry(CurrentUsers.get(), id);
		if (outcome.resumed()) {
			redirect.addFlashAttribute("message", "已重试「" + outcome.stepName() + "」，流程已继续");
		}
		else {
			redirect.addFlashAttribute("errorMessage", "重试「" + outcome.stepName() + "」后仍未完成：" + outcome.cause());
		}
		return "redirect:/admin/incidents";
	}

}

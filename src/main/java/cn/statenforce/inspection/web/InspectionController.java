package cn.statenforce.inspection.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionCommands;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** An inspection's record page and the posts of its task forms (from the generic task page). */
@Controller
class InspectionController {

	private final InspectionService inspections;

	private final ActivityLog activity;

	private final Validator validator;

	InspectionController(InspectionService inspections, ActivityLog activity, Validator validator) {
		this.inspections = inspections;
		this.activity = activity;
		this.validator = validator;
	}

	@GetMapping("/inspection/inspections/{id}")
	String show(@PathVariable long id, Model model) {
		Inspection i = inspections.get(CurrentUsers.get(), id);
		model.addAttribute("inspection", i);
		model.addAttribute("checks", inspections.checks(id));
		model.addAttribute("timeline", activity.timeline("INSPECTION", id));
		return "inspection/inspection";
	}

	@PostMapping("/inspection/tasks/{taskId}/notice")
	String notice(@PathVariable String taskId, @ModelAttribute InspectionCommands.ServeNotice cmd,
			RedirectAttributes redirect) {
		return run(taskId, redirect, "检查通知书已送达登记", () -> inspections.serveNotice(CurrentUsers.get(), taskId, valid(cmd)));
	}

	@PostMapping("/inspection/tasks/{taskId}/onsite")
	String onsite(@PathVariable String taskId, @ModelAttribute OnSiteForm form, RedirectAttributes redirect) {
		return run(taskId, redirect, "现场检查记录和检查结果已登记",
				() -> inspections.recordInspection(CurrentUsers.get(), taskId, valid(form.toCommand())));
	}

	@PostMapping("/inspection/tasks/{taskId}/summary")
	String summary(@PathVariable String taskId, @ModelAttribute InspectionCommands.SummaryDecision cmd,
			RedirectAttributes redirect) {
		return run(taskId, redirect, "当场处罚决定已登记",
				() -> inspections.recordSummaryDecision(CurrentUsers.get(), taskId, valid(cmd)));
	}

	/** Input errors go back to the task page as a message; other errors render the error page. */
	private String run(String taskId, RedirectAttributes redirect, String done, Supplier<Inspection> step) {
		try {
			Inspection i = step.get();
			redirect.addFlashAttribute("message", done + "（" + i.inspectionNumber() + "）");
			return "redirect:/tasks";
		}
		catch (BadRequestException | ConstraintViolationException e) {
			redirect.addFlashAttribute("errorMessage", e instanceof ConstraintViolationException c
					? c.getConstraintViolations().iterator().next().getMessage() : e.getMessage());
			return "redirect:/tasks/" + taskId;
		}
	}

	private <T> T valid(T command) {
		var violations = validator.validate(command);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return command;
	}

}

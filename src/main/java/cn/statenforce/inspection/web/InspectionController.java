package cn.statenforce.inspection.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.document.RecordDocuments;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionCommands;
import cn.statenforce.inspection.InspectionNoticeDocument;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.InspectionStatus;
import cn.statenforce.inspection.InspectorChange;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** An inspection's record page and the posts of its task forms (from the generic task page). */
@Controller
class InspectionController {

	private final InspectionService inspections;

	private final ActivityLog activity;

	private final Validator validator;

	private final InspectionRegisters registers;

	private final UserService users;

	private final InspectionNoticeDocument notices;

	private final RecordDocuments documents;

	InspectionController(InspectionService inspections, ActivityLog activity, Validator validator,
			InspectionRegisters registers, UserService users, InspectionNoticeDocument notices,
			RecordDocuments documents) {
		this.users = users;
		this.notices = notices;
		this.documents = documents;
		this.inspections = inspections;
		this.activity = activity;
		this.validator = validator;
		this.registers = registers;
	}

	@GetMapping("/inspection/inspections/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		Inspection i = inspections.get(user, id);
		model.addAttribute("inspection", i);
		model.addAttribute("checks", inspections.checks(id));
		model.addAttribute("timeline", activity.timeline("INSPECTION", id));
		List<InspectorChange> changes = inspections.inspectorChanges(id);
		model.addAttribute("changes", changes);
		Map<String, String> names = new HashMap<>();
		registers.inspectors(i.bureauId()).forEach(x -> names.put(x.username(), x.displayName()));
		users.byUsernames(changes.stream().map(InspectorChange::changedBy).collect(Collectors.toSet()))
			.forEach((u, summary) -> names.put(u, summary.displayName()));
		model.addAttribute("names", names);
		model.addAttribute("pdfAvailable", documents.pdfAvailable());
		boolean mayReplace = i.status() != InspectionStatus.CLOSED && user.hasRole(Role.LEADER)
				&& user.bureauId().equals(i.bureauId());
		model.addAttribute("mayReplace", mayReplace);
		model.addAttribute("mayNumberNotice", i.status() == InspectionStatus.NOTICE && i.noticeNumber() == null
				&& i.isInspector(user.username()) && user.bureauId().equals(i.bureauId()));
		LocalDate today = AppClock.today();
		model.addAttribute("candidates", !mayReplace ? List.of() : registers.inspectors(i.bureauId()).stream()
			.filter(x -> x.enabled() && !i.isInspector(x.username()) && x.certificateValidOn(today))
			.toList());
		return "inspection/inspection";
	}

	/** 统计执法检查通知书 as DOCX, filled from the inspection. */
	@GetMapping("/inspection/inspections/{id}/notice.docx")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return documents.download(notices.notice(CurrentUsers.get(), id), false);
	}

	/** 制作检查通知书: the notice takes its 文号 before it is printed (once; the page then offers the download). */
	@PostMapping("/inspection/inspections/{id}/notice/number")
	String numberNotice(@PathVariable long id, RedirectAttributes redirect) {
		Inspection i = inspections.numberNotice(CurrentUsers.get(), id);
		redirect.addFlashAttribute("message", "检查通知书文号：" + i.noticeNumber() + "，请下载打印后送达");
		return "redirect:/inspection/inspections/" + id;
	}

	/** The notice as PDF for viewing in the browser (409 in Chinese without a converter). */
	@GetMapping("/inspection/inspections/{id}/notice.pdf")
	ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
		return documents.download(notices.notice(CurrentUsers.get(), id), true);
	}

	@PostMapping("/inspection/inspections/{id}/replace-inspector")
	String replaceInspector(@PathVariable long id, @ModelAttribute InspectionCommands.ReplaceInspector cmd,
			RedirectAttributes redirect) {
		try {
			inspections.replaceInspector(CurrentUsers.get(), id, valid(cmd));
			redirect.addFlashAttribute("message", "已更换执法人员，待办已转给新的执法人员");
		}
		catch (BadRequestException | ConstraintViolationException e) {
			redirect.addFlashAttribute("errorMessage", e instanceof ConstraintViolationException c
					? c.getConstraintViolations().iterator().next().getMessage() : e.getMessage());
		}
		return "redirect:/inspection/inspections/" + id;
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

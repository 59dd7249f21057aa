package cn.statenforce.training.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.system.NavItem;
import cn.statenforce.training.ActivityCategory;
import cn.statenforce.training.ActivityCommand;
import cn.statenforce.training.ActivityType;
import cn.statenforce.training.TrainingActivity;
import cn.statenforce.training.TrainingService;

/** Pages of trainings and publicity: the list by type and year, the form (new and correction), one activity. */
@Controller
class TrainingController {

	private final TrainingService trainings;

	TrainingController(TrainingService trainings) {
		this.trainings = trainings;
	}

	@ModelAttribute
	void labels(Model model) {
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("categories", ActivityCategory.values());
		model.addAttribute("today", AppClock.today());
	}

	@GetMapping("/trainings")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year, Model model) {
		CurrentUser user = CurrentUsers.get();
		List<TrainingActivity> list = trainings.activities(user, type, year);
		model.addAttribute("activities", list);
		model.addAttribute("type", type);
		model.addAttribute("year", year);
		model.addAttribute("mayRecord", TrainingService.mayRecord(user));
		model.addAttribute("totalPeople", list.stream().mapToLong(TrainingActivity::participants).sum());
		return "training/list";
	}

	@GetMapping("/trainings/new")
	String form(Model model) {
		model.addAttribute("a", null);
		return "training/form";
	}

	@GetMapping("/trainings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("a", trainings.activity(CurrentUsers.get(), id));
		return "training/form";
	}

	@PostMapping("/trainings")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	String create(@RequestParam(required = false) String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String organiser,
			@RequestParam(required = false) Integer participants, @RequestParam(required = false) String place,
			@RequestParam(required = false) String summary,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/trainings/new", () -> "/trainings/" + trainings.register(CurrentUsers.get(),
				new ActivityCommand(category, heldOn, topic, organiser, participants, place, summary), AttachmentHttp.uploads(files)).id(),
				"活动已登记");
	}

	@PostMapping("/trainings/{id}")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	String update(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String organiser,
			@RequestParam(required = false) Integer participants, @RequestParam(required = false) String place,
			@RequestParam(required = false) String summary,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/trainings/" + id + "/edit", () -> "/trainings/" + trainings.update(CurrentUsers.get(), id, version,
				new ActivityCommand(category, heldOn, topic, organiser, participants, place, summary), AttachmentHttp.uploads(files)).id(),
				"活动已修改");
	}

	@GetMapping("/trainings/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		TrainingActivity a = trainings.activity(user, id);
		model.addAttribute("a", a);
		model.addAttribute("attachments", trainings.attachments(user, id));
		model.addAttribute("mayEdit", TrainingService.mayRecord(user) && user.bureauId().equals(a.bureauId()));
		return "training/show";
	}

	@GetMapping("/trainings/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentHttp.download(trainings.attachment(CurrentUsers.get(), id, attachmentId));
	}

	@Bean
	static NavItem navTrainings() {
		return new NavItem("统计监督", "培训与普法", "/trainings", 76,
				Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN));
	}

	static String act(RedirectAttributes redirect, String back, Supplier<String> step, String done) {
		try {
			String target = step.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:" + target;
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:" + back;
		}
	}

}

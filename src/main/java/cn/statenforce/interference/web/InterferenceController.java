package cn.statenforce.interference.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.attachment.AttachmentHttp;
import cn.statenforce.interference.InterferenceMethod;
import cn.statenforce.interference.InterferenceRecord;
import cn.statenforce.interference.InterferenceReport;
import cn.statenforce.interference.InterferenceReportService;
import cn.statenforce.interference.InterferenceService;
import cn.statenforce.interference.InterferenceType;
import cn.statenforce.interference.RecordCommand;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Xlsx;

/** The interference register's pages: records, recording, follow-up, export, periodic reports, recorders. */
@Controller
class InterferenceController {

	private final InterferenceService records;

	private final InterferenceReportService reports;

	private final UserService users;

	private final BureauService bureaus;

	InterferenceController(InterferenceService records, InterferenceReportService reports, UserService users,
			BureauService bureaus) {
		this.records = records;
		this.reports = reports;
		this.users = users;
		this.bureaus = bureaus;
	}

	@GetMapping("/interference")
	String list(@RequestParam(required = false) Integer year, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("records", records.visibleRecords(user, year));
		model.addAttribute("register", records.readsRegister(user));
		model.addAttribute("mayRecord", records.mayRecord(user));
		model.addAttribute("director", user.hasRole(cn.statenforce.organization.Role.DIRECTOR));
		model.addAttribute("year", year);
		return "interference/list";
	}

	@GetMapping("/interference/new")
	String form(Model model) {
		model.addAttribute("types", InterferenceType.values());
		model.addAttribute("methods", InterferenceMethod.values());
		model.addAttribute("today", AppClock.today());
		return "interference/new";
	}

	@PostMapping("/interference/records")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	String record(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) String leaderName, @RequestParam(required = false) String leaderPost,
			@RequestParam(required = false) String leaderUnit, @RequestParam(required = false) String interferenceType,
			@RequestParam(required = false) String method, @RequestParam(required = false) String content,
			@RequestParam(defaultValue = "false") boolean refused, @RequestParam(required = false) String reportedTo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate obstacleEndedOn,
			@RequestParam(required = false) String lateReason,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, "/interference/new", () -> {
			InterferenceRecord r = records.record(CurrentUsers.get(), new RecordCommand(occurredOn, leaderName, leaderPost,
					leaderUnit, interferenceType, method, content, refused, reportedTo, obstacleEndedOn, lateReason),
					AttachmentHttp.uploads(files));
			return "/interference/records/" + r.id();
		}, "干预记录已保存");
	}

	@GetMapping("/interference/records/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("r", records.record(user, id));
		model.addAttribute("attachments", records.attachments(user, id));
		model.addAttribute("timeline", records.timeline(user, id));
		model.addAttribute("register", records.readsRegister(user));
		return "interference/record";
	}

	@GetMapping("/interference/records/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentHttp.download(records.attachment(CurrentUsers.get(), id, attachmentId));
	}

	@PostMapping("/interference/records/{id}/follow-up")
	String followUp(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String followUp, RedirectAttributes redirect) {
		return act(redirect, "/interference/records/" + id, () -> {
			records.followUp(CurrentUsers.get(), id, version, followUp);
			return "/interference/records/" + id;
		}, "处理情况已登记");
	}

	@GetMapping("/interference/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
		return Xlsx.download((year == null ? "" : year + "年") + "领导干部干预统计工作记录台账.xlsx",
				records.exportRegister(CurrentUsers.get(), year));
	}

	@GetMapping("/interference/reports")
	String reports(Model model) {
		CurrentUser user = CurrentUsers.get();
		List<InterferenceReport> list = reports.reports(user);
		model.addAttribute("reports", list);
		model.addAttribute("bureauNames", bureauNames());
		return "interference/reports";
	}

	@GetMapping("/interference/reports/{id}")
	String report(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		InterferenceReport r = reports.report(user, id);
		model.addAttribute("report", r);
		model.addAttribute("records", reports.recordsOf(user, r));
		model.addAttribute("maySubmit", reports.maySubmit(user, r));
		model.addAttribute("bureauName", reports.bureauName(r.bureauId()));
		return "interference/report";
	}

	@PostMapping("/interference/reports/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean zeroReport,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
		return act(redirect, "/interference/reports/" + id, () -> {
			reports.submit(CurrentUsers.get(), id, zeroReport, statement);
			return "/interference/reports/" + id;
		}, "定期报告已报送");
	}

	@GetMapping("/interference/recorders")
	String recorders(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("recorders", records.recorders(user));
		model.addAttribute("staff", users.search(List.of(user.bureauId()), null, null, 1, 200).items().stream()
			.filter(u -> u.enabled() && !(u.roles().size() == 1 && u.hasRole(cn.statenforce.organization.Role.RECTIFICATION_OWNER)))
			.toList());
		return "interference/recorders";
	}

	@PostMapping("/interference/recorders")
	String designate(@RequestParam(required = false) String username, RedirectAttributes redirect) {
		return act(redirect, "/interference/recorders", () -> {
			records.designate(CurrentUsers.get(), username);
			return "/interference/recorders";
		}, "已指定干预记录人");
	}

	@PostMapping("/interference/recorders/{username}/revoke")
	String revoke(@PathVariable String username, RedirectAttributes redirect) {
		return act(redirect, "/interference/recorders", () -> {
			records.revoke(CurrentUsers.get(), username);
			return "/interference/recorders";
		}, "已取消干预记录人");
	}

	private java.util.Map<Long, String> bureauNames() {
		java.util.Map<Long, String> m = new java.util.HashMap<>();
		bureaus.bureaus().forEach(b -> m.put(b.id(), b.name()));
		return m;
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

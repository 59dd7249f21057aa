package cn.statenforce.calendar.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.calendar.CalendarAdministration;
import cn.statenforce.calendar.StatutoryHolidays;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;

/** 系统管理 → 工作日历 (ADMIN; the security chain guards /admin/**). */
@Controller
class CalendarController {

	private final WorkingDayCalendar calendar;

	private final CalendarAdministration administration;

	private final UserService users;

	CalendarController(WorkingDayCalendar calendar, CalendarAdministration administration, UserService users) {
		this.calendar = calendar;
		this.administration = administration;
		this.users = users;
	}

	@GetMapping("/admin/calendar")
	String show(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? AppClock.today().getYear() : year;
		model.addAttribute("year", y);
		var days = calendar.exceptions(y);
		var confirmation = calendar.confirmation(y).orElse(null);
		model.addAttribute("days", days);
		model.addAttribute("coveredYears", calendar.coveredYears());
		model.addAttribute("confirmation", confirmation);
		Set<String> editors = new HashSet<>();
		days.forEach(d -> editors.add(d.updatedBy()));
		if (confirmation != null) {
			editors.add(confirmation.confirmedBy());
		}
		Map<String, String> names = new HashMap<>();
		users.byUsernames(editors).forEach((username, u) -> names.put(username, u.displayName()));
		names.putIfAbsent(ActivityLog.SYSTEM, "系统");
		model.addAttribute("names", names);
		model.addAttribute("statutory", StatutoryHolidays.of(y));
		model.addAttribute("mayEdit", administration.mayAdminister(cn.statenforce.organization.CurrentUsers.get()));
		return "admin/calendar";
	}

	@PostMapping("/admin/calendar")
	String save(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam String dayType, @RequestParam String holidayName, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", administration.saveDay(CurrentUsers.get(), date, dayType, holidayName).summary());
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/admin/calendar/delete")
	String delete(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", administration.removeDay(CurrentUsers.get(), date).summary());
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/admin/calendar/confirm")
	String confirm(@RequestParam int year, @RequestParam(required = false) String sourceNote, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", administration.confirmYear(CurrentUsers.get(), year, sourceNote).summary());
		return "redirect:/admin/calendar?year=" + year;
	}

	@PostMapping("/admin/calendar/import")
	@UploadRoles({ Role.ADMIN })
	String importList(@RequestParam int year, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String sourceNote, RedirectAttributes redirect) throws IOException {
		try {
			redirect.addFlashAttribute("message",
					administration.importArrangement(CurrentUsers.get(), year, file.getOriginalFilename(), file.getBytes(), sourceNote).summary());
		}
		catch (BadRequestException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/admin/calendar?year=" + year;
	}

}

package cn.statenforce.calendar.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;

/** 系统管理 → 工作日历 (ADMIN; the security chain guards /admin/**). */
@Controller
class CalendarController {

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/admin/calendar")
	String show(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? AppClock.today().getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("days", calendar.exceptions(y));
		model.addAttribute("coveredYears", calendar.coveredYears());
		return "admin/calendar";
	}

	@PostMapping("/admin/calendar")
	String save(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam String dayType, @RequestParam String holidayName, RedirectAttributes redirect) {
		if (holidayName == null || holidayName.isBlank() || holidayName.length() > 50) {
			throw new BadRequestException("holidayName", "节日名称不能为空且不超过50字");
		}
		calendar.save(date, dayType, holidayName.trim());
		redirect.addFlashAttribute("message", "已保存 " + date);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/admin/calendar/delete")
	String delete(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		calendar.remove(date);
		redirect.addFlashAttribute("message", "已删除 " + date);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

}

package cn.statenforce.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.calendar.CalendarDay;
import cn.statenforce.calendar.WorkingDayCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "工作日历", description = "法定节假日与调休")
@Validated
class CalendarApiController {

	private final WorkingDayCalendar calendar;

	CalendarApiController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	record DayRequest(@NotBlank @Pattern(regexp = "HOLIDAY|WORKDAY", message = "只能是 HOLIDAY 或 WORKDAY") String dayType,
			@NotBlank(message = "节日名称不能为空") @Size(max = 50) String holidayName) {
	}

	record WorkingDayAnswer(LocalDate from, int workingDays, LocalDate deadline) {
	}

	@GetMapping("/{year}")
	@Operation(summary = "某年的节假日与调休上班日")
	List<CalendarDay> year(@PathVariable @Min(2000) @Max(2100) int year) {
		return calendar.exceptions(year);
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "计算 n 个工作日后的日期")
	WorkingDayAnswer add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(0) @Max(400) int days) {
		return new WorkingDayAnswer(from, days, calendar.addWorkingDays(from, days));
	}

	@PutMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "设置节假日或调休上班日（管理员）")
	CalendarDay save(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody DayRequest req) {
		return calendar.save(date, req.dayType(), req.holidayName());
	}

	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "删除节假日或调休记录（管理员）")
	void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		calendar.remove(date);
	}

}

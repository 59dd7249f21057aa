package cn.statenforce.calendar.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.calendar.CalendarAdministration;
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

	private final CalendarAdministration administration;

	CalendarApiController(WorkingDayCalendar calendar, CalendarAdministration administration) {
		this.calendar = calendar;
		this.administration = administration;
	}

	record DayRequest(@NotBlank @Pattern(regexp = "HOLIDAY|WORKDAY", message = "只能是 HOLIDAY 或 WORKDAY") String dayType,
			@NotBlank(message = "节日名称不能为空") @Size(max = 50) String holidayName) {
	}

	/** {@code provisional}: some year from today to {@code deadline} has no confirmed arrangement yet. */
	record WorkingDayAnswer(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
	}

	record YearStatus(int year, boolean confirmed, String sourceNote, String confirmedBy, LocalDateTime confirmedAt) {
	}

	record ConfirmRequest(@Size(max = 200) String sourceNote) {
	}

	@GetMapping("/{year}")
	@Operation(summary = "某年的节假日与调休上班日")
	List<CalendarDay> year(@PathVariable @Min(2000) @Max(2100) int year) {
		return calendar.exceptions(year);
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "某年的节假日安排是否已录入确认（未确认的年份只扣除周末和元旦、劳动节、国庆节）")
	YearStatus status(@PathVariable @Min(2000) @Max(2100) int year) {
		return calendar.confirmation(year)
			.map(c -> new YearStatus(year, true, c.sourceNote(), c.confirmedBy(), c.confirmedAt()))
			.orElse(new YearStatus(year, false, null, null, null));
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "计算 n 个工作日后的日期")
	WorkingDayAnswer add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(0) @Max(400) int days) {
		LocalDate deadline = calendar.addWorkingDays(from, days);
		return new WorkingDayAnswer(from, days, deadline, calendar.isProvisional(deadline));
	}

	@PutMapping("/days/{date}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "设置节假日或调休上班日（系统管理员或最上级统计局的管理员）")
	CalendarDay save(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody DayRequest req) {
		administration.saveDay(CurrentUsers.get(), date, req.dayType(), req.holidayName());
		return calendar.exceptions(date.getYear()).stream().filter(d -> d.calendarDate().equals(date)).findFirst().orElseThrow();
	}

	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "删除节假日或调休记录（系统管理员或最上级统计局的管理员）")
	void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		administration.removeDay(CurrentUsers.get(), date);
	}

	@PutMapping("/years/{year}/confirmation")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "确认某年节假日安排已录入完毕（系统管理员或最上级统计局的管理员）")
	YearStatus confirm(@PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody(required = false) ConfirmRequest req) {
		administration.confirmYear(CurrentUsers.get(), year, req == null ? null : req.sourceNote());
		return status(year);
	}

	@PostMapping(path = "/years/{year}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "导入某年节假日安排（CSV 或 XLSX：日期、类型、说明），替换该年已录入的日期并确认（系统管理员或最上级统计局的管理员）")
	@UploadRoles({ Role.ADMIN, Role.SYSTEM_ADMIN })
	YearStatus importList(@PathVariable @Min(2000) @Max(2100) int year, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String sourceNote) throws IOException {
		administration.importArrangement(CurrentUsers.get(), year, file.getOriginalFilename(), file.getBytes(), sourceNote);
		return status(year);
	}

}

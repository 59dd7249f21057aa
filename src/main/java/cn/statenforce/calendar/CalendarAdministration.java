package cn.statenforce.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.process.ProcessSchedules;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * Editing the calendar (ADMIN): single days by form, a year's whole arrangement by importing its list, and the
 * confirmation that a year's arrangement is entered. Every edit recomputes, in its transaction, the open deadlines
 * that depend on the days that changed ({@link WorkingDayDependents}) and then the due dates and timers of their
 * processes.
 */
@Service
public class CalendarAdministration {

	/** Errors listed in one answer at most. */
	static final int MAX_ERRORS = 10;

	private final CalendarMapper mapper;

	private final WorkingDayCalendar calendar;

	private final ObjectProvider<WorkingDayDependents> dependents;

	private final ProcessSchedules schedules;

	private final BureauService bureaus;

	CalendarAdministration(CalendarMapper mapper, WorkingDayCalendar calendar, ObjectProvider<WorkingDayDependents> dependents,
			ProcessSchedules schedules, BureauService bureaus) {
		this.bureaus = bureaus;
		this.mapper = mapper;
		this.calendar = calendar;
		this.dependents = dependents;
		this.schedules = schedules;
	}

	/** @param recomputed processes whose due dates or timers were recomputed */
	public record Change(String summary, int recomputed) {
	}

	/** Adds or replaces the exception for a date. */
	@Transactional
	public Change saveDay(CurrentUser user, LocalDate date, String dayType, String holidayName) {
		CurrentUser admin = admin(user);
		if (!CalendarDay.HOLIDAY.equals(dayType) && !CalendarDay.WORKDAY.equals(dayType)) {
			throw new BadRequestException("dayType", "日期类型只能是放假（HOLIDAY）或调休上班（WORKDAY）");
		}
		String name = holidayName == null ? "" : holidayName.trim();
		if (name.isEmpty() || name.length() > 50) {
			throw new BadRequestException("holidayName", "节日名称不能为空且不超过50字");
		}
		WorkingDays before = calendar.days();
		CalendarDay day = new CalendarDay(date, dayType, name, admin.username(), AppClock.now());
		if (mapper.selectByDate(date) == null) {
			mapper.insert(day);
		}
		else {
			mapper.update(day);
		}
		return changed(admin, before, date, date, "已保存 " + date);
	}

	@Transactional
	public Change removeDay(CurrentUser user, LocalDate date) {
		CurrentUser admin = admin(user);
		WorkingDays before = calendar.days();
		if (mapper.delete(date) == 0) {
			throw new NotFoundException("该日期没有节假日或调休记录: " + date);
		}
		return changed(admin, before, date, date, "已删除 " + date);
	}

	/**
	 * The year's arrangement is entered: from now on the year counts exactly its entries. Refused while a fixed-date
	 * statutory holiday is missing from them (every notice lists them).
	 */
	@Transactional
	public Change confirmYear(CurrentUser user, int year, String sourceNote) {
		CurrentUser admin = admin(user);
		checkYear(year);
		List<String> missing = missingStatutoryHolidays(year, calendar.exceptions(year));
		if (!missing.isEmpty()) {
			throw new BadRequestException("year", year + "年安排中缺少法定节假日：" + String.join("、", missing) + "，请先录入");
		}
		WorkingDays before = calendar.days();
		confirm(year, sourceNote, admin);
		return changed(admin, before, Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth(), year + "年节假日安排已确认");
	}

	/**
	 * Replaces a year's entries with the list in the file and confirms the year. The whole list is checked first:
	 * any error (with its row number) refuses the import and changes nothing.
	 *
	 * @param year the year the list is for (null: the year of its dates)
	 */
	@Transactional
	public Change importArrangement(CurrentUser user, Integer year, String filename, byte[] content, String sourceNote) {
		CurrentUser admin = admin(user);
		if (content == null || content.length == 0) {
			throw new BadRequestException("file", "请选择要导入的文件");
		}
		List<ArrangementFile.Line> lines;
		try {
			lines = ArrangementFile.read(filename, content);
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException("file", e.getMessage());
		}
		if (lines.isEmpty()) {
			throw new BadRequestException("file", "文件中没有日期");
		}
		int y = year != null ? year
				: lines.stream().filter(l -> l.date() != null).map(l -> l.date().getYear()).findFirst().orElse(AppClock.today().getYear());
		checkYear(y);
		List<String> errors = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		List<CalendarDay> days = new ArrayList<>();
		for (ArrangementFile.Line l : lines) {
			String error = l.error();
			if (error == null && l.date().getYear() != y) {
				error = "日期 " + l.date() + " 不在" + y + "年";
			}
			else if (error == null && !seen.add(l.date())) {
				error = "日期 " + l.date() + " 重复";
			}
			else if (error == null && CalendarDay.WORKDAY.equals(l.dayType()) && weekday(l.date())) {
				error = l.date() + " 是周一至周五，本就上班，不必登记为调休上班";
			}
			if (error != null) {
				errors.add("第" + l.rowNumber() + "行：" + error);
			}
			else {
				days.add(new CalendarDay(l.date(), l.dayType(), l.name(), admin.username(), AppClock.now()));
			}
		}
		List<String> missing = missingStatutoryHolidays(y, days);
		if (!missing.isEmpty()) {
			errors.add("缺少法定节假日：" + String.join("、", missing));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException("file", "导入未进行，请改正后重新导入：" + String.join("；", errors.subList(0, Math.min(MAX_ERRORS, errors.size())))
					+ (errors.size() > MAX_ERRORS ? "（等共" + errors.size() + "处）" : ""));
		}
		WorkingDays before = calendar.days();
		LocalDate from = Year.of(y).atDay(1);
		LocalDate to = Year.of(y).atMonth(12).atEndOfMonth();
		mapper.deleteBetween(from, to);
		days.forEach(mapper::insert);
		confirm(y, sourceNote == null || sourceNote.isBlank() ? "导入：" + filename : sourceNote.trim(), admin);
		return changed(admin, before, from, to, "已导入" + y + "年节假日安排 " + days.size() + " 天并确认");
	}

	private void confirm(int year, String sourceNote, CurrentUser admin) {
		String note = sourceNote == null || sourceNote.isBlank() ? null : sourceNote.trim();
		if (note != null && note.length() > 200) {
			throw new BadRequestException("sourceNote", "依据不能超过200字");
		}
		CalendarYear y = new CalendarYear(year, note, admin.username(), AppClock.now());
		if (mapper.updateYear(y) == 0) {
			mapper.insertYear(y);
		}
	}

	/** After an edit: the first day whose status changed, the deadlines depending on it, their processes. */
	private Change changed(CurrentUser admin, WorkingDays before, LocalDate from, LocalDate to, String done) {
		calendar.invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// a rolled-back edit must not stay in the snapshot read inside the transaction
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					calendar.invalidate();
				}
			});
		}
		LocalDate first = before.firstDifference(calendar.days(), from, to);
		if (first == null) {
			return new Change(done, 0);
		}
		Set<String> instances = new LinkedHashSet<>();
		for (WorkingDayDependents d : dependents) {
			instances.addAll(d.recompute(AuditActor.user(admin), first));
		}
		schedules.refresh(instances);
		return new Change(done + (instances.isEmpty() ? "" : "；" + instances.size() + " 项办理中的事项期限已按新日历重新计算"),
				instances.size());
	}

	static List<String> missingStatutoryHolidays(int year, Collection<CalendarDay> days) {
		Set<LocalDate> holidays = new HashSet<>();
		days.stream().filter(CalendarDay::isHoliday).forEach(d -> holidays.add(d.calendarDate()));
		List<String> missing = new ArrayList<>();
		for (Map.Entry<LocalDate, String> e : StatutoryHolidays.of(year).entrySet()) {
			if (!holidays.contains(e.getKey())) {
				missing.add(StatutoryHolidays.label(e.getKey()));
			}
		}
		return missing;
	}

	private static boolean weekday(LocalDate d) {
		return d.getDayOfWeek().getValue() <= 5;
	}

	private static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new BadRequestException("year", "年份应在2000至2100之间");
		}
	}

	/**
	 * The calendar is nationwide — every bureau's deadlines count on it — so it is kept by the installation's
	 * system administrator or the administrator of a root bureau, never by a subordinate bureau's ADMIN.
	 */
	private CurrentUser admin(CurrentUser user) {
		if (!mayAdminister(user)) {
			throw new ForbiddenException("工作日历全系统共用，只有系统管理员或最上级统计局的管理员可以维护");
		}
		return user;
	}

	/** Whether the user keeps the calendar (the system administrator, or the ADMIN of a bureau without a parent). */
	public boolean mayAdminister(CurrentUser user) {
		return user.hasRole(Role.SYSTEM_ADMIN) || user.hasRole(Role.ADMIN) && bureaus.bureau(user.bureauId()).parentId() == null;
	}

}

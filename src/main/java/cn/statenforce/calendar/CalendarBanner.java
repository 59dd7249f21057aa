package cn.statenforce.calendar;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.system.PageBanner;

/** Asks the ADMIN for the holiday arrangement of the year that needs it (this year if missing, next from October). */
@Component
class CalendarBanner implements PageBanner {

	private final WorkingDayCalendar calendar;

	private final CalendarAdministration administration;

	CalendarBanner(WorkingDayCalendar calendar, CalendarAdministration administration) {
		this.calendar = calendar;
		this.administration = administration;
	}

	@Override
	public Optional<Banner> bannerFor(CurrentUser user) {
		if (!user.hasRole(Role.ADMIN) || !administration.mayAdminister(user)) {
			return Optional.empty();
		}
		return calendar.pendingArrangement().map(year -> new Banner("calendar-banner", year
				+ "年节假日安排尚未录入：录入国务院办公厅通知的放假和调休上班日期前，" + year
				+ "年的期限只扣除周末和元旦、劳动节、国庆节，计算结果标为“暂定”。", "/admin/calendar?year=" + year, "录入" + year + "年安排"));
	}

}

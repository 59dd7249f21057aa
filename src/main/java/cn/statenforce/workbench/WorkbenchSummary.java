package cn.statenforce.workbench;

import java.util.List;

/** The counters on the workbench (工作台). */
public record WorkbenchSummary(long todo, long overdue, long dueSoon, long unreadNotifications, List<TaskRow> urgent) {
}

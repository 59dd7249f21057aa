package cn.statenforce.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayDependents;
import cn.statenforce.inspection.process.InspectionSchedules;
import cn.statenforce.shared.AppClock;

/**
 * When the working-day calendar changes, an inspection still in fieldwork (notice or on-site inspection) is due
 * again {@code completion-working-days} after its planned date on the new calendar; its process's due dates and
 * the reminder and overdue timers follow. The deadline of an order to correct already issued is the order's and
 * does not move.
 */
@Component
class InspectionDeadlineRecompute implements WorkingDayDependents {

	private final InspectionDeadlineMapper mapper;

	private final InspectionService inspections;

	private final InspectionSchedules schedules;

	private final ActivityLog activity;

	InspectionDeadlineRecompute(InspectionDeadlineMapper mapper, InspectionService inspections, InspectionSchedules schedules,
			ActivityLog activity) {
		this.mapper = mapper;
		this.inspections = inspections;
		this.schedules = schedules;
		this.activity = activity;
	}

	@Override
	public Collection<String> recompute(AuditActor actor, LocalDate firstChangedDay) {
		List<String> moved = new ArrayList<>();
		for (InspectionDeadlineMapper.Fieldwork f : mapper.selectInFieldworkDueFrom(firstChangedDay)) {
			LocalDate due = inspections.dueDate(f.plannedDate());
			if (due.equals(f.dueDate()) || mapper.updateDueDate(f.id(), f.dueDate(), due, AppClock.now()) == 0) {
				continue;
			}
			schedules.reschedule(f.inspectionNumber(), inspections.schedule(due)).ifPresent(moved::add);
			activity.record(actor, f.bureauId(), InspectionService.SUBJECT, f.id(), "工作日历调整", null,
					"检查期限由 " + f.dueDate() + " 改为 " + due);
		}
		return moved;
	}

}

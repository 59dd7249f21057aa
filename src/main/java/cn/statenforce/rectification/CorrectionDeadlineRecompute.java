package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayDependents;

/**
 * When the working-day calendar changes, a correction not yet re-checked is due for re-check again on the new
 * calendar ({@link CorrectionService#recheckDue}); the re-check task's due date and its reminder timer follow.
 */
@Component
class CorrectionDeadlineRecompute implements WorkingDayDependents {

	private final CorrectionCalendarMapper mapper;

	private final CorrectionService corrections;

	private final ActivityLog activity;

	CorrectionDeadlineRecompute(CorrectionCalendarMapper mapper, CorrectionService corrections, ActivityLog activity) {
		this.mapper = mapper;
		this.corrections = corrections;
		this.activity = activity;
	}

	@Override
	public Collection<String> recompute(AuditActor actor, LocalDate firstChangedDay) {
		List<String> moved = new ArrayList<>();
		for (CorrectionCalendarMapper.OpenRecheck r : mapper.selectOpenRechecksDueFrom(firstChangedDay)) {
			LocalDate due = corrections.recheckDue(r.deadline(), r.handedOverOn());
			if (due.equals(r.recheckDue()) || mapper.updateRecheckDue(r.planId(), r.recheckDue(), due) == 0) {
				continue;
			}
			activity.record(actor, r.bureauId(), RectificationService.SUBJECT_PLAN, r.planId(), "RECHECK_DUE_RECALENDARED", null,
					"工作日历调整，复查期限由 " + r.recheckDue() + " 改为 " + due);
			if (r.processInstanceId() != null) {
				moved.add(r.processInstanceId());
			}
		}
		return moved;
	}

}

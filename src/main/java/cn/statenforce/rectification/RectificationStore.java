package cn.statenforce.rectification;

import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * Writes the plan and measure aggregates: each transition is saved with a guard on the status and version it was
 * read with, and zero changed rows is a 409 (someone else moved it meanwhile); the saved row is read back.
 */
@Component
class RectificationStore {

	private final RectificationMapper mapper;

	RectificationStore(RectificationMapper mapper) {
		this.mapper = mapper;
	}

	Plan save(Plan before, Plan after) {
		if (mapper.updatePlanGuarded(after, before.status(), before.rowVersion()) != 1) {
			throw new ConflictException("该整改方案刚被他人办理或修改，请刷新后重试");
		}
		return mapper.selectPlan(before.id());
	}

	Measure save(Measure before, Measure after) {
		if (mapper.updateMeasureGuarded(after, before.status(), before.rowVersion()) != 1) {
			throw new ConflictException("该整改措施刚被他人办理或修改，请刷新后重试");
		}
		return mapper.selectMeasure(before.id());
	}

	/** A progress entry by the user (null: the signed-in user, or the system), optionally entered for a unit. */
	long progress(CurrentUser by, long measureId, String kind, String content, String onBehalfOf) {
		var row = new RectificationMapper.ProgressRow();
		row.measureId = measureId;
		row.kind = kind;
		row.content = content;
		CurrentUser u = by != null ? by : CurrentUsers.find().orElse(null);
		row.actor = u == null ? ActivityLog.SYSTEM : u.username();
		row.actorName = u == null ? "系统" : u.displayName();
		row.occurredAt = AppClock.now();
		row.onBehalfOf = onBehalfOf;
		mapper.insertProgress(row);
		return row.id;
	}

}

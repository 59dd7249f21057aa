package cn.statenforce.rectification;

import org.springframework.stereotype.Component;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.organization.CurrentUser;
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

	/** A progress entry by the user, optionally entered for a unit. */
	long progress(CurrentUser by, long measureId, String kind, String content, String onBehalfOf) {
		return progress(by.username(), by.displayName(), measureId, kind, content, onBehalfOf);
	}

	/** A progress entry by the actor of the step (a return: the person who moved the process back). */
	long progress(AuditActor by, long measureId, String kind, String content, String onBehalfOf) {
		return progress(by.username(), by.displayName(), measureId, kind, content, onBehalfOf);
	}

	private long progress(String actor, String actorName, long measureId, String kind, String content, String onBehalfOf) {
		var row = new RectificationMapper.ProgressRow();
		row.measureId = measureId;
		row.kind = kind;
		row.content = content;
		row.actor = actor;
		row.actorName = actorName;
		row.occurredAt = AppClock.now();
		row.onBehalfOf = onBehalfOf;
		mapper.insertProgress(row);
		return row.id;
	}

}

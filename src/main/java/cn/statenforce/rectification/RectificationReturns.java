package cn.statenforce.rectification;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.ReturnHandler;

/**
 * 退回 / 撤回 inside one measure of a rectification plan (the multi-instance part): 对账销号 goes back to 落实整改措施 of
 * the same measure. A return by the leader makes the measure 已退回 (as the sign-off's own 退回 does); the unit's
 * withdrawal of its request for sign-off makes it 整改中 again. Other measures are untouched; the plan's steps
 * (整改报告, 回头看) have no return target (the model puts the measures' part or a timer before them).
 */
@Component
class RectificationReturns implements ReturnHandler {

	private final RectificationMapper mapper;

	private final RectificationStore store;

	private final ActivityLog activity;

	RectificationReturns(RectificationMapper mapper, RectificationStore store, ActivityLog activity) {
		this.mapper = mapper;
		this.store = store;
		this.activity = activity;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(RectificationProcess.KEY);
	}

	@Override
	public boolean allows(String fromStep, String toStep) {
		return RectificationProcess.TASK_SIGN_OFF.equals(fromStep) && RectificationProcess.TASK_WORK_MEASURE.equals(toStep);
	}

	@Override
	public void returned(StepReturn r) {
		Long id = r.id(RectificationProcess.VAR_MEASURE_ID);
		Measure m = id == null ? null : mapper.selectMeasure(id);
		if (!allows(r.fromStep(), r.toStep()) || m == null) {
			throw new ConflictException("该整改措施当前不能退回");
		}
		Plan plan = mapper.selectPlan(m.planId());
		if (r.kind() == Kind.RETURN) {
			store.save(m, m.returnedToUnit());
			store.progress(r.by(), m.id(), "RETURN", r.opinion(), null);
			activity.record(r.by(), plan.bureauId(), MeasureService.SUBJECT_MEASURE, m.id(), "RETURNED", r.opinion(), null);
		}
		else {
			store.save(m, m.withdrawnByUnit());
			activity.record(r.by(), plan.bureauId(), MeasureService.SUBJECT_MEASURE, m.id(), "WITHDRAWN", r.opinion(), null);
		}
	}

}

package cn.statenforce.inspection;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.ReturnHandler;

/**
 * 退回 / 撤回 of an inspection's process: the on-site inspection (现场检查) goes back to serving the notice (送达检查通知书,
 * status 待送达通知书) — the same notice, with the 文号 it was made with, is served again (on the right person). Nothing after the result returns: the result opens the follow-up outside the field work.
 */
@Component
class InspectionReturns implements ReturnHandler {

	private final InspectionMapper mapper;

	InspectionReturns(InspectionMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(InspectionProcess.KEY);
	}

	@Override
	public boolean allows(String fromStep, String toStep) {
		return InspectionProcess.TASK_ONSITE.equals(fromStep) && InspectionProcess.TASK_SERVE_NOTICE.equals(toStep);
	}

	@Override
	public void returned(StepReturn r) {
		Long id = r.id(InspectionProcess.VAR_INSPECTION_ID);
		if (!allows(r.fromStep(), r.toStep()) || id == null
				|| mapper.updateReturnedToNotice(id, AppClock.now()) != 1) {
			throw new ConflictException("该检查当前不能退回至送达检查通知书");
		}
	}

}

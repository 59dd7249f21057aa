package cn.statenforce.complaint;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.ReturnHandler;

/**
 * 退回 / 撤回 of a complaint's process: only 审批举报分办 goes back to 举报分办 (status 分办待审批 → 待分办, as the
 * leader's own "不同意" does). Once the triage is approved the reporter has been told (受理告知), so 核查办理举报 never
 * returns into the acknowledgement part (the model puts it outside that sub-process too).
 */
@Component
class ComplaintReturns implements ReturnHandler {

	private final ComplaintMapper mapper;

	ComplaintReturns(ComplaintMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(ComplaintService.PROCESS_KEY);
	}

	@Override
	public boolean allows(String fromStep, String toStep) {
		return ComplaintService.TASK_APPROVE_TRIAGE.equals(fromStep) && ComplaintService.TASK_TRIAGE.equals(toStep);
	}

	@Override
	public void returned(StepReturn r) {
		Long id = r.id(ComplaintService.VAR_COMPLAINT_ID);
		Complaint c = id == null ? null : mapper.selectComplaint(id);
		if (!allows(r.fromStep(), r.toStep()) || c == null || mapper.updateTriageReturned(id, c.rowVersion()) != 1) {
			throw new ConflictException("该举报当前不能退回至举报分办");
		}
	}

}

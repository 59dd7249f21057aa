package cn.statenforce.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.BatchApprover;

/**
 * 批量审批 of complaints: 审批举报分办 agrees to the inspector's proposal as proposed (the reporter is told, an accepted
 * report's handling period starts); a leader who disagrees returns it one by one with the reason.
 */
@Component
class ComplaintBatchApprover implements BatchApprover {

	private final ComplaintService complaints;

	ComplaintBatchApprover(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(ComplaintService.PROCESS_KEY);
	}

	@Override
	public void approve(CurrentUser user, String taskKey, Map<String, Object> variables, String opinion) {
		if (!ComplaintService.TASK_APPROVE_TRIAGE.equals(taskKey)) {
			throw new ConflictException("该环节需逐件办理，不能批量审批");
		}
		complaints.approveTriage(user, BatchApprover.id(variables, ComplaintService.VAR_COMPLAINT_ID),
				new ComplaintCommands.Approval(true, opinion));
	}

}

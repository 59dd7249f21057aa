package cn.statenforce.credit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.BatchApprover;

/**
 * 批量审批 of credit repairs: 审批信用修复 agrees to the reviewed application (the record leaves the list; the check
 * that it is still published runs per application). The identification of a 严重失信 enterprise is an adverse decision
 * on one party, weighed case by case like a penalty: its step is not marked and is never approved in a batch.
 */
@Component
class CreditBatchApprover implements BatchApprover {

	private final CreditRepairService repairs;

	CreditBatchApprover(CreditRepairService repairs) {
		this.repairs = repairs;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(CreditRepairService.PROCESS_KEY);
	}

	@Override
	public void approve(CurrentUser user, String taskKey, Map<String, Object> variables, String opinion) {
		if (!CreditRepairService.TASK_APPROVE.equals(taskKey)) {
			throw new ConflictException("该环节需逐件办理，不能批量审批");
		}
		repairs.approve(user, BatchApprover.id(variables, CreditRepairService.VAR_REPAIR_ID),
				new CreditCommands.Approval(true, opinion));
	}

}

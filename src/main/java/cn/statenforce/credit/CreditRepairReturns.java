package cn.statenforce.credit;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.ReturnHandler;

/**
 * 退回 / 撤回 of a credit repair: 审批信用修复 goes back to 审核信用修复材料 (status 待审批 → 待审核) for the materials to be
 * reviewed again. The identification (credit-identification.bpmn) has a single user step and so no return; nothing
 * after the approval returns (the record has left the list).
 */
@Component
class CreditRepairReturns implements ReturnHandler {

	private final CreditMapper mapper;

	CreditRepairReturns(CreditMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(CreditRepairService.PROCESS_KEY);
	}

	@Override
	public boolean allows(String fromStep, String toStep) {
		return CreditRepairService.TASK_APPROVE.equals(fromStep) && CreditRepairService.TASK_REVIEW.equals(toStep);
	}

	@Override
	public void returned(StepReturn r) {
		Long id = r.id(CreditRepairService.VAR_REPAIR_ID);
		CreditRepair p = id == null ? null : mapper.selectRepair(id);
		if (!allows(r.fromStep(), r.toStep()) || p == null || mapper.updateRepairReturned(id, p.rowVersion()) != 1) {
			throw new ConflictException("该修复申请当前不能退回至审核");
		}
	}

}

package cn.statenforce.enforcementcase;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.ReturnHandler;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * What the case's status becomes when its process is returned (退回) or withdrawn (撤回) to an earlier step: the status
 * the case has while it waits at that step. Only two steps are lawful targets: 核查线索 (from the filing approvals,
 * before the case is filed: 线索待核查) and 调查取证 (补充调查, from any later step of the handling: 调查取证). Steps that
 * acted towards the party (事先告知, 听证, 送达) are not done again by a return: the investigation is, and the report made
 * again starts the party's windows afresh; the hearing steps do not return while the clock's pause is open.
 */
@Component
class CaseReturns implements ReturnHandler {

	/** Status the case has while it waits at each lawful return target. */
	static final Map<String, CaseStatus> STATUS_AT = Map.of(TASK_ASSESS_LEAD, CaseStatus.LEAD, TASK_INVESTIGATE,
			CaseStatus.INVESTIGATING);

	/** Steps that never return (the hearing's clock pause is open). */
	static final Set<String> NOT_FROM = Set.of(TASK_SCHEDULE_HEARING, TASK_RECORD_HEARING);

	private final CaseTasks steps;

	CaseReturns(CaseTasks steps) {
		this.steps = steps;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(EnforcementCaseProcess.KEY);
	}

	@Override
	public boolean allows(String fromStep, String toStep) {
		return STATUS_AT.containsKey(toStep) && !NOT_FROM.contains(fromStep);
	}

	@Override
	public void returned(StepReturn r) {
		CaseStatus target = STATUS_AT.get(r.toStep());
		Long id = r.id(VAR_CASE_ID);
		if (target == null || id == null) {
			throw new ConflictException("案件不能退回至该环节");
		}
		EnforcementCase c = steps.lockUnchecked(id);
		c.returnTo(target);
		steps.save(c);
	}

}

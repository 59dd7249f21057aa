package cn.statenforce.enforcementcase;

import org.springframework.stereotype.Service;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.handover.CorrectionOutcomeListener;
import cn.statenforce.shared.handover.HandoverOrigin;
import cn.statenforce.shared.handover.LeadHandover;
import cn.statenforce.shared.handover.LeadIntake;
import cn.statenforce.shared.handover.LeadReference;

/**
 * The enforcement case side of the platform hand-overs: leads from inspections ({@link LeadIntake}) and the
 * re-check of an order to correct recorded by the rectification capability ({@link CorrectionOutcomeListener}).
 * Both run in the caller's transaction.
 */
@Service
class CaseHandovers implements LeadIntake, CorrectionOutcomeListener {

	private final CaseIntakeService intake;

	private final CaseClosureService closure;

	CaseHandovers(CaseIntakeService intake, CaseClosureService closure) {
		this.intake = intake;
		this.closure = closure;
	}

	@Override
	public LeadReference registerLead(LeadHandover h) {
		CaseSource source;
		try {
			source = CaseSource.valueOf(h.source());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new BadRequestException("source", "案件来源无效: " + h.source());
		}
		EnforcementCase c = intake.registerHandover(h.bureauId(), source, h.enterpriseId(), h.findings(),
				h.inspectorUsernames(), h.conductDate(), h.originType(), h.originId());
		return new LeadReference(c.getId(), c.getLeadNumber());
	}

	@Override
	public String originType() {
		return HandoverOrigin.ENFORCEMENT_CASE.name();
	}

	@Override
	public void onRechecked(long originId, String originBusinessKey, long correctionId, boolean corrected,
			String opinion) {
		closure.rechecked(originId, correctionId, corrected, opinion);
	}

}

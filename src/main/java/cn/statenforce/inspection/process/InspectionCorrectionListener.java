package cn.statenforce.inspection.process;

import org.springframework.stereotype.Component;

import cn.statenforce.inspection.InspectionService;
import cn.statenforce.shared.handover.CorrectionOutcomeListener;
import cn.statenforce.shared.handover.HandoverOrigin;

/** Receives the rectification module's re-check result for orders to correct issued by an inspection. */
@Component
class InspectionCorrectionListener implements CorrectionOutcomeListener {

	static final String ORIGIN_TYPE = HandoverOrigin.INSPECTION.name();

	private final InspectionService inspections;

	InspectionCorrectionListener(InspectionService inspections) {
		this.inspections = inspections;
	}

	@Override
	public String originType() {
		return ORIGIN_TYPE;
	}

	@Override
	public void onRechecked(long originId, String originBusinessKey, long correctionId, boolean corrected,
			String opinion) {
		inspections.onRechecked(originId, originBusinessKey, corrected, opinion);
	}

}

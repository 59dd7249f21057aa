package cn.statenforce.inspection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.CorrectionTracking;
import cn.statenforce.shared.handover.LeadHandover;
import cn.statenforce.shared.handover.LeadIntake;
import cn.statenforce.shared.handover.LeadReference;

/**
 * The hand-overs to capabilities built alongside this one: {@link LeadIntake} (enforcement case) and
 * {@link CorrectionTracking} (rectification). Both are optional beans: without {@code CorrectionTracking} an
 * order to correct is re-checked inside the inspection process; without {@code LeadIntake} a suspected
 * violation cannot be handed over and the step fails with an incident until the module is deployed.
 */
@Component("inspectionHandovers")
public class InspectionHandovers {

	private final ObjectProvider<LeadIntake> leadIntake;

	private final ObjectProvider<CorrectionTracking> correctionTracking;

	InspectionHandovers(ObjectProvider<LeadIntake> leadIntake, ObjectProvider<CorrectionTracking> correctionTracking) {
		this.leadIntake = leadIntake;
		this.correctionTracking = correctionTracking;
	}

	public boolean leadIntakeAvailable() {
		return leadIntake.getIfAvailable() != null;
	}

	public boolean correctionTrackingAvailable() {
		return correctionTracking.getIfAvailable() != null;
	}

	LeadReference registerLead(LeadHandover handover) {
		LeadIntake intake = leadIntake.getIfAvailable();
		if (intake == null) {
			throw new IllegalStateException("未部署执法办案模块（LeadIntake），无法移交涉嫌违法线索；部署后在流程引擎控制台重试该作业");
		}
		return intake.registerLead(handover);
	}

	/** @return the rectification reference, or null when no rectification module is deployed */
	LeadReference openCorrection(CorrectionOrder order) {
		CorrectionTracking tracking = correctionTracking.getIfAvailable();
		return tracking == null ? null : tracking.openCorrection(order);
	}

}

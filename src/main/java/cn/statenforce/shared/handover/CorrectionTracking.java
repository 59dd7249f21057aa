package cn.statenforce.shared.handover;

/** Implemented by the rectification capability: opens the tracking of an order to correct. */
public interface CorrectionTracking {

	/** @return the rectification reference (id and number) */
	LeadReference openCorrection(CorrectionOrder order);

}

package cn.statenforce.rectification;

import java.util.List;
import java.util.function.Supplier;

import cn.statenforce.shared.handover.CorrectionOutcomeListener;

/**
 * Tells the capability that issued an order to correct how the re-check (复查) came out: every listener whose
 * {@code originType} matches is called, in the caller's transaction. With no matching listener nothing is
 * called (the origin capability may not be installed). Listeners are looked up when an outcome is
 * dispatched, not when the dispatcher is built: the listening capabilities themselves depend on the
 * rectification capability (through the workbench), so resolving them eagerly would be a bean cycle.
 */
public class CorrectionOutcomeDispatcher {

	private final Supplier<List<CorrectionOutcomeListener>> listeners;

	public CorrectionOutcomeDispatcher(Supplier<List<CorrectionOutcomeListener>> listeners) {
		this.listeners = listeners;
	}

	public CorrectionOutcomeDispatcher(List<CorrectionOutcomeListener> listeners) {
		this(() -> listeners);
	}

	/** @return how many listeners were told */
	public int dispatch(Correction correction, boolean corrected, String opinion) {
		int told = 0;
		for (CorrectionOutcomeListener l : listeners.get()) {
			if (l.originType().equals(correction.originType())) {
				l.onRechecked(correction.originId(), correction.originBusinessKey(), correction.planId(), corrected, opinion);
				told++;
			}
		}
		return told;
	}

}

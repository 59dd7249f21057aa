package cn.statenforce.shared.handover;

/**
 * Implemented by each capability that issues orders to correct: told the re-check result so that its
 * own process continues (corrected) or takes its escalation path (not corrected). Called in the
 * transaction that records the re-check.
 */
public interface CorrectionOutcomeListener {

	/** The origin type this listener handles (ENFORCEMENT_CASE, INSPECTION). */
	String originType();

	void onRechecked(long originId, String originBusinessKey, long correctionId, boolean corrected, String opinion);

}

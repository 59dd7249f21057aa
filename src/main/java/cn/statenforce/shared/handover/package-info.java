/**
 * 业务移交: the contracts by which one capability hands work to another without knowing its internals.
 * <ul>
 * <li>an inspection that finds a suspected violation hands a lead to the enforcement case capability
 * ({@link cn.statenforce.shared.handover.LeadIntake});</li>
 * <li>an order to correct (责令改正) from a case or an inspection becomes a one-item rectification with
 * an inspector's re-check ({@link cn.statenforce.shared.handover.CorrectionTracking}); the re-check
 * result flows back to the origin ({@link cn.statenforce.shared.handover.CorrectionOutcomeListener}).</li>
 * </ul>
 * Each call runs in the caller's transaction: the hand-over and the step that makes it commit together.
 */
package cn.statenforce.shared.handover;

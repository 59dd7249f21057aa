package cn.statenforce.shared.handover;

import java.time.LocalDate;
import java.util.List;

/**
 * An order to correct (责令改正) to be tracked as a one-item rectification with an inspector's re-check.
 *
 * @param originType a {@link HandoverOrigin} name; {@code originId} its record id and
 * {@code originBusinessKey} its business key (case number / inspection number)
 * @param problem the violation to correct; {@code measure} what the party must do
 * @param deadline the correction deadline stated in the order
 * @param recheckInspectors the inspectors who re-check (复查); at least two
 */
public record CorrectionOrder(long bureauId, String originType, long originId, String originBusinessKey,
		long enterpriseId, String problem, String measure, LocalDate deadline, List<String> recheckInspectors) {
}

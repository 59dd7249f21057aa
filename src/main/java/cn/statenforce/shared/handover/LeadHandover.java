package cn.statenforce.shared.handover;

import java.time.LocalDate;
import java.util.List;

/**
 * A lead (线索) handed to the enforcement case capability.
 *
 * @param bureauId the bureau that will handle the case
 * @param source case source code: RANDOM_INSPECTION (双随机抽查), SPECIAL_INSPECTION (专项检查), KEY_INSPECTION
 * (重点检查), and the enforcement capability's own sources (REPORT, DATA_REVIEW, HIGHER_ASSIGNED, TRANSFERRED)
 * @param enterpriseId the party, from the directory (名录库)
 * @param findings what the inspectors found, in the inspectors' words
 * @param inspectorUsernames the inspectors who found it (they usually investigate the case)
 * @param conductDate when the suspected conduct happened (limitation and legal regime depend on it)
 * @param originType e.g. INSPECTION; {@code originId} the id of the originating record
 */
public record LeadHandover(long bureauId, String source, long enterpriseId, String findings,
		List<String> inspectorUsernames, LocalDate conductDate, String originType, long originId) {
}

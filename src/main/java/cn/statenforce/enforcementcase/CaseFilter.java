package cn.statenforce.enforcementcase;

import java.util.List;

/**
 * Ledger (案件台账) filter; null fields are not applied. {@code overdue} = the case clock has run out before the
 * decision; {@code filedYear} the year of filing (or of registration for leads).
 */
public record CaseFilter(List<Long> bureauIds, String status, String stage, Boolean overdue, Integer filedYear,
		String violationType, String q, int page, int size) {
}

package cn.statenforce.credit;

/**
 * 年度统计 of statistical credit.
 *
 * @param identified records identified (and published) in the year
 * @param repaired records removed early in the year by credit repair
 * @param revoked records removed in the year because their basis was revoked
 * @param expired records removed in the year when their publication ended
 * @param commitments credit commitment letters signed in the year
 */
public record CreditAnnualFigures(int year, long identified, long repaired, long revoked, long expired,
		long commitments) {
}

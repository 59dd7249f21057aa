package cn.statenforce.leadtransfer;

/**
 * 年度统计 of lead transfers.
 *
 * @param sent transfers whose letter was sent in the year
 * @param toDiscipline of those, to the discipline inspection and supervision body
 * @param toJudicial of those, to the judicial organs
 * @param replied replies recorded in the year
 * @param sanctioned of those, with a sanction
 * @param overdue transfers sent in the year, still without a reply and past their deadline today
 */
public record TransferAnnualFigures(int year, long sent, long toDiscipline, long toJudicial, long replied,
		long sanctioned, long overdue) {
}

package cn.statenforce.interference;

/**
 * 年度统计 of the interference register.
 *
 * @param records records of interferences that happened in the year (0 is the explicit zero the seeds report:
 *        "领导干部违规干预统计工作情况记录为零")
 * @param lateEntries of those, late entries (补记)
 * @param reports periodic reports of the year's periods submitted
 * @param zeroReports of those, zero reports
 */
public record InterferenceAnnualFigures(int year, long records, long lateEntries, long reports, long zeroReports) {
}

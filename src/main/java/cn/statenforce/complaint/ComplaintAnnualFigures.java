package cn.statenforce.complaint;

/**
 * 年度统计 of complaints.
 *
 * @param received reports received in the year, every channel
 * @param receivedOnline of those, through the public page
 * @param accepted reports whose acceptance was approved in the year
 * @param closed reports closed in the year (handled, passed on or outside the remit)
 * @param leads of those handled, turned into enforcement case leads
 */
public record ComplaintAnnualFigures(int year, long received, long receivedOnline, long accepted, long closed,
		long leads) {
}

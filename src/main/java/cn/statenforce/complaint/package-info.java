/**
 * 举报受理: reports of statistical violations from the public page (no login; rate limited per address and overall,
 * with a fill-time check and a honeypot instead of a CAPTCHA) and from staff for phone, mail and visits; triage
 * (accept, pass to another department, outside the remit) with the leader's approval within the acknowledgement
 * period, handling within the handling period, a lead for the enforcement case process, and feedback to the
 * reporter. The reporter's identity is confidential (统计法实施条例第三十八条): see
 * {@link cn.statenforce.complaint.ComplaintService#reporterVisible}.
 */
package cn.statenforce.complaint;

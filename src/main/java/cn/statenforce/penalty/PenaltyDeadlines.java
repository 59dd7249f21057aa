package cn.statenforce.penalty;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.shared.BadRequestException;

/**
 * The statutory windows of penalty procedure on the Chinese working-day calendar. 《行政处罚法》第八十五条: the
 * 2/3/5/7-day windows count working days; other periods ("十五日", months) count calendar days, and one that ends on a
 * public holiday or weekend moves to the next working day. The day of the triggering event is never counted; each
 * method returns the last day of its window (inclusive).
 */
@Service
public class PenaltyDeadlines {

	/** 《行政复议法》第二十条: 60 days from learning of the decision. */
	public static final int ADMINISTRATIVE_REVIEW_DAYS = 60;

	/** 《行政诉讼法》第四十六条: 6 months from learning of the decision. */
	public static final int LITIGATION_MONTHS = 6;

	private final WorkingDayCalendar calendar;

	private final PenaltyPolicy policy;

	public PenaltyDeadlines(WorkingDayCalendar calendar, PenaltyPolicy policy) {
		this.calendar = calendar;
		this.policy = policy;
	}

	/** Last day for the party's statement and defence after the prior notice (事先告知) was served. */
	public LocalDate statementDefenceDeadline(LocalDate noticeServed) {
		return calendar.addWorkingDays(noticeServed, policy.statementDefenceWorkingDays());
	}

	/** Last day to request a hearing after the hearing-rights notice was served (《行政处罚法》第六十四条第（一）项). */
	public LocalDate hearingRequestDeadline(LocalDate noticeServed) {
		return calendar.addWorkingDays(noticeServed, policy.hearingRequestWorkingDays());
	}

	/**
	 * The earliest hearing date when the hearing notice reaches the party on {@code noticeServed}: the notice must be
	 * given at least 7 working days before (《行政处罚法》第六十四条第（二）项).
	 */
	public LocalDate earliestHearingDate(LocalDate noticeServed) {
		return calendar.addWorkingDays(noticeServed, policy.hearingNoticeWorkingDays());
	}

	/** Rejects a hearing scheduled too soon after its notice (400). */
	public void checkHearingNotice(LocalDate noticeServed, LocalDate hearingDate) {
		LocalDate earliest = earliestHearingDate(noticeServed);
		if (hearingDate.isBefore(earliest)) {
			throw new BadRequestException("hearingDate", "听证通知应当在举行听证的" + policy.hearingNoticeWorkingDays()
					+ "个工作日前送达，听证日期最早为" + earliest);
		}
	}

	/** Last day to serve the decision on an absent party (《行政处罚法》第六十一条). */
	public LocalDate serviceDeadline(LocalDate decisionDate) {
		return calendar.addWorkingDays(decisionDate, policy.serviceWorkingDays());
	}

	/**
	 * Last day to pay the fine (《行政处罚法》第六十七条: 15 days from receipt). The period counts calendar days; when its
	 * last day is a rest day (weekend or public holiday on the calendar) it moves to the next working day
	 * (第八十五条 with the general rule on periods), and late charges run from the day after that.
	 */
	public LocalDate paymentDueDate(LocalDate served) {
		return calendar.nextWorkingDayFrom(served.plusDays(policy.paymentDays()));
	}

	/** The day a document served by public notice (公告送达) counts as served (《民事诉讼法》第九十五条: 30 days later). */
	public LocalDate publicNoticeServedOn(LocalDate published) {
		return published.plusDays(policy.publicNoticeDays());
	}

	/**
	 * First day of the window in which orders to correct make an Art 44 violation serious (《统计法实施条例》第五十条第（四）项:
	 * within one year), counted back from {@code today}.
	 */
	public LocalDate repeatedOrdersWindowStart(LocalDate today) {
		return today.minusMonths(policy.seriousCorrectionWindowMonths());
	}

	/** Last day to publish the decision (公示, 国统字〔2023〕49号). */
	public LocalDate publicationDeadline(LocalDate decisionDate) {
		return calendar.addWorkingDays(decisionDate, policy.publicationWorkingDays());
	}

	/**
	 * End of the case time limit: the configured months from filing (立案), plus an approved extension of at most the
	 * configured maximum. Pauses (hearing, public-notice service, suspension) are added by the caller.
	 * @throws BadRequestException if the extension is negative or longer than allowed
	 */
	public LocalDate caseDeadline(LocalDate filingDate, int extensionMonths) {
		if (extensionMonths < 0 || extensionMonths > policy.maxExtensionMonths()) {
			throw new BadRequestException("extensionMonths", "办案期限最多延长" + policy.maxExtensionMonths() + "个月");
		}
		return filingDate.plusMonths((long) policy.caseLimitMonths() + extensionMonths);
	}

	/** Last day to apply for administrative review (复议) of a decision served on this date. */
	public LocalDate administrativeReviewDeadline(LocalDate served) {
		return calendar.nextWorkingDayFrom(served.plusDays(ADMINISTRATIVE_REVIEW_DAYS));
	}

	/** Last day to sue (诉讼) over a decision served on this date. */
	public LocalDate litigationDeadline(LocalDate served) {
		return calendar.nextWorkingDayFrom(served.plusMonths(LITIGATION_MONTHS));
	}

}

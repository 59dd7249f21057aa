package cn.statenforce.enforcementcase;

import java.time.LocalDate;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * The order of a case's dates, in one place: a date a user enters records something that has happened, so it is not
 * after today, and it is not before the earlier steps it follows — the conduct, the filing, the investigation report,
 * the prior notice, the hearing request, the hearing record, the decision. Each refusal is a 400 naming the field and
 * both dates in Chinese; the aggregate calls these checks in its steps, before it changes anything.
 */
final class CaseDateRules {

	private CaseDateRules() {
	}

	/** 违法行为发生日期: not in the future. */
	static void conduct(LocalDate conductDate, LocalDate today) {
		happened("conductDate", "违法行为发生日期", conductDate, today);
	}

	/** 证据取得日期: not in the future, not before the conduct it proves. */
	static void evidence(EnforcementCase c, LocalDate collectedOn, LocalDate today) {
		happened("collectedOn", "证据取得日期", collectedOn, today);
		notBefore("collectedOn", "证据取得日期", collectedOn, "违法行为发生日期", c.getConductDate());
	}

	/** 事先告知书送达日期: on or after the filing and the investigation report, not in the future. */
	static void priorNotice(EnforcementCase c, LocalDate servedOn, LocalDate today) {
		happened("servedOn", "事先告知书送达日期", servedOn, today);
		notBefore("servedOn", "事先告知书送达日期", servedOn, "立案日期", c.getFiledOn());
		notBefore("servedOn", "事先告知书送达日期", servedOn, "调查终结日期", c.getReportedOn());
	}

	/** A waiver (放弃陈述申辩 / 放弃听证): after the party was told of the right, not in the future. */
	static void waiver(EnforcementCase c, String field, String label, LocalDate waivedOn, LocalDate today) {
		happened(field, label, waivedOn, today);
		notBefore(field, label, waivedOn, "事先告知书送达日期", c.getNoticeServedOn());
	}

	/** 听证申请日期: after the notice, within the window (《行政处罚法》第六十四条第（一）项), not in the future. */
	static void hearingRequest(EnforcementCase c, LocalDate requestedOn, LocalDate today) {
		happened("hearingRequestedOn", "听证申请日期", requestedOn, today);
		notBefore("hearingRequestedOn", "听证申请日期", requestedOn, "事先告知书送达日期", c.getNoticeServedOn());
		if (requestedOn.isAfter(c.getHearingRequestDue())) {
			throw new BadRequestException("hearingRequestedOn",
					"听证申请日期（" + requestedOn + "）已超过听证申请期限（" + c.getHearingRequestDue() + "）");
		}
	}

	/** 听证通知送达日期: after the request, not in the future. */
	static void hearingNotice(EnforcementCase c, LocalDate servedOn, LocalDate today) {
		happened("servedOn", "听证通知送达日期", servedOn, today);
		notBefore("servedOn", "听证通知送达日期", servedOn, "听证申请日期", c.getHearingRequestedOn());
	}

	/**
	 * The decision (made on {@code on}, the approval's day): not before the investigation report, the prior notice or
	 * the hearing record. These dates are the system's, so a breach is a conflict (409), not an input error.
	 */
	static void decision(EnforcementCase c, LocalDate on) {
		after(on, c.getReportedOn(), "调查终结日期");
		after(on, c.getNoticeServedOn(), "事先告知书送达日期");
		after(on, c.getHearingRecordedOn(), "听证笔录日期");
	}

	/** 决定书送达日期: on or after the decision, not in the future. */
	static void service(EnforcementCase c, LocalDate servedOn, LocalDate today) {
		happened("servedOn", "决定书送达日期", servedOn, today);
		notBefore("servedOn", "决定书送达日期", servedOn, "处罚决定日期", c.getDecidedOn());
	}

	/** 公示日期: on or after the decision, not in the future. */
	static void publication(EnforcementCase c, LocalDate publishedOn, LocalDate today) {
		happened("publishedOn", "公示日期", publishedOn, today);
		notBefore("publishedOn", "公示日期", publishedOn, "处罚决定日期", c.getDecidedOn());
	}

	/** 缴款日期: on or after the decision, not in the future. */
	static void payment(EnforcementCase c, LocalDate paidOn, LocalDate today) {
		happened("paidOn", "缴款日期", paidOn, today);
		notBefore("paidOn", "缴款日期", paidOn, "处罚决定日期", c.getDecidedOn());
	}

	/** 提起复议或诉讼日期: on or after the decision it challenges, not in the future. */
	static void appeal(EnforcementCase c, LocalDate filedOn, LocalDate today) {
		happened("filedOn", "提起复议或诉讼日期", filedOn, today);
		notBefore("filedOn", "提起复议或诉讼日期", filedOn, "处罚决定日期", c.getDecidedOn());
	}

	/** 改正期限: a time still to come. */
	static void correctionDeadline(LocalDate deadline, LocalDate today) {
		if (deadline == null || !deadline.isAfter(today)) {
			throw new BadRequestException("correctionDeadline", "改正期限应晚于今天（" + today + "）");
		}
	}

	private static void happened(String field, String label, LocalDate date, LocalDate today) {
		if (date == null) {
			throw new BadRequestException(field, "请填写" + label);
		}
		if (date.isAfter(today)) {
			throw new BadRequestException(field, label + "（" + date + "）不能晚于今天（" + today + "）");
		}
	}

	private static void notBefore(String field, String label, LocalDate date, String earlierLabel, LocalDate earlier) {
		if (earlier != null && date.isBefore(earlier)) {
			throw new BadRequestException(field, label + "（" + date + "）不能早于" + earlierLabel + "（" + earlier + "）");
		}
	}

	private static void after(LocalDate decided, LocalDate earlier, String earlierLabel) {
		if (earlier != null && decided.isBefore(earlier)) {
			throw new ConflictException("处罚决定日期（" + decided + "）不能早于" + earlierLabel + "（" + earlier + "）");
		}
	}

}

package cn.statenforce.enforcementcase;

import java.math.BigDecimal;

/**
 * 执法案件年度数字 of a set of bureaus. Each figure is counted in the year of its own defining date, so one case
 * may count as filed in one year and decided or closed in the next.
 *
 * @param year the calendar year
 * @param leadsRegistered leads (线索) registered in the year (registration time), whatever became of them
 * @param casesFiled cases filed (立案, ordinary procedure) with a filing date in the year
 * @param warnings decisions of 警告 alone with a decision date in the year (ordinary and summary procedure)
 * @param warningsWithFine decisions of 警告并处罚款 with a decision date in the year
 * @param circulations decisions of 通报批评 with a decision date in the year
 * @param noPenalty decisions 不予行政处罚 (违法行为轻微) with a decision date in the year
 * @param notEstablished decisions 违法事实不成立 with a decision date in the year
 * @param transferred decisions to transfer to the judicial organs (移送) with a decision date in the year
 * @param summaryWarnings warnings given on the spot under the summary procedure (简易程序, APL Art 51), decision date
 *        in the year; they are also counted in {@code warnings}
 * @param summaryWarningsWithFine decisions of 警告并处罚款 on the spot under the summary procedure, decision date in
 *        the year; they are also counted in {@code warningsWithFine}
 * @param finesTotal yuan of the fines decided in the year (decision amount, not the amount paid)
 * @param ordersToCorrect decisions in the year that order the party to correct (责令改正), with a penalty or without
 *        (不予处罚 with an order to correct), in the ordinary or the summary procedure
 * @param hearingsHeld hearings (听证) held on a date in the year
 * @param legalReviews legal reviews (法制审核) recorded in the year, passed or returned
 * @param closed cases closed (结案) with a closing date in the year
 * @param overdueOpen cases filed in the year that, as of today, have no decision yet and are past their case
 *        deadline (办案期限, with approved extensions and pauses)
 */
public record CaseAnnualFigures(int year, long leadsRegistered, long casesFiled, long warnings, long warningsWithFine,
		long circulations, long noPenalty, long notEstablished, long transferred, long summaryWarnings,
		long summaryWarningsWithFine, BigDecimal finesTotal, long ordersToCorrect, long hearingsHeld, long legalReviews, long closed, long overdueOpen) {
}

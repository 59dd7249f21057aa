package cn.statenforce.inspection;

import java.util.Map;

/**
 * 执法检查年度数字 of a set of bureaus. Every figure counts the inspections whose on-site inspection date
 * (检查日期, {@code inspected_on}) lies in the year; an inspection not yet carried out counts in no year.
 *
 * @param year the calendar year
 * @param unitsByPlanType units (distinct directory units) inspected, per plan type (双随机抽查, 部门联合抽查, 专项检查,
 *        重点检查); every plan type is present, zero when none
 * @param unitsInspected units (distinct) inspected under any plan; a unit inspected under two plan types counts
 *        once here and once under each type
 * @param inspections inspections carried out (one per unit and plan)
 * @param noProblem inspections whose result was 未发现问题
 * @param ordersToCorrect inspections whose result was 责令改正 (情节轻微)
 * @param summaryProcedure inspections whose result was 简易程序 (penalty on the spot, 行政处罚法 Art 51)
 * @param handedOver inspections handed over to the enforcement case capability as a lead (移交立案), whether at
 *        once (涉嫌违法) or after an order to correct was not complied with
 */
public record InspectionAnnualFigures(int year, Map<PlanType, Long> unitsByPlanType, long unitsInspected,
		long inspections, long noProblem, long ordersToCorrect, long summaryProcedure, long handedOver) {
}

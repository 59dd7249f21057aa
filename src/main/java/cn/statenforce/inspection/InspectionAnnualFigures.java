package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 执法检查年度数字 of a set of bureaus. Every figure counts the inspections whose on-site inspection date
 * (检查日期, {@code inspected_on}) lies in the year; an inspection not yet carried out counts in no year. A decision
 * on the spot (简易程序) is made at the on-site inspection, so it too counts by that date.
 *
 * @param year the calendar year
 * @param unitsByPlanType units (distinct directory units) inspected, per plan type (双随机抽查, 部门联合抽查, 专项检查,
 *        重点检查); every plan type is present, zero when none
 * @param unitsByTopic units inspected by 专项 and 重点 checks per 检查专题 (only topics with units; a plan without a
 *        topic, drafted before topics existed, counts under {@link #NO_TOPIC})
 * @param unitsInspected units (distinct) inspected under any plan; a unit inspected under two plan types counts
 *        once here and once under each type
 * @param unitsWithProblems units (distinct) for which an inspection found a problem (any result but 未发现问题)
 * @param inspections inspections carried out (one per unit and plan)
 * @param noProblem inspections whose result was 未发现问题
 * @param ordersToCorrect inspections whose result was 责令改正 (情节轻微): each is a written order to correct
 * @param summaryProcedure inspections whose result was 简易程序 (penalty on the spot, 行政处罚法 Art 51)
 * @param handedOver inspections handed over to the enforcement case capability as a lead (移交立案), whether at
 *        once (涉嫌违法) or after an order to correct was not complied with
 * @param summaryWarnings decisions on the spot recorded as 警告
 * @param summaryFines decisions on the spot recorded as 罚款
 * @param summaryFinesTotal yuan of those fines
 * @param writtenOrders written orders to correct issued by inspections: every 责令改正 and every penalty on the spot,
 *        which orders correction with it (行政处罚法 Art 28)
 */
public record InspectionAnnualFigures(int year, Map<PlanType, Long> unitsByPlanType, List<TopicUnits> unitsByTopic,
		long unitsInspected, long unitsWithProblems, long inspections, long noProblem, long ordersToCorrect,
		long summaryProcedure, long handedOver, long summaryWarnings, long summaryFines, BigDecimal summaryFinesTotal,
		long writtenOrders) {

	/** The topic code under which plans without a topic are counted. */
	public static final String NO_TOPIC = "NONE";

	/** Units of one plan type (专项 or 重点) and topic. */
	public record TopicUnits(PlanType planType, String topic, String topicLabel, long units) {
	}

}

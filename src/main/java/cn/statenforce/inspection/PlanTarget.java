package cn.statenforce.inspection;

/** A unit a 重点检查 names (重点检查对象), with the reason the plan gives for checking it. */
public record PlanTarget(Long planId, Long enterpriseId, String creditCode, String enterpriseName, String reason) {

	PlanTarget withReason(String why) {
		return new PlanTarget(planId, enterpriseId, creditCode, enterpriseName, why);
	}

}

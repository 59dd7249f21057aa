package cn.statenforce.inspection.process;

/** The contract of {@code processes/inspection-plan.bpmn}: its key, the element ids code touches, variables. */
public final class InspectionPlanProcess {

	public static final String KEY = "inspection-plan";

	/** 审批检查计划: the bureau's leaders. */
	public static final String TASK_APPROVE = "Task_ApprovePlan";

	/** 修改检查计划: the plan's author after a rejection, completed by resubmitting. */
	public static final String TASK_REVISE = "Task_RevisePlan";

	/** 随机抽取 (a 重点检查: 分派执法人员). */
	public static final String TASK_DRAW = "Task_DrawPlan";

	/** 启动检查; while it is open a leader may still order a redraw. */
	public static final String TASK_START = "Task_StartInspections";

	/** 公开计划和结果: a leader, after the draw; due once the inspections started. */
	public static final String TASK_PUBLISH = "Task_PublishPlan";

	/** inspection_plan.id */
	public static final String VAR_PLAN_ID = "planId";

	/** the plan's bureau's region code (candidate groups {@code LEADER_<regionCode>} …) */
	public static final String VAR_REGION_CODE = "regionCode";

	/** username of the plan's author (assignee of 修改检查计划) */
	public static final String VAR_AUTHOR = "author";

	/** routing flag of 审批检查计划 */
	public static final String VAR_APPROVED = "approved";

	/** due date of 公开计划和结果 (java.util.Date, null before the inspections started) */
	public static final String VAR_PUBLISH_DUE = "publishDue";

	private InspectionPlanProcess() {
	}

}

package cn.statenforce.enforcementcase;

import java.util.Map;

/** Chinese names of the process steps (as in the model), for messages about a step that is not open. */
final class EnforcementCaseTaskNames {

	private static final Map<String, String> NAMES = Map.ofEntries(
			Map.entry("Task_AssessLead", "核查线索"),
			Map.entry("Task_ApproveNotFiling", "审批不予立案"),
			Map.entry("Task_CheckLimitation", "追责时效检查"),
			Map.entry("Task_ApproveFiling", "立案审批"),
			Map.entry("Task_FileCase", "立案编号"),
			Map.entry("Task_SummaryDecision", "当场处罚"),
			Map.entry("Task_FileSummaryDecision", "当场处罚决定备案"),
			Map.entry("Task_Investigate", "调查取证"),
			Map.entry("Task_RecommendDiscretion", "裁量基准建议"),
			Map.entry("Task_ProposeHandling", "拟处理意见"),
			Map.entry("Task_PriorNotice", "事先告知"),
			Map.entry("Task_RecordStatement", "陈述申辩"),
			Map.entry("Task_ScheduleHearing", "听证通知"),
			Map.entry("Task_RecordHearing", "听证记录"),
			Map.entry("Task_DetermineGates", "确定审核与审批要求"),
			Map.entry("Task_LegalReview", "法制审核"),
			Map.entry("Task_CollectiveDiscussion", "集体讨论"),
			Map.entry("Task_ApproveDecision", "处罚决定审批"),
			Map.entry("Task_IssueDecision", "制作决定书"),
			Map.entry("Task_ApproveExtension", "延期审批"),
			Map.entry("Task_CheckCaseClock", "办案期限检查"),
			Map.entry("Task_SuperviseOverdue", "逾期督办"),
			Map.entry("Task_TransferCase", "移送司法机关"),
			Map.entry("Task_ServeDecision", "送达决定书"),
			Map.entry("Task_Publish", "公示"),
			Map.entry("Task_RecordPayment", "罚款缴纳"),
			Map.entry("Task_OpenCorrection", "登记责令改正"),
			Map.entry("Task_HandleUncorrected", "未改正处理"),
			Map.entry("Task_ApproveClosure", "结案审批"),
			Map.entry("Task_SupplementExecution", "补充执行材料"),
			Map.entry("Task_Archive", "立卷归档")
	);

	private EnforcementCaseTaskNames() {
	}

	static String of(String taskKey) {
		return NAMES.getOrDefault(taskKey, taskKey);
	}

}

package cn.statenforce.audit;

import java.util.Map;

/**
 * Chinese words for the record types and the action codes some registers write ({@code REGISTERED}); actions that
 * are already Chinese (送达检查通知书) are shown as they are. No code reaches a bureau user's screen.
 */
public final class AuditLabels {

	private static final Map<String, String> SUBJECTS = Map.ofEntries(Map.entry("ENFORCEMENT_CASE", "执法案件"),
			Map.entry("INSPECTION", "执法检查"), Map.entry("INSPECTION_PLAN", "检查计划"), Map.entry("DIRECTORY_IMPORT", "名录导入"),
			Map.entry("RECTIFICATION_PLAN", "整改"), Map.entry("RECTIFICATION_MEASURE", "整改措施"),
			Map.entry("RECTIFICATION_DIRECTORY", "责任单位与领导"), Map.entry("COMPLAINT", "举报"),
			Map.entry("CREDIT_RECORD", "统计信用"), Map.entry("CREDIT_REPAIR", "信用修复"), Map.entry("CREDIT_COMMITMENT", "信用承诺"),
			Map.entry("INTERFERENCE_RECORD", "干预记录"), Map.entry("INTERFERENCE_RECORDERS", "干预记录人"),
			Map.entry("INTERFERENCE_REPORT", "干预记录定期报告"), Map.entry("LEAD_TRANSFER", "移送线索"),
			Map.entry("TRAINING", "培训与普法"), Map.entry("ENGINE_OPERATION", "流程引擎操作"), Map.entry("CALENDAR", "工作日历"));

	private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("REGISTERED", "登记"), Map.entry("UPDATED", "修改"),
			Map.entry("APPROVED", "批准"), Map.entry("REJECTED", "不予批准"), Map.entry("RETURNED", "退回"), Map.entry("REPLIED", "登记回复"),
			Map.entry("REMINDED", "提醒"), Map.entry("ESCALATED", "督办"), Map.entry("PROPOSED", "提出"), Map.entry("IDENTIFIED", "认定"),
			Map.entry("NOT_IDENTIFIED", "不予认定"), Map.entry("RECEIVED", "收到"), Map.entry("RECORDED", "记录"),
			Map.entry("REVIEWED", "审核"), Map.entry("HANDLED", "办理"), Map.entry("TRIAGED", "分办"), Map.entry("APPLIED", "申请"),
			Map.entry("EXPIRED", "期满"), Map.entry("SIGNED_OFF", "销号"), Map.entry("FOLLOWED_UP", "跟进"),
			Map.entry("EVIDENCE", "证据"), Map.entry("EVIDENCE_FILE", "上传证据文件"), Map.entry("APPEAL", "复议诉讼"),
			Map.entry("RECOMMENDED", "裁量建议"), Map.entry("DEADLINE_CHANGED", "调整期限"),
			Map.entry("PROBLEM_CLOSED", "问题整改完成"), Map.entry("LEDGER_IMPORTED", "导入台账"),
			Map.entry("FEEDBACK_REGISTERED", "登记反馈"), Map.entry("PROGRESS_REPORTED", "报告进展"));

	private AuditLabels() {
	}

	public static String subject(String type) {
		return SUBJECTS.getOrDefault(type, "其他记录");
	}

	/** The action in Chinese: as written when it is Chinese, from the table for a code, else 办理. */
	public static String action(String action) {
		if (action == null) {
			return "";
		}
		if (!action.chars().allMatch(ch -> ch < 128)) {
			return action;
		}
		return ACTIONS.getOrDefault(action, "办理");
	}

	/** 人员 or 系统. */
	public static String actorKind(String kind) {
		return AuditActor.Kind.SYSTEM.name().equals(kind) ? "系统" : "人员";
	}

}

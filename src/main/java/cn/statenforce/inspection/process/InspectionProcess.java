package cn.statenforce.inspection.process;

/** The contract of {@code processes/inspection.bpmn}: its key, the element ids code touches, variables. */
public final class InspectionProcess {

	public static final String KEY = "inspection";

	public static final String TASK_SERVE_NOTICE = "Task_ServeNotice";

	public static final String TASK_ONSITE = "Task_OnSiteInspection";

	public static final String TASK_SUMMARY_DECISION = "Task_RecordSummaryDecision";

	public static final String TASK_ORDER_CORRECTION = "Task_OrderCorrection";

	public static final String TASK_HAND_OVER = "Task_HandOverLead";

	public static final String TASK_CLOSE = "Task_CloseInspection";

	public static final String TASK_REMINDER = "Task_SendReminder";

	public static final String TASK_ESCALATE = "Task_EscalateOverdue";

	public static final String EVENT_RECHECKED = "Event_CorrectionRechecked";

	public static final String MESSAGE_RECHECKED = "InspectionCorrectionRechecked";

	/** inspection.id */
	public static final String VAR_INSPECTION_ID = "inspectionId";

	/** usernames of the two drawn inspectors (candidate users of every task) */
	public static final String VAR_INSPECTOR1 = "inspector1";

	public static final String VAR_INSPECTOR2 = "inspector2";

	/** due date of notice and on-site inspection; reminder and overdue timer dates (java.util.Date) */
	public static final String VAR_TASK_DUE = "taskDue";

	public static final String VAR_REMINDER_AT = "reminderAt";

	public static final String VAR_OVERDUE_AT = "overdueAt";

	/** routing flag: InspectionResult name */
	public static final String VAR_RESULT = "result";

	/** routing flag: the re-check found the problem corrected */
	public static final String VAR_CORRECTED = "corrected";

	private InspectionProcess() {
	}

}

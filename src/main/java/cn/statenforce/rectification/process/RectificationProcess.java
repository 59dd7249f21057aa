package cn.statenforce.rectification.process;

/** Contract of {@code rectification.bpmn} and {@code correction-recheck.bpmn}: keys, element ids, variables. */
public final class RectificationProcess {

	public static final String KEY = "rectification";

	public static final String CORRECTION_KEY = "correction-recheck";

	public static final String SUBPROCESS_MEASURE = "SubProcess_Measure";

	public static final String TASK_WORK_MEASURE = "Task_WorkMeasure";

	public static final String TASK_SIGN_OFF = "Task_SignOff";

	public static final String TASK_APPROVE_DEADLINE_CHANGE = "Task_ApproveDeadlineChange";

	public static final String TASK_CHECK_DEADLINE = "Task_CheckDeadline";

	public static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";

	public static final String TASK_LOOK_BACK = "Task_LookBack";

	public static final String TASK_REVIEW_MECHANISMS = "Task_ReviewMechanisms";

	public static final String EVENT_MECHANISM_REVIEW_DUE = "Event_MechanismReviewDue";

	public static final String TASK_REMIND_REPORT = "Task_RemindReport";

	public static final String EVENT_REPORT_DUE = "Event_ReportDue";

	public static final String EVENT_DEADLINE_CHECK = "Event_DeadlineCheck";

	public static final String EVENT_DEADLINE_CHANGE_REQUESTED = "Event_DeadlineChangeRequested";

	public static final String EVENT_LOOK_BACK_DUE = "Event_LookBackDue";

	public static final String EVENT_PLAN_FINISHED = "Event_PlanFinished";

	public static final String TASK_RECHECK = "Task_Recheck";

	public static final String TASK_REMIND_RECHECK = "Task_RemindRecheck";

	public static final String EVENT_RECHECK_DUE = "Event_RecheckDue";

	public static final String EVENT_RECHECKED = "Event_Rechecked";

	public static final String MSG_DEADLINE_CHANGE_REQUESTED = "Msg_DeadlineChangeRequested";

	public static final String MSG_AMENDMENT_REQUESTED = "Msg_AmendmentRequested";

	public static final String SUBPROCESS_AMENDMENT = "SubProcess_Amendment";

	public static final String EVENT_AMENDMENT_REQUESTED = "Event_AmendmentRequested";

	public static final String TASK_APPROVE_AMENDMENT = "Task_ApproveAmendment";

	public static final String EVENT_AMENDMENT_DECIDED = "Event_AmendmentDecided";

	public static final String VAR_AMENDMENT_ID = "amendmentId";

	public static final String VAR_PLAN_ID = "planId";

	public static final String VAR_MEASURE_ID = "measureId";

	public static final String VAR_SIGNED_OFF = "signedOff";

	public static final String VAR_REBOUND = "rebound";

	private RectificationProcess() {
	}

}

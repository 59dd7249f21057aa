package cn.statenforce.enforcementcase.process;

/**
 * The contract of {@code processes/enforcement-case.bpmn}: process key, element ids code and tests touch,
 * variable names (ids and routing flags only) and message names.
 */
public final class EnforcementCaseProcess {

	public static final String KEY = "enforcement-case";

	public static final String SUBJECT_TYPE = "ENFORCEMENT_CASE";

	// user tasks
	public static final String TASK_ASSESS_LEAD = "Task_AssessLead";
	public static final String TASK_APPROVE_NOT_FILING = "Task_ApproveNotFiling";
	public static final String TASK_APPROVE_FILING = "Task_ApproveFiling";
	public static final String TASK_SUMMARY_DECISION = "Task_SummaryDecision";
	public static final String TASK_INVESTIGATE = "Task_Investigate";
	public static final String TASK_PROPOSE_HANDLING = "Task_ProposeHandling";
	public static final String TASK_PRIOR_NOTICE = "Task_PriorNotice";
	public static final String TASK_RECORD_STATEMENT = "Task_RecordStatement";
	public static final String TASK_SCHEDULE_HEARING = "Task_ScheduleHearing";
	public static final String TASK_RECORD_HEARING = "Task_RecordHearing";
	public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
	public static final String TASK_COLLECTIVE_DISCUSSION = "Task_CollectiveDiscussion";
	public static final String TASK_APPROVE_DECISION = "Task_ApproveDecision";
	public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
	public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
	public static final String TASK_TRANSFER_CASE = "Task_TransferCase";
	public static final String TASK_SERVE_DECISION = "Task_ServeDecision";
	public static final String TASK_PUBLISH = "Task_Publish";
	public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";
	public static final String TASK_HANDLE_UNCORRECTED = "Task_HandleUncorrected";
	public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
	public static final String TASK_SUPPLEMENT_EXECUTION = "Task_SupplementExecution";
	public static final String TASK_ARCHIVE = "Task_Archive";

	// service tasks (asyncBefore) and events
	public static final String TASK_CHECK_LIMITATION = "Task_CheckLimitation";
	public static final String TASK_FILE_CASE = "Task_FileCase";
	public static final String TASK_FILE_SUMMARY_DECISION = "Task_FileSummaryDecision";
	public static final String TASK_RECOMMEND_DISCRETION = "Task_RecommendDiscretion";
	public static final String TASK_DETERMINE_GATES = "Task_DetermineGates";
	public static final String TASK_ISSUE_DECISION = "Task_IssueDecision";
	public static final String TASK_CHECK_CASE_CLOCK = "Task_CheckCaseClock";
	public static final String TASK_OPEN_CORRECTION = "Task_OpenCorrection";
	public static final String EVENT_CASE_CLOCK_TICK = "Event_CaseClockTick";
	public static final String EVENT_CORRECTION_RECHECKED = "Event_CorrectionRechecked";
	public static final String END_NOT_FILED = "EndEvent_NotFiled";
	public static final String END_ARCHIVED = "EndEvent_Archived";
	public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";

	// variables
	public static final String VAR_CASE_ID = "caseId";
	public static final String VAR_REGION_CODE = "regionCode";
	public static final String VAR_PROPOSAL = "proposal";
	public static final String VAR_APPROVED = "approved";
	public static final String VAR_TIME_BARRED = "timeBarred";
	public static final String VAR_DISPOSITION = "disposition";
	public static final String VAR_HEARING_REQUESTED = "hearingRequested";
	/** Username of the hearing's chair, the assignee of the hearing record. */
	public static final String VAR_HEARING_CHAIR = "hearingChair";
	public static final String VAR_LEGAL_REVIEW_REQUIRED = "legalReviewRequired";
	public static final String VAR_LEGAL_REVIEW_PASSED = "legalReviewPassed";
	public static final String VAR_DISCUSSION_REQUIRED = "discussionRequired";
	public static final String VAR_DECISION_APPROVER_GROUP = "decisionApproverGroup";
	public static final String VAR_PUBLISHABLE = "publishable";
	public static final String VAR_FINE_DUE = "fineDue";
	public static final String VAR_CORRECTION_ORDERED = "correctionOrdered";
	public static final String VAR_CORRECTED = "corrected";
	public static final String VAR_ESCALATE = "escalate";
	public static final String VAR_EXTENSION_MONTHS_REQUESTED = "extensionMonthsRequested";

	// messages
	public static final String MSG_EXTENSION_REQUESTED = "CaseExtensionRequested";
	public static final String MSG_CORRECTION_RECHECKED = "CorrectionRechecked";

	private EnforcementCaseProcess() {
	}

}

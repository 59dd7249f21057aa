package cn.statenforce.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.complaint.ComplaintService;

/** Delegates and the task listener of complaint.bpmn. */
@Configuration
class ComplaintDelegates {

	/** Task_RemindAcknowledgement. */
	@Bean("complaintAckReminder")
	JavaDelegate ackReminder(ComplaintService complaints) {
		return (DelegateExecution e) -> complaints.remindAcknowledgement(id(e.getVariable(ComplaintService.VAR_COMPLAINT_ID)));
	}

	/** Task_EscalateHandling. */
	@Bean("complaintHandlingEscalation")
	JavaDelegate handlingEscalation(ComplaintService complaints) {
		return (DelegateExecution e) -> complaints.escalateHandling(id(e.getVariable(ComplaintService.VAR_COMPLAINT_ID)));
	}

	/** Assignment of Task_TriageComplaint: the one who signs for the triage becomes the handler. */
	@Bean("complaintHandlerListener")
	TaskListener handlerListener(ComplaintService complaints) {
		return (DelegateTask t) -> complaints.assignHandler(id(t.getVariable(ComplaintService.VAR_COMPLAINT_ID)), t.getAssignee());
	}

	private static long id(Object v) {
		return ((Number) v).longValue();
	}

}

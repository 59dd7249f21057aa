package cn.statenforce.leadtransfer.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.leadtransfer.TransferService;

/** Task_RemindReply and Task_EscalateReply of lead-transfer.bpmn. */
@Configuration
class TransferDelegates {

	@Bean("transferReplyReminder")
	JavaDelegate reminder(TransferService transfers) {
		return (DelegateExecution e) -> transfers.remind(id(e));
	}

	@Bean("transferReplyEscalation")
	JavaDelegate escalation(TransferService transfers) {
		return (DelegateExecution e) -> transfers.escalate(id(e));
	}

	private static long id(DelegateExecution e) {
		return ((Number) e.getVariable(TransferService.VAR_TRANSFER_ID)).longValue();
	}

}

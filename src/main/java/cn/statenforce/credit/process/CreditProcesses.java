package cn.statenforce.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.credit.CreditRepairService;
import cn.statenforce.credit.CreditService;

/** Delegates of credit-identification.bpmn and credit-repair.bpmn. */
@Configuration
class CreditProcesses {

	/** Task_EndPublication. */
	@Bean("creditPublicationEnder")
	JavaDelegate publicationEnder(CreditService records) {
		return (DelegateExecution e) -> records.endPublication(((Number) e.getVariable(CreditService.VAR_RECORD_ID)).longValue());
	}

	/** Task_RemovePublication. */
	@Bean("creditRepairRemover")
	JavaDelegate repairRemover(CreditRepairService repairs) {
		return (DelegateExecution e) -> repairs.remove(((Number) e.getVariable(CreditRepairService.VAR_REPAIR_ID)).longValue());
	}

}

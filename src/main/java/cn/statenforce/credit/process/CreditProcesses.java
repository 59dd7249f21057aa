package cn.statenforce.credit.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import cn.statenforce.credit.CreditRepairService;
import cn.statenforce.credit.CreditService;
import cn.statenforce.shared.AppClock;

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

	/** {@code ${creditDates.publicationEnd(recordId)}}: the start of the first day after the publication period. */
	@Component("creditDates")
	static class CreditDates {

		private final CreditService records;

		CreditDates(CreditService records) {
			this.records = records;
		}

		public Date publicationEnd(long recordId) {
			return Date.from(records.unchecked(recordId).publishedUntil().plusDays(1).atStartOfDay(AppClock.ZONE).toInstant());
		}

	}

}

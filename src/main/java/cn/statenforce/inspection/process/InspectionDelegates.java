package cn.statenforce.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.inspection.InspectionService;

/**
 * The service tasks of {@code inspection.bpmn}: each reads the inspection id and calls one method of
 * {@link InspectionService}; bean names are the models' delegate expressions.
 */
@Configuration
class InspectionDelegates {

	private static long inspectionId(DelegateExecution execution) {
		return ((Number) execution.getVariable(InspectionProcess.VAR_INSPECTION_ID)).longValue();
	}

	@Bean
	JavaDelegate inspectionOrderCorrectionDelegate(InspectionService inspections) {
		return execution -> inspections.orderCorrection(inspectionId(execution));
	}

	@Bean
	JavaDelegate inspectionHandOverDelegate(InspectionService inspections) {
		return execution -> inspections.handOver(inspectionId(execution));
	}

	@Bean
	JavaDelegate inspectionCloseDelegate(InspectionService inspections) {
		return execution -> inspections.close(inspectionId(execution));
	}

	@Bean
	JavaDelegate inspectionReminderDelegate(InspectionService inspections) {
		return execution -> inspections.remind(inspectionId(execution));
	}

	@Bean
	JavaDelegate inspectionEscalationDelegate(InspectionService inspections) {
		return execution -> inspections.escalate(inspectionId(execution));
	}

}

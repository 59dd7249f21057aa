package cn.statenforce.rectification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.statenforce.rectification.MeasureService;

/** Task_CheckDeadline: runs the measure's deadline clock (reminder and overdue ladder). */
@Component("rectificationDeadlineCheck")
class DeadlineCheckDelegate implements JavaDelegate {

	private final MeasureService measures;

	DeadlineCheckDelegate(MeasureService measures) {
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		measures.checkDeadline(((Number) execution.getVariable(RectificationProcess.VAR_MEASURE_ID)).longValue());
	}

}

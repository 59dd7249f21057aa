package cn.statenforce.inspection;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, plans submitted before every plan decision was a user task (rows without a process instance) get
 * their process at the step they stand at ({@link InspectionPlanService#attachProcesses()}); idempotent.
 */
@Component
class InspectionPlanProcesses implements ApplicationRunner {

	private final InspectionPlanService plans;

	InspectionPlanProcesses(InspectionPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void run(ApplicationArguments args) {
		plans.attachProcesses();
	}

}

package cn.statenforce.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Actuator health of the process engine: its name, deployments and whether the job executor runs. */
@Component("engineHealthIndicator")
class EngineHealthIndicator extends AbstractHealthIndicator {

	private final ProcessEngine engine;

	EngineHealthIndicator(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		long deployments = engine.getRepositoryService().createDeploymentQuery().count();
		var jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration()).getJobExecutor();
		builder.up()
			.withDetail("name", engine.getName())
			.withDetail("deployments", deployments)
			.withDetail("jobExecutorActive", jobExecutor != null && jobExecutor.isActive());
	}

}

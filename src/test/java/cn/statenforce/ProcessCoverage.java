package cn.statenforce;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.springframework.stereotype.Component;

/**
 * camunda-process-test-coverage on the one engine of the fast suite: a test-only engine plugin installs the
 * coverage parse listener before the models are deployed and collects every flow node and sequence flow that any
 * test of this JVM runs (one suite, one run: the shared Spring context starts the engine once). The threshold per
 * model is checked by {@link ProcessCoverageThresholdTest}, which runs after all other test classes.
 */
@Component
class ProcessCoverage implements ProcessEnginePlugin {

	static final String SUITE = "fast-suite";

	private static volatile DefaultCollector collector;

	/** The collector of this JVM's engine; {@code null} when no Spring test started the engine. */
	static DefaultCollector collector() {
		return collector;
	}

	static Run run() {
		DefaultCollector c = collector;
		return c == null ? null : c.getActiveRun();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DefaultCollector c = new DefaultCollector(new ExecutionContextModelProvider());
		c.createSuite(new Suite(SUITE, SUITE));
		c.activateSuite(SUITE);
		c.createRun(new Run(SUITE, SUITE), SUITE);
		c.activateRun(SUITE);
		new ProcessEngineAdapter(engine, c).initializeListeners();
		collector = c;
	}

}

package cn.statenforce.system.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Closes the ways from a process model to arbitrary code: expressions see only the exposed beans and pass
 * the {@link ExpressionSandbox}; scripts and Java-class delegates are refused at deployment
 * ({@link ModelPolicyParseListener}) and scripts have no engine to run on ({@link NoScriptEngineResolver});
 * the engine refuses deployments while it serves the engine REST API or the webapps
 * ({@link EngineApiDeploymentGuard}). The HTTP side (who may call what) is in {@code SecurityConfig}.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(EngineHardeningPlugin.class);

	private final ApplicationContext applicationContext;

	private final ProcessExpressionBeans beans;

	EngineHardeningPlugin(ApplicationContext applicationContext, ProcessExpressionBeans beans) {
		this.applicationContext = applicationContext;
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// derive (and check) the exposed beans now, so that a model naming a forbidden bean stops the start
		LOG.info("beans exposed to process expressions: {}", beans.names());
		configuration.setBeans(beans.asEngineBeans());
		configuration.setExpressionManager(new SandboxedExpressionManager(applicationContext, beans));
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new ModelPolicyParseListener(beans));
		configuration.setScriptEngineResolver(new NoScriptEngineResolver());
		if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPreCommandInterceptorsTxRequired().add(new EngineApiDeploymentGuard());
	}

}

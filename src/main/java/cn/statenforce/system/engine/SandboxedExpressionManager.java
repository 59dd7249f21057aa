package cn.statenforce.system.engine;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Camunda's Spring expression manager limited to the exposed beans (its {@code beans} map, instead of the
 * whole application context) and wrapped in the {@link ExpressionSandbox}. The process engine's DMN engine
 * evaluates JUEL through this manager too.
 */
class SandboxedExpressionManager extends SpringExpressionManager {

	private final ProcessExpressionBeans exposed;

	SandboxedExpressionManager(ApplicationContext applicationContext, ProcessExpressionBeans exposed) {
		super(applicationContext, exposed.asEngineBeans());
		this.exposed = exposed;
	}

	@Override
	protected ELResolver createElResolver() {
		return new ExpressionSandbox(super.createElResolver(), exposed);
	}

}

package cn.statenforce.organization.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.IdentityDirectory;

/** Plugs the domain user tables into the engine as its (read-only) identity provider. */
@Component
class DomainIdentityProviderPlugin extends AbstractProcessEnginePlugin implements SessionFactory {

	private final IdentityDirectory directory;

	DomainIdentityProviderPlugin(@Lazy IdentityDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(this);
	}

	@Override
	public Class<?> getSessionType() {
		return ReadOnlyIdentityProvider.class;
	}

	@Override
	public Session openSession() {
		return new DomainIdentityProvider(directory);
	}

}

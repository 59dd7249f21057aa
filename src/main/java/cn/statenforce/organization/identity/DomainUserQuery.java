package cn.statenforce.organization.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class DomainUserQuery extends UserQueryImpl {

	DomainUserQuery() {
	}

	DomainUserQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return provider(commandContext).findUsers(this, null).size();
	}

	@Override
	public List<User> executeList(CommandContext commandContext, Page page) {
		return provider(commandContext).findUsers(this, page);
	}

	private static DomainIdentityProvider provider(CommandContext commandContext) {
		return (DomainIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

}

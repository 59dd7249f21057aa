package cn.statenforce.organization.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class DomainGroupQuery extends GroupQueryImpl {

	DomainGroupQuery() {
	}

	DomainGroupQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return provider(commandContext).findGroups(this, null).size();
	}

	@Override
	public List<Group> executeList(CommandContext commandContext, Page page) {
		return provider(commandContext).findGroups(this, page);
	}

	private static DomainIdentityProvider provider(CommandContext commandContext) {
		return (DomainIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

}

package cn.statenforce.organization.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Bureaus are not engine tenants: data scoping is done in the domain, so tenant queries find nothing. */
class NoTenantQuery extends TenantQueryImpl {

	NoTenantQuery() {
	}

	NoTenantQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return 0;
	}

	@Override
	public List<Tenant> executeList(CommandContext commandContext, Page page) {
		return List.of();
	}

}

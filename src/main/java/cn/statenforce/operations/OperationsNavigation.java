package cn.statenforce.operations;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;
import cn.statenforce.workbench.WorkbenchCounter;

/** 系统管理 → 异常流程, and its count on the ADMIN's workbench. */
@Component
class OperationsNavigation implements WorkbenchCounter {

	private final IncidentService incidents;

	OperationsNavigation(IncidentService incidents) {
		this.incidents = incidents;
	}

	@Bean
	static NavItem navIncidents() {
		return new NavItem("系统管理", "异常流程", "/admin/incidents", 93, Set.of(Role.ADMIN));
	}

	@Override
	public Optional<Counter> count(CurrentUser user) {
		return user.hasRole(Role.ADMIN)
				? Optional.of(new Counter("incident-count", "异常流程", incidents.count(user), "/admin/incidents"))
				: Optional.empty();
	}

}

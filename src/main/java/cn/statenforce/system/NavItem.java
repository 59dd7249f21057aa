package cn.statenforce.system;

import java.util.Set;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;

/**
 * A navigation entry. Each capability declares its entries as beans; the layout shows those whose roles
 * the user holds (empty roles = everyone signed in). Entries with the same {@code section} are grouped.
 */
public record NavItem(String section, String label, String href, int order, Set<Role> roles) {

	public boolean visibleTo(CurrentUser user) {
		return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
	}

}

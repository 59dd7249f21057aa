package cn.statenforce.organization;

import java.util.Set;

/** The signed-in user, taken from the security context; every scoped read and write starts here. */
public record CurrentUser(Long id, String username, String displayName, Long bureauId, Set<Role> roles) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** One of the bureau's staff ({@link Role#BUREAU_STAFF}). */
	public boolean isBureauStaff() {
		return roles.stream().anyMatch(Role.BUREAU_STAFF::contains);
	}

	public boolean hasAnyRole(Role... wanted) {
		for (Role r : wanted) {
			if (roles.contains(r)) {
				return true;
			}
		}
		return false;
	}

}

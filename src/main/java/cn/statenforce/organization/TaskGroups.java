package cn.statenforce.organization;

/**
 * Camunda group ids. A user is a member of {@code ROLE} (all bureaus) and {@code ROLE_<regionCode>} (their
 * own bureau); process models assign tasks to the bureau-scoped group so that a sibling bureau never sees
 * them. The system administrator ({@link Role#SYSTEM_ADMIN}, and nobody else) is a member of
 * {@code camunda-admin}, the webapps' administrators group; it has no bureau-scoped group.
 */
public final class TaskGroups {

	public static final String CAMUNDA_ADMIN = "camunda-admin";

	private TaskGroups() {
	}

	public static String of(Role role, String regionCode) {
		return role.name() + "_" + regionCode;
	}

	public static String of(String role, String regionCode) {
		return of(Role.valueOf(role), regionCode);
	}

}

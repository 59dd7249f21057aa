package cn.statenforce.audit;

import java.util.Set;
import java.util.stream.Collectors;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;

/**
 * Who or what acted, as the service that acted says it. A person is recorded with the roles and the bureau they held
 * at the time and the address the request came from; a timer, the job executor or a start-up step is a
 * {@link Kind#SYSTEM} actor named after what it is ({@code system:timer}, 定时任务).
 *
 * @param kind a person or the system
 * @param username the login name, or {@code system:<what>}
 * @param displayName the name shown on the record (张三, 系统（定时任务）)
 * @param roles role codes held at the time, comma-separated in enum order, or null for the system
 * @param bureauId the actor's own bureau (an upper bureau's user may act on a district's record), or null
 * @param clientAddress the request's remote address, or null outside a request
 */
public record AuditActor(Kind kind, String username, String displayName, String roles, Long bureauId,
		String clientAddress) {

	/** A person or the system. */
	public enum Kind {
		/** A signed-in person. */
		USER,
		/** The application itself: a timer, the job executor, a start-up step. */
		SYSTEM
	}

	/** The system actor of steps without a person (timers, the job executor): {@code system} / 系统. */
	public static final AuditActor SYSTEM = system("system", "系统");

	/** A signed-in person acting from {@code clientAddress} (null outside a request). */
	public static AuditActor user(CurrentUser user, String clientAddress) {
		return new AuditActor(Kind.USER, user.username(), user.displayName(), roles(user.roles()), user.bureauId(),
				clientAddress);
	}

	/** The system, named after what acts: {@code system("system:timer", "系统（定时任务）")}. */
	public static AuditActor system(String name, String displayName) {
		return new AuditActor(Kind.SYSTEM, name, displayName, null, null, null);
	}

	/** The roles for people, in Chinese (执法人员、分管领导). */
	public String rolesLabel() {
		return rolesLabel(roles);
	}

	/** Stored role codes ({@code INSPECTOR,LEADER}) in Chinese; an unknown code is left out. */
	public static String rolesLabel(String roles) {
		if (roles == null || roles.isBlank()) {
			return "";
		}
		return java.util.Arrays.stream(roles.split(","))
			.filter(r -> java.util.Arrays.stream(Role.values()).anyMatch(x -> x.name().equals(r)))
			.map(r -> Role.valueOf(r).label())
			.collect(Collectors.joining("、"));
	}

	private static String roles(Set<Role> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

}

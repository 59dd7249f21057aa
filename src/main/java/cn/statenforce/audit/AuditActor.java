package cn.statenforce.audit;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

	/** A step a timer started (a reminder, an escalation, a period that ran out): 系统（定时任务）. */
	public static final AuditActor TIMER = system("system:timer", "系统（定时任务）");

	/**
	 * A step the job executor runs after a user step committed (an asynchronous service task or a hand-over to another
	 * capability that follows from the process, not from what the person entered): 系统（后台任务）.
	 */
	public static final AuditActor JOB = system("system:job", "系统（后台任务）");

	/**
	 * The receiving side of a hand-over between capabilities ({@code shared.handover}: a lead from an inspection, an
	 * order to correct, a re-check result told back to its origin). The interfaces there carry no person (the shared
	 * package depends on no capability); the person who acted, if any, is on the handing record's own entry.
	 */
	public static final AuditActor HANDOVER = system("system:handover", "系统（业务移交）");

	/** A task routed to the proxy a person named for the period (委托代理), when the task is created or assigned. */
	public static final AuditActor PROXY_ROUTING = system("system:proxy", "系统（委托代理）");

	/**
	 * A report received through the public web form (网上举报): the reporter is not a user, and their address is kept
	 * only as a salted hash on the complaint (the reporter is protected), never in the record.
	 */
	public static final AuditActor PUBLIC_INTAKE = system("system:public", "系统（网上举报受理）");

	/** A person acting from {@code clientAddress} (null outside a request). */
	public static AuditActor user(CurrentUser user, String clientAddress) {
		return new AuditActor(Kind.USER, user.username(), user.displayName(), roles(user.roles()), user.bureauId(),
				clientAddress);
	}

	/**
	 * A person the service was handed ({@code CurrentUser} from the controller, or carried into a job), with the
	 * address of the request being served on this thread, if any ({@link #requestAddress()}). The person is never
	 * looked up in the security context: a job or a hand-over records exactly whom it was given.
	 */
	public static AuditActor user(CurrentUser user) {
		return user(user, requestAddress());
	}

	/**
	 * The remote address of the HTTP request this thread serves, or null outside one (a timer, the job executor, a
	 * start-up step). The one place the client address is read for the 全过程记录.
	 */
	public static String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
			return a.getRequest().getRemoteAddr();
		}
		return null;
	}

	/** Whether this is the system rather than a person. */
	public boolean isSystem() {
		return kind == Kind.SYSTEM;
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

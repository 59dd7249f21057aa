package cn.statenforce.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.statenforce.shared.AppClock;

/**
 * Users and groups as the process engine sees them (read-only). Group ids are role names, role names
 * scoped to a bureau ({@code LEADER_430302}, see {@link TaskGroups}) and {@code camunda-admin}.
 */
@Service
public class IdentityDirectory {

	private final OrganizationMapper mapper;

	private final UserService users;

	private final BureauService bureaus;

	private final PasswordEncoder passwordEncoder;

	IdentityDirectory(OrganizationMapper mapper, UserService users, BureauService bureaus,
			PasswordEncoder passwordEncoder) {
		this.mapper = mapper;
		this.users = users;
		this.bureaus = bureaus;
		this.passwordEncoder = passwordEncoder;
	}

	/** A group as the engine sees it. */
	public record GroupInfo(String id, String name, String type) {
	}

	public Optional<AppUser> user(String username) {
		return Optional.ofNullable(mapper.selectUserByUsername(username));
	}

	/** Users matching optional criteria; {@code groupId} narrows to the group's members. */
	public List<AppUser> users(List<String> usernames, String groupId, String nameLike) {
		String role = null;
		List<Long> bureauIds = null;
		if (groupId != null) {
			Optional<GroupScope> scope = parseGroup(groupId);
			if (scope.isEmpty()) {
				return List.of();
			}
			role = scope.get().role().name();
			bureauIds = scope.get().bureauId() == null ? null : List.of(scope.get().bureauId());
		}
		String search = nameLike == null ? null : nameLike.replace("%", "");
		return mapper.selectUsers(bureauIds, role, usernames, search == null || search.isEmpty() ? null : search, 0,
				100_000);
	}

	/**
	 * The user's groups. The engine asks for them on every task query that offers tasks to a user (待办 and the
	 * workbench make two to five such queries in one request), so they are read once per request (or transaction,
	 * {@link ScopedMemo}); a change of roles shows from the next request on.
	 */
	public List<GroupInfo> groupsOfUser(String username) {
		return ScopedMemo.get(GROUPS_OF_USER + username, () -> readGroupsOfUser(username));
	}

	private static final String GROUPS_OF_USER = "groupsOfUser:";

	private List<GroupInfo> readGroupsOfUser(String username) {
		AppUser u = mapper.selectUserByUsername(username);
		if (u == null) {
			return List.of();
		}
		return users.groupIds(u).stream().map(this::describe).flatMap(Optional::stream).toList();
	}

	public List<GroupInfo> allGroups() {
		List<GroupInfo> all = new ArrayList<>();
		all.add(describe(TaskGroups.CAMUNDA_ADMIN).orElseThrow());
		for (Role role : Role.values()) {
			all.add(describe(role.name()).orElseThrow());
			if (!role.isBureauRole()) {
				continue;
			}
			for (Bureau b : bureaus.bureaus()) {
				all.add(describe(TaskGroups.of(role, b.regionCode())).orElseThrow());
			}
		}
		return all;
	}

	public Optional<GroupInfo> describe(String groupId) {
		if (TaskGroups.CAMUNDA_ADMIN.equals(groupId)) {
			return Optional.of(new GroupInfo(groupId, "系统管理员", "SYSTEM"));
		}
		return parseGroup(groupId).map(s -> new GroupInfo(groupId,
				s.bureauName() == null ? s.role().label() : s.role().label() + "（" + s.bureauName() + "）",
				"WORKFLOW"));
	}

	/** True when the password matches and the account is enabled and not locked. */
	public boolean checkPassword(String username, String password) {
		AppUser u = mapper.selectUserByUsername(username);
		if (u == null || password == null || !u.enabled()
				|| (u.lockedUntil() != null && u.lockedUntil().isAfter(AppClock.now()))) {
			return false;
		}
		return passwordEncoder.matches(password, u.passwordHash());
	}

	private record GroupScope(Role role, Long bureauId, String bureauName) {
	}

	private Optional<GroupScope> parseGroup(String groupId) {
		if (TaskGroups.CAMUNDA_ADMIN.equals(groupId)) {
			return Optional.of(new GroupScope(Role.SYSTEM_ADMIN, null, null));
		}
		int sep = groupId.lastIndexOf('_');
		String roleName = groupId;
		String region = null;
		if (sep > 0 && groupId.substring(sep + 1).matches("\\d{6}")) {
			roleName = groupId.substring(0, sep);
			region = groupId.substring(sep + 1);
		}
		Role role;
		try {
			role = Role.valueOf(roleName);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		if (region == null) {
			return Optional.of(new GroupScope(role, null, null));
		}
		if (!role.isBureauRole()) {
			return Optional.empty();
		}
		Bureau b = bureaus.bureauByRegionCode(region);
		return b == null ? Optional.empty() : Optional.of(new GroupScope(role, b.id(), b.name()));
	}

}

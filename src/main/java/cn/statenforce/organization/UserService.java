package cn.statenforce.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;
import cn.statenforce.shared.RowVersions;

/** Users, their roles and certificates, and the Camunda groups derived from them. */
@Service
public class UserService {

	private final OrganizationMapper mapper;

	private final BureauService bureaus;

	private final PasswordEncoder passwordEncoder;

	UserService(OrganizationMapper mapper, BureauService bureaus, PasswordEncoder passwordEncoder) {
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.passwordEncoder = passwordEncoder;
	}

	public AppUser findByUsername(String username) {
		return mapper.selectUserByUsername(username);
	}

	public Set<Role> roles(long userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		mapper.selectRoles(userId).forEach(r -> roles.add(Role.valueOf(r)));
		return roles;
	}

	public UserSummary summary(String username) {
		AppUser u = mapper.selectUserByUsername(username);
		if (u == null) {
			throw new NotFoundException("用户不存在: " + username);
		}
		return summaries(List.of(u)).get(0);
	}

	/** Users of the given bureaus (null = all) holding the role (null = any), by page. */
	public PageResult<UserSummary> search(List<Long> bureauIds, Role role, String search, int page, int size) {
		String s = search == null || search.isBlank() ? null : search.trim();
		String r = role == null ? null : role.name();
		List<AppUser> rows = mapper.selectUsers(bureauIds, r, null, s, PageResult.offset(page, size), size);
		return new PageResult<>(summaries(rows), mapper.countUsers(bureauIds, r, null, s), Math.max(page, 1), size);
	}

	/** All users of one bureau holding a role, e.g. the inspectors a case may be assigned to. */
	public List<UserSummary> usersWithRole(long bureauId, Role role) {
		return summaries(mapper.selectUsers(List.of(bureauId), role.name(), null, null, 0, 10_000));
	}

	/** Summaries for the given usernames (unknown ones are skipped), e.g. to label task assignees. */
	public Map<String, UserSummary> byUsernames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		List<AppUser> rows = mapper.selectUsers(null, null, List.copyOf(usernames), null, 0, usernames.size());
		return summaries(rows).stream().collect(Collectors.toMap(UserSummary::username, s -> s));
	}

	public Certificate currentCertificate(long userId) {
		return mapper.selectCurrentCertificate(userId);
	}

	/**
	 * 持证执法人员: enabled inspectors of the bureaus holding a 统计执法证 valid on the date (from its valid-from to its
	 * valid-to date, both included), each person counted once however many certificates they hold.
	 */
	public long certifiedInspectorsOn(List<Long> bureauIds, LocalDate date) {
		return bureauIds.isEmpty() ? 0 : mapper.countCertifiedInspectors(bureauIds, date);
	}

	/**
	 * Camunda group ids of a user: each bureau role globally and scoped to the user's bureau; the system
	 * administrator is in {@code SYSTEM_ADMIN} and {@code camunda-admin} only.
	 */
	public List<String> groupIds(AppUser user) {
		String region = bureaus.bureau(user.bureauId()).regionCode();
		List<String> groups = new ArrayList<>();
		for (Role role : roles(user.id())) {
			groups.add(role.name());
			if (role.isBureauRole()) {
				groups.add(TaskGroups.of(role, region));
			}
			else {
				groups.add(TaskGroups.CAMUNDA_ADMIN);
			}
		}
		return groups;
	}

	/**
	 * Creates a bureau user; the username must be new. The password is stored as a BCrypt hash. The system
	 * administrator role cannot be granted here (see {@link #createSystemAdministrator}).
	 */
	@Transactional
	public UserSummary createUser(String username, String displayName, String rawPassword, long bureauId,
			Set<Role> roles, String phone, String email) {
		if (roles.stream().anyMatch(r -> !r.isBureauRole())) {
			throw new BadRequestException("roles", "系统管理员账号由系统部署配置创建，不能在此指定");
		}
		return insertUser(username, displayName, rawPassword, bureauId, roles, phone, email);
	}

	/**
	 * Creates the installation's system administrator (engine console and engine REST, nothing of a bureau's
	 * work). Only configuration reaches this: the bootstrap settings and the demo data.
	 */
	@Transactional
	public UserSummary createSystemAdministrator(String username, String displayName, String rawPassword,
			long bureauId) {
		return insertUser(username, displayName, rawPassword, bureauId, EnumSet.of(Role.SYSTEM_ADMIN), null, null);
	}

	private UserSummary insertUser(String username, String displayName, String rawPassword, long bureauId,
			Set<Role> roles, String phone, String email) {
		bureaus.bureau(bureauId);
		if (mapper.selectUserByUsername(username) != null) {
			throw new ConflictException("用户名已存在: " + username);
		}
		var row = new OrganizationMapper.UserRow();
		row.username = username;
		row.displayName = displayName;
		row.passwordHash = passwordEncoder.encode(rawPassword);
		row.bureauId = bureauId;
		row.phone = phone;
		row.email = email;
		row.createdAt = AppClock.now();
		mapper.insertUser(row);
		roles.forEach(r -> mapper.insertRole(row.id, r.name()));
		return summary(username);
	}

	/**
	 * An administrator's edit of a user (name, contact, enabled, roles), made on the version the administrator read: a
	 * stale version changes nothing and answers 409. The ADMIN of the user's bureau or of a bureau above it edits; the
	 * system administrator role is never granted here, and an administrator does not take the ADMIN role from or
	 * disable their own account.
	 */
	@Transactional
	public UserSummary updateUser(CurrentUser admin, long userId, int expectedVersion, String displayName, String phone,
			String email, boolean enabled, Set<Role> roles) {
		AppUser u = mapper.selectUserById(userId);
		if (u == null || !admin.hasRole(Role.ADMIN) || !bureaus.canRead(admin, u.bureauId())) {
			throw new NotFoundException("用户不存在或无权管理");
		}
		if (roles.stream().anyMatch(r -> !r.isBureauRole())) {
			throw new BadRequestException("roles", "系统管理员账号由系统部署配置创建，不能在此指定");
		}
		if (mapper.selectRoles(userId).contains(Role.SYSTEM_ADMIN.name())) {
			throw new ForbiddenException("系统管理员账号由系统部署配置管理");
		}
		if (admin.id() != null && admin.id() == userId && (!enabled || !roles.contains(Role.ADMIN))) {
			throw new ConflictException("不能停用自己的账号或取消自己的管理员角色");
		}
		String name = Inputs.required("displayName", "姓名", displayName, 64);
		String p = Inputs.optional("phone", "联系电话", phone, 30);
		String e = Inputs.optional("email", "电子邮箱", email, 100);
		RowVersions.written(mapper.updateUser(userId, expectedVersion, name, p, e, enabled), "该用户");
		mapper.deleteRoles(userId);
		roles.forEach(r -> mapper.insertRole(userId, r.name()));
		return summary(u.username());
	}

	@Transactional
	public void addCertificate(long userId, String certNumber, LocalDate validFrom, LocalDate validTo, String issuedBy,
			String specialties) {
		mapper.insertCertificate(new Certificate(null, userId, certNumber, validFrom, validTo, issuedBy, specialties));
	}

	// ---- administration (系统管理 → 用户与统计局): an ADMIN manages the users of their bureau and the bureaus below ----

	/** A user the administrator manages (404 outside their bureau and the bureaus below it). */
	public AppUser managedUser(CurrentUser admin, long userId) {
		AppUser u = mapper.selectUserById(userId);
		if (u == null) {
			throw new NotFoundException("用户不存在");
		}
		bureaus.ensureWritableOrBelow(admin, u.bureauId());
		return u;
	}

	/** Creates a bureau user in the administrator's bureau or one below it, after the password policy. */
	@Transactional
	public UserSummary createUser(CurrentUser admin, String username, String displayName, String rawPassword, long bureauId,
			Set<Role> roles, String phone, String email) {
		bureaus.ensureWritableOrBelow(admin, bureauId);
		if (roles == null || roles.isEmpty()) {
			throw new BadRequestException("roles", "至少指定一个角色");
		}
		PasswordPolicy.check(username, rawPassword);
		return createUser(username, displayName, rawPassword, bureauId, roles, phone, email);
	}

	/** Name, contact, enabled and the roles (replaced as a whole; the system administrator role is never granted here). */
	@Transactional
	public UserSummary updateUser(CurrentUser admin, long userId, String displayName, Set<Role> roles, String phone,
			String email, boolean enabled) {
		AppUser u = managedUser(admin, userId);
		if (roles == null || roles.isEmpty()) {
			throw new BadRequestException("roles", "至少指定一个角色");
		}
		if (roles.stream().anyMatch(r -> !r.isBureauRole()) || roles(userId).stream().anyMatch(r -> !r.isBureauRole())) {
			throw new BadRequestException("roles", "系统管理员账号由系统部署配置管理，不能在此修改");
		}
		if (u.id().equals(admin.id()) && (!enabled || !roles.contains(Role.ADMIN))) {
			throw new BadRequestException("roles", "不能停用自己的账号或取消自己的管理员角色");
		}
		mapper.updateUserProfile(userId, displayName, phone, email, enabled);
		mapper.deleteRoles(userId);
		roles.forEach(r -> mapper.insertRole(userId, r.name()));
		return summary(u.username());
	}

	/** A new password set by the administrator (the password policy applies); also lifts a lock. */
	@Transactional
	public void resetPassword(CurrentUser admin, long userId, String rawPassword) {
		AppUser u = managedUser(admin, userId);
		PasswordPolicy.check(u.username(), rawPassword);
		mapper.updatePassword(userId, passwordEncoder.encode(rawPassword));
	}

	/** Lifts the lock after too many wrong passwords. */
	@Transactional
	public void unlock(CurrentUser admin, long userId) {
		AppUser u = managedUser(admin, userId);
		mapper.resetFailedLogins(u.username());
	}

	/** The user's 统计执法证, newest validity first. */
	public List<Certificate> certificates(long userId) {
		return mapper.selectCertificatesOfUser(userId);
	}

	/** Registers a 统计执法证 with its validity for a user the administrator manages. */
	@Transactional
	public void addCertificate(CurrentUser admin, long userId, String certNumber, LocalDate validFrom, LocalDate validTo,
			String issuedBy, String specialties) {
		managedUser(admin, userId);
		checkCertificate(certNumber, validFrom, validTo);
		addCertificate(userId, certNumber, validFrom, validTo, issuedBy, specialties);
	}

	/** A new 统计执法证: validity in order, number not registered yet (400/409 naming the field). */
	public void checkCertificate(String certNumber, LocalDate validFrom, LocalDate validTo) {
		if (validFrom == null || validTo == null) {
			throw new BadRequestException(validFrom == null ? "validFrom" : "validTo", "请填写统计执法证的有效期起止日期");
		}
		if (validTo.isBefore(validFrom)) {
			throw new BadRequestException("validTo", "有效期至不能早于有效期起");
		}
		if (certNumber.length() > 32) {
			throw new BadRequestException("certNumber", "统计执法证号不能超过32个字符");
		}
		if (mapper.countCertificatesByNumber(certNumber) > 0) {
			throw new ConflictException("统计执法证号已登记: " + certNumber);
		}
	}

	private List<UserSummary> summaries(List<AppUser> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(AppUser::id).toList();
		Map<Long, Set<Role>> roles = mapper.selectRolesOfUsers(ids).stream()
			.collect(Collectors.groupingBy(OrganizationMapper.UserRole::userId,
					Collectors.mapping(r -> Role.valueOf(r.role()), Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
		Map<Long, Certificate> certs = mapper.selectCertificatesOfUsers(ids).stream()
			.collect(Collectors.toMap(Certificate::userId, c -> c, (a, b) -> b.validTo().isAfter(a.validTo()) ? b : a));
		Map<Long, String> bureauNames = bureaus.bureaus().stream().collect(Collectors.toMap(Bureau::id, Bureau::name));
		return rows.stream().map(u -> {
			Certificate c = certs.get(u.id());
			return new UserSummary(u.id(), u.username(), u.displayName(), u.bureauId(), bureauNames.get(u.bureauId()),
					roles.getOrDefault(u.id(), EnumSet.noneOf(Role.class)), c == null ? null : c.certNumber(),
					c == null ? null : c.validFrom(), c == null ? null : c.validTo(), u.enabled(), u.rowVersion());
		}).toList();
	}

}

package cn.statenforce.rectification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;

/**
 * The bureau's directory of responsible units and leaders (责任单位/责任领导目录). Sheets name units and leaders
 * as the bureau writes them; a name resolves to an entry by its name, by an alias learnt on an earlier import, or
 * through a login of the bureau holding the kind's role (username or display name: the entry is then created and
 * linked to that login). A unit gets a login only when the bureau links one; until then the plan's coordinator
 * (整改联络人) works its measures, and a leader without a login is stood in for by the plan leader.
 */
@Service
public class ResponsibleDirectory {

	static final String SUBJECT = "RECTIFICATION_DIRECTORY";

	private final ResponsibleMapper mapper;

	private final UserService users;

	private final BureauService bureaus;

	private final ActivityLog activity;

	ResponsibleDirectory(ResponsibleMapper mapper, UserService users, BureauService bureaus, ActivityLog activity) {
		this.mapper = mapper;
		this.users = users;
		this.bureaus = bureaus;
		this.activity = activity;
	}

	/**
	 * How a name of a sheet or form resolves: a known entry, a login to create an entry for ({@code createName}
	 * linked to {@code linkUsername}), or unknown (both null: offered for creation or mapping).
	 */
	public record Resolution(Responsible entry, String createName, String linkUsername) {

		public boolean known() {
			return entry != null;
		}

		public boolean viaAccount() {
			return entry == null && linkUsername != null;
		}

		public boolean unknown() {
			return entry == null && linkUsername == null;
		}

	}

	// reading

	public List<ResponsibleEntry> entries(CurrentUser user, ResponsibleKind kind) {
		return entries(user.bureauId(), kind);
	}

	public List<ResponsibleEntry> entries(long bureauId, ResponsibleKind kind) {
		List<Responsible> list = mapper.selectResponsibles(bureauId, kind == null ? null : kind.name());
		Map<Long, List<String>> accounts = accounts(list.stream().map(Responsible::id).toList());
		Map<String, UserSummary> people = users.byUsernames(accounts.values().stream().flatMap(List::stream).distinct().toList());
		java.util.Set<Long> inactive = new java.util.HashSet<>(mapper.selectInactive(bureauId));
		return list.stream().map(r -> new ResponsibleEntry(r,
				accounts.getOrDefault(r.id(), List.of()).stream()
					.map(u -> new ResponsibleEntry.Account(u, people.containsKey(u) ? people.get(u).displayName() : u))
					.toList(),
				mapper.selectAliases(r.id()), !inactive.contains(r.id()))).toList();
	}

	public Responsible entry(long id) {
		Responsible r = mapper.selectResponsible(id);
		if (r == null) {
			throw new NotFoundException("责任单位或责任领导不存在");
		}
		return r;
	}

	/** Linked logins of an entry (empty: nobody logs in for it). */
	public List<String> accounts(Long id) {
		return id == null ? List.of() : mapper.selectAccounts(id);
	}

	public Map<Long, List<String>> accounts(Collection<Long> ids) {
		Map<Long, List<String>> result = new HashMap<>();
		List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			mapper.selectAccountLinks(wanted)
				.forEach(l -> result.computeIfAbsent(l.responsibleId(), k -> new ArrayList<>()).add(l.username()));
		}
		return result;
	}

	/** Entries of the bureau that name the login (a unit user's own units). */
	public List<Responsible> entriesOfAccount(long bureauId, ResponsibleKind kind, String username) {
		return mapper.selectByAccount(bureauId, kind.name(), username);
	}

	/** Resolves a name as a sheet or form writes it; nothing is written. */
	public Resolution resolve(long bureauId, ResponsibleKind kind, String text) {
		String name = normalize(text);
		if (name == null) {
			return new Resolution(null, null, null);
		}
		Optional<Responsible> hit = byNameOrAlias(bureauId, kind, name);
		if (hit.isEmpty()) {
			String bare = withoutNote(name);
			if (!bare.equals(name) && !bare.isEmpty()) {
				hit = byNameOrAlias(bureauId, kind, bare);
			}
		}
		if (hit.isPresent()) {
			return new Resolution(hit.get(), null, null);
		}
		List<UserSummary> logins = kind.accountRoles().stream()
			.flatMap(r -> users.usersWithRole(bureauId, r).stream())
			.filter(u -> u.enabled() && (u.username().equals(name) || u.displayName().equals(name)
					|| u.displayName().equals(withoutNote(name))))
			.distinct()
			.toList();
		if (logins.size() == 1) {
			UserSummary u = logins.get(0);
			List<Responsible> linked = mapper.selectByAccount(bureauId, kind.name(), u.username());
			if (!linked.isEmpty()) {
				return new Resolution(linked.get(0), null, null);
			}
			Responsible sameName = mapper.selectByName(bureauId, kind.name(), u.displayName());
			if (sameName != null) {
				return new Resolution(sameName, null, null);
			}
			return new Resolution(null, u.displayName(), u.username());
		}
		return new Resolution(null, null, null);
	}

	private Optional<Responsible> byNameOrAlias(long bureauId, ResponsibleKind kind, String name) {
		Responsible r = mapper.selectByName(bureauId, kind.name(), name);
		if (r == null) {
			r = mapper.selectByAlias(bureauId, kind.name(), name);
		}
		return Optional.ofNullable(r);
	}

	/** Entries whose name contains the text or is contained in it: the first offers when mapping an unknown name. */
	public List<Responsible> similar(long bureauId, ResponsibleKind kind, String text) {
		String name = withoutNote(normalize(text));
		return mapper.selectResponsibles(bureauId, kind.name()).stream()
			.filter(r -> !name.isEmpty() && (r.name().contains(name) || name.contains(r.name())))
			.toList();
	}

	// writing (called inside the caller's transaction)

	/** The entry a resolution stands for, creating it (and linking its login) when needed. */
	Responsible ensure(long bureauId, ResponsibleKind kind, Resolution res, String text, CurrentUser user) {
		if (res.known()) {
			return res.entry();
		}
		String name = res.viaAccount() ? res.createName() : normalize(text);
		Responsible existing = mapper.selectByName(bureauId, kind.name(), name);
		Responsible r = existing != null ? existing : insert(bureauId, kind, name, user);
		if (res.viaAccount() && !mapper.selectAccounts(r.id()).contains(res.linkUsername())) {
			mapper.insertAccount(r.id(), res.linkUsername());
		}
		return r;
	}

	/** Records that a sheet's name means the entry, so the next import resolves it without asking. */
	void learnAlias(Responsible entry, String alias) {
		String a = normalize(alias);
		if (a == null || a.equals(entry.name()) || mapper.selectByAlias(entry.bureauId(), entry.kind(), a) != null
				|| mapper.selectByName(entry.bureauId(), entry.kind(), a) != null) {
			return;
		}
		mapper.insertAlias(entry.id(), entry.bureauId(), entry.kind(), a);
	}

	private Responsible insert(long bureauId, ResponsibleKind kind, String name, CurrentUser user) {
		if (name.length() > 200) {
			throw new BadRequestException("name", kind.label() + "名称过长，不能超过200个字");
		}
		var row = new ResponsibleMapper.ResponsibleRow();
		row.bureauId = bureauId;
		row.kind = kind.name();
		row.name = name;
		row.createdBy = user.username();
		row.createdAt = AppClock.now();
		mapper.insertResponsible(row);
		activity.record(AuditActor.user(user), bureauId, SUBJECT, row.id, "RESPONSIBLE_CREATED", null, kind.label() + "：" + name);
		return mapper.selectResponsible(row.id);
	}

	/** 新增目录条目: a leader, director or administrator of the bureau; logins are optional. */
	@Transactional
	public Responsible create(CurrentUser user, ResponsibleKind kind, String name, List<String> usernames) {
		ensureEditor(user, user.bureauId());
		String n = normalize(name);
		if (n == null) {
			throw new BadRequestException("name", "请填写" + kind.label() + "名称");
		}
		if (mapper.selectByName(user.bureauId(), kind.name(), n) != null || mapper.selectByAlias(user.bureauId(), kind.name(), n) != null) {
			throw new ConflictException(kind.label() + "“" + n + "”已在目录中");
		}
		Responsible r = insert(user.bureauId(), kind, n, user);
		for (String u : usernames == null ? List.<String>of() : usernames) {
			if (u != null && !u.isBlank()) {
				link(user, r, u.trim());
			}
		}
		return r;
	}

	/** 关联登录账号: the login must belong to the bureau and hold the kind's role. */
	@Transactional
	public Responsible linkAccount(CurrentUser user, long id, String username) {
		Responsible r = entry(id);
		ensureEditor(user, r.bureauId());
		if (username == null || username.isBlank()) {
			throw new BadRequestException("username", "请选择登录账号");
		}
		link(user, r, username.trim());
		return r;
	}

	private void link(CurrentUser user, Responsible r, String username) {
		ResponsibleKind kind = r.responsibleKind();
		boolean eligible = kind.accountRoles().stream()
			.flatMap(role -> users.usersWithRole(r.bureauId(), role).stream())
			.anyMatch(u -> u.enabled() && u.username().equals(username));
		if (!eligible) {
			throw new BadRequestException("username", "“" + username + "”不是本局可关联的" + kind.label() + "账号");
		}
		if (mapper.selectAccounts(r.id()).contains(username)) {
			return;
		}
		mapper.insertAccount(r.id(), username);
		activity.record(AuditActor.user(user), r.bureauId(), SUBJECT, r.id(), "ACCOUNT_LINKED", null, r.name() + " ← " + username);
	}

	@Transactional
	public Responsible unlinkAccount(CurrentUser user, long id, String username) {
		Responsible r = entry(id);
		ensureEditor(user, r.bureauId());
		if (mapper.deleteAccount(id, username) != 1) {
			throw new ConflictException("该账号未关联此条目");
		}
		activity.record(AuditActor.user(user), r.bureauId(), SUBJECT, r.id(), "ACCOUNT_UNLINKED", null, r.name() + " × " + username);
		return r;
	}

	@Transactional
	public Responsible rename(CurrentUser user, long id, String name) {
		return rename(user, id, null, name);
	}

	/** {@link #rename(CurrentUser, long, String)} on the version the user read (409 when stale). */
	@Transactional
	public Responsible rename(CurrentUser user, long id, Integer expectedVersion, String name) {
		Responsible r = entry(id);
		ensureEditor(user, r.bureauId());
		int version = RowVersions.expected(expectedVersion, r.rowVersion(), "该目录条目");
		String n = normalize(name);
		if (n == null) {
			throw new BadRequestException("name", "请填写名称");
		}
		if (!n.equals(r.name()) && mapper.selectByName(r.bureauId(), r.kind(), n) != null) {
			throw new ConflictException("“" + n + "”已在目录中");
		}
		RowVersions.written(mapper.updateName(id, version, n), "该目录条目");
		learnAlias(r, r.name());
		return entry(id);
	}

	/**
	 * 停用 / 启用 an entry on the version the user read (409 when stale): a deactivated entry keeps its measures and
	 * its accounts but is no longer offered for new measures.
	 */
	@Transactional
	public Responsible setActive(CurrentUser user, long id, Integer expectedVersion, boolean active) {
		Responsible r = entry(id);
		ensureEditor(user, r.bureauId());
		int version = RowVersions.expected(expectedVersion, r.rowVersion(), "该目录条目");
		if (isActive(r) == active) {
			throw new ConflictException("“" + r.name() + "”" + (active ? "已在使用中" : "已停用"));
		}
		RowVersions.written(mapper.bumpVersion(id, version), "该目录条目");
		if (active) {
			mapper.deleteInactive(id);
		}
		else {
			mapper.insertInactive(id, user.username(), AppClock.now());
		}
		return entry(id);
	}

	public boolean isActive(Responsible r) {
		return mapper.countInactive(r.id()) == 0;
	}

	void ensureEditor(CurrentUser user, long bureauId) {
		bureaus.ensureWritable(user, bureauId, "责任单位目录");
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR, Role.ADMIN)) {
			throw new ForbiddenException("只有分管领导、局长或管理员可以维护责任单位和责任领导目录");
		}
	}

	/** Display names of several entries. */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> result = new LinkedHashMap<>();
		ids.stream().filter(java.util.Objects::nonNull).distinct().forEach(id -> result.put(id, entry(id).name()));
		return result;
	}

	/** Whitespace collapsed, full-width spaces removed; null when blank. */
	static String normalize(String s) {
		if (s == null) {
			return null;
		}
		String t = s.replace('\u3000', ' ').replaceAll("\\s+", " ").trim();
		return t.isEmpty() ? null : t;
	}

	/** "王伟（分管副局长）" → "王伟". */
	static String withoutNote(String s) {
		return s == null ? "" : s.replaceAll("[（(][^）)]*[）)]", "").trim();
	}

}

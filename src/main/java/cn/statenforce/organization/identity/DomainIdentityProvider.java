package cn.statenforce.organization.identity;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import cn.statenforce.organization.AppUser;
import cn.statenforce.organization.IdentityDirectory;

/** The engine's read-only view of the domain user tables. */
class DomainIdentityProvider implements ReadOnlyIdentityProvider {

	private final IdentityDirectory directory;

	DomainIdentityProvider(IdentityDirectory directory) {
		this.directory = directory;
	}

	@Override
	public User findUserById(String userId) {
		return directory.user(userId).map(DomainIdentityProvider::toUser).orElse(null);
	}

	@Override
	public UserQuery createUserQuery() {
		return new DomainUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new DomainUserQuery();
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException("不支持原生用户查询");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return directory.checkPassword(userId, password);
	}

	@Override
	public Group findGroupById(String groupId) {
		return directory.describe(groupId).map(DomainIdentityProvider::toGroup).orElse(null);
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new DomainGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new DomainGroupQuery();
	}

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new NoTenantQuery();
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	List<User> findUsers(DomainUserQuery q, Page page) {
		List<String> ids = q.getId() != null ? List.of(q.getId()) : q.getIds() != null ? List.of(q.getIds()) : null;
		if (q.getTenantId() != null) {
			return List.of();
		}
		String nameLike = q.getFirstNameLike() != null ? q.getFirstNameLike() : q.getLastNameLike();
		List<User> all = directory.users(ids, q.getGroupId(), nameLike)
			.stream()
			.map(DomainIdentityProvider::toUser)
			.filter(u -> q.getFirstName() == null || q.getFirstName().equals(u.getFirstName()))
			.filter(u -> q.getEmail() == null || q.getEmail().equals(u.getEmail()))
			.toList();
		return page(all, page);
	}

	List<Group> findGroups(DomainGroupQuery q, Page page) {
		List<IdentityDirectory.GroupInfo> base = q.getUserId() != null ? directory.groupsOfUser(q.getUserId())
				: directory.allGroups();
		List<Group> all = base.stream()
			.filter(g -> q.getId() == null || q.getId().equals(g.id()))
			.filter(g -> q.getIds() == null || List.of(q.getIds()).contains(g.id()))
			.filter(g -> q.getName() == null || q.getName().equals(g.name()))
			.filter(g -> q.getNameLike() == null || g.name().contains(q.getNameLike().replace("%", "")))
			.filter(g -> q.getType() == null || q.getType().equals(g.type()))
			.filter(g -> q.getTenantId() == null)
			.map(DomainIdentityProvider::toGroup)
			.toList();
		return page(all, page);
	}

	private static <T> List<T> page(List<T> all, Page page) {
		if (page == null) {
			return all;
		}
		int from = Math.min(page.getFirstResult(), all.size());
		int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
		return all.subList(from, to);
	}

	private static User toUser(AppUser u) {
		UserEntity e = new UserEntity(u.username());
		e.setFirstName(u.displayName());
		e.setLastName("");
		e.setEmail(u.email());
		return e;
	}

	private static Group toGroup(IdentityDirectory.GroupInfo g) {
		GroupEntity e = new GroupEntity(g.id());
		e.setName(g.name());
		e.setType(g.type());
		return e;
	}

}

package cn.statenforce.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.workbench.TaskReceiverRule.Handover;
import cn.statenforce.workbench.TaskReceiverRule.Receiving;

/**
 * 委托代理: a user away from a day to a day names a colleague of the same bureau holding their roles; a task assigned
 * to them (or offered to them by name) in the period goes to the proxy instead, unless the step's rules refuse the
 * proxy ({@link TaskReceivers}: certificate, separation of duties), and the timeline says "代 X 办理". The period
 * is read when a task is assigned, so a proxy ends by itself after its last day.
 */
@Service
public class TaskProxies {

	private final TaskVerbMapper mapper;

	private final UserService users;

	private final TaskReceivers receivers;

	private final TaskVerbs verbs;

	private final cn.statenforce.organization.BureauService bureaus;

	TaskProxies(TaskVerbMapper mapper, UserService users, TaskReceivers receivers, TaskVerbs verbs,
			cn.statenforce.organization.BureauService bureaus) {
		this.bureaus = bureaus;
		this.mapper = mapper;
		this.users = users;
		this.receivers = receivers;
		this.verbs = verbs;
	}

	/** Sets a proxy for the user from {@code from} to {@code to} (both included): 400 for bad dates, 409 for a bad proxy. */
	@Transactional
	public TaskProxy set(CurrentUser user, String proxyUsername, LocalDate from, LocalDate to, String reason) {
		String name = Inputs.required("proxy", "代理人", proxyUsername, 64);
		Inputs.present("validFrom", "代理开始日期", from);
		Inputs.present("validTo", "代理结束日期", to);
		if (to.isBefore(from)) {
			throw new BadRequestException("validTo", "代理结束日期不能早于开始日期");
		}
		if (to.isBefore(AppClock.today())) {
			throw new BadRequestException("validTo", "代理结束日期不能早于今天");
		}
		String why = Inputs.optional("reason", "代理事由", reason, 200);
		UserSummary p = users.byUsernames(List.of(name)).get(name);
		if (p == null || !p.enabled()) {
			throw new BadRequestException("proxy", "代理人不存在或已停用");
		}
		if (p.username().equals(user.username())) {
			throw new BadRequestException("proxy", "代理人不能是您本人");
		}
		if (!p.bureauId().equals(user.bureauId())) {
			throw new ConflictException("代理人 " + p.displayName() + " 不是本局人员");
		}
		List<Role> missing = user.roles().stream().filter(Role::isBureauRole).filter(r -> !p.hasRole(r)).toList();
		if (!missing.isEmpty()) {
			throw new ConflictException("代理人 " + p.displayName() + " 没有您的岗位："
					+ missing.stream().map(Role::label).collect(Collectors.joining("、")));
		}
		if (!mapper.selectOverlappingProxies(user.username(), from, to).isEmpty()) {
			throw new ConflictException("该期间已设置委托代理，请先撤销原委托");
		}
		mapper.insertProxy(new TaskProxy(null, user.bureauId(), user.username(), null, p.username(), null, from, to, why,
				AppClock.now(), null));
		return mapper.selectProxy(mapper.selectLastProxyId(user.username()));
	}

	/**
	 * The proxy picker (search as you type, by name): enabled colleagues of the user's bureau holding every bureau role
	 * of the user, at most 20; {@link #set} checks the chosen one again.
	 */
	public List<UserSummary> proxyOptions(CurrentUser user, String q) {
		List<Role> own = user.roles().stream().filter(Role::isBureauRole).toList();
		return users.search(List.of(user.bureauId()), own.size() == 1 ? own.get(0) : null, q, 1, 100).items().stream()
			.filter(UserSummary::enabled)
			.filter(u -> !u.username().equals(user.username()))
			.filter(u -> own.stream().allMatch(u::hasRole))
			.limit(20)
			.toList();
	}

	/** The user's proxies (set by them or naming them), newest first. */
	public List<TaskProxy> of(CurrentUser user) {
		return mapper.selectProxiesOf(user.username());
	}

	/** Ends a proxy now (its principal). */
	@Transactional
	public void revoke(CurrentUser user, long id) {
		if (mapper.revokeProxy(id, user.username(), AppClock.now()) != 1) {
			throw new NotFoundException("委托代理不存在或已撤销");
		}
	}

	/** The proxy acting for {@code principal} today, if any. */
	public Optional<TaskProxy> activeFor(String principal) {
		return Optional.ofNullable(mapper.selectActiveProxy(principal, AppClock.today()));
	}

	/** Task id → display name of whom the proxy acts for ("代 X 办理"), for the tasks given. */
	public Map<String, String> actingFor(List<String> taskIds) {
		if (taskIds.isEmpty()) {
			return Map.of();
		}
		List<TaskVerbMapper.RoutedTask> routed = mapper.selectRoutedTasks(taskIds);
		Map<String, UserSummary> people = users.byUsernames(routed.stream().map(TaskVerbMapper.RoutedTask::principal)
			.distinct().toList());
		Map<String, String> result = new java.util.HashMap<>();
		for (var r : routed) {
			UserSummary u = people.get(r.principal());
			result.merge(r.taskId(), u == null ? r.principal() : u.displayName(), (a, b) -> a + "、" + b);
		}
		return result;
	}

	/**
	 * Called by the engine when a task is created or assigned: the assignee's (or a named candidate's) proxy of
	 * today receives it, if the step's rules let them.
	 */
	void route(DelegateTask task, boolean created) {
		Task t = (Task) task;
		// a principal who claims or completes a task themselves acts in person: nothing to route
		String actor = CurrentUsers.find().map(CurrentUser::username).orElse(null);
		if (task.getAssignee() != null && task.getAssignee().equals(actor) && !created) {
			claimedByProxy(task, actor);
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(actor) && !receivedAsProxy(t.getId(), task.getAssignee())) {
			proxyFor(t, task.getAssignee()).ifPresent(p -> {
				routed(t, task.getAssignee(), p);
				task.setAssignee(p.proxy());
			});
		}
		if (created) {
			List<String> named = new ArrayList<>();
			task.getCandidates().forEach(l -> {
				if (l.getUserId() != null) {
					named.add(l.getUserId());
				}
			});
			for (String n : named) {
				proxyFor(t, n).ifPresent(p -> {
					routed(t, n, p);
					task.addCandidateUser(p.proxy());
				});
			}
		}
	}

	/**
	 * A task offered only to candidate groups (no assignee, no named candidate) is routed to no one when it is created:
	 * every member of the groups sees it and may claim it, the proxy included (a proxy holds the principal's roles in the
	 * same bureau, so they are offered the principal's group tasks for the whole period). When the proxy claims (or
	 * takes on completion) such a task in the period and, apart from the proxy, the groups' only enabled members are
	 * principals the proxy acts for today, the task would have been theirs: the claim is recorded as on their behalf,
	 * shown as "代 X 办理" and put on the timeline. A claim after the period, or one where a colleague of the group is
	 * present, is the proxy's own. A principal who claims in person acts in person.
	 */
	private void claimedByProxy(DelegateTask task, String actor) {
		Task t = (Task) task;
		List<org.camunda.bpm.engine.task.IdentityLink> candidates = List.copyOf(task.getCandidates());
		if (candidates.stream().anyMatch(l -> l.getUserId() != null)
				|| mapper.selectRoutedTasks(List.of(t.getId())).stream().anyMatch(r -> r.proxy().equals(actor))) {
			return;
		}
		List<TaskProxy> principals = mapper.selectActiveProxiesNaming(actor, AppClock.today());
		if (principals.isEmpty()) {
			return;
		}
		java.util.Set<String> members = new java.util.LinkedHashSet<>();
		for (var l : candidates) {
			if (l.getGroupId() == null || !l.getGroupId().matches(".+_\\d{6}")) {
				continue;
			}
			var b = bureaus.bureauByRegionCode(l.getGroupId().substring(l.getGroupId().lastIndexOf('_') + 1));
			TaskReceivers.role(l.getGroupId()).ifPresent(role -> {
				if (b != null) {
					users.usersWithRole(b.id(), role).stream().filter(UserSummary::enabled).forEach(u -> members.add(u.username()));
				}
			});
		}
		members.remove(actor);
		Map<String, TaskProxy> byPrincipal = new java.util.HashMap<>();
		principals.forEach(p -> byPrincipal.putIfAbsent(p.principal(), p));
		if (members.isEmpty() || !byPrincipal.keySet().containsAll(members)) {
			return;
		}
		TaskSubject s = receivers.subject(t);
		for (String principal : members) {
			TaskProxy p = byPrincipal.get(principal);
			mapper.insertTaskProxy(t.getId(), principal, actor, p.id(), AppClock.now());
			String who = p.principalName() == null ? principal : p.principalName();
			String proxyName = p.proxyName() == null ? actor : p.proxyName();
			verbs.timeline(AuditActor.PROXY_ROUTING, s, "委托代理", null, "「" + t.getName() + "」由 " + proxyName + " 代 " + who + " 签收办理");
		}
	}

	/** 退回组 by the proxy: the task is no longer handled on anyone's behalf by them. */
	void released(String taskId, String proxy) {
		mapper.deleteTaskProxy(taskId, proxy);
	}

	private boolean receivedAsProxy(String taskId, String username) {
		return mapper.selectRoutedTasks(List.of(taskId)).stream().anyMatch(r -> r.proxy().equals(username));
	}

	private Optional<TaskProxy> proxyFor(Task t, String principal) {
		TaskProxy p = mapper.selectActiveProxy(principal, AppClock.today());
		if (p == null) {
			return Optional.empty();
		}
		UserSummary to = users.byUsernames(List.of(p.proxy())).get(p.proxy());
		if (to == null || !to.enabled()) {
			return Optional.empty();
		}
		Receiving r = receivers.receiving(t, to, Handover.PROXY);
		return receivers.veto(r).isPresent() ? Optional.empty() : Optional.of(p);
	}

	private void routed(Task t, String principal, TaskProxy p) {
		if (mapper.selectRoutedTasks(List.of(t.getId())).stream().noneMatch(r -> r.principal().equals(principal))) {
			mapper.insertTaskProxy(t.getId(), principal, p.proxy(), p.id(), AppClock.now());
		}
		TaskSubject s = receivers.subject(t);
		String who = p.principalName() == null ? principal : p.principalName();
		String proxyName = p.proxyName() == null ? p.proxy() : p.proxyName();
		verbs.timeline(AuditActor.PROXY_ROUTING, s, "委托代理", null, "「" + t.getName() + "」由 " + proxyName + " 代 " + who + " 办理");
		verbs.tell(s, List.of(p.proxy()), "TASK", "代 " + who + " 办理：" + t.getName(), "委托代理期间的待办", t.getId());
	}

}

package cn.statenforce.workbench;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.TaskReceiverRule.Handover;
import cn.statenforce.workbench.TaskReceiverRule.Receiving;

/**
 * Who may receive an open task by 转办, 委派 or 委托代理, the same for every process: a user of the step's role in the
 * step's bureau (the candidate groups say both; a step assigned to named users asks for the roles they share, in
 * the record's bureau), with a 统计执法证 valid today for an inspector step (统计法 Art 38, the rule the enforcement
 * case applies to its own steps: {@link UserSummary#hasCertificateValidOn}), and no veto of the capability that owns
 * the process ({@link TaskReceiverRule}).
 */
@Component
class TaskReceivers {

	private final TaskService tasks;

	private final UserService users;

	private final TaskRecords records;

	private final ObjectProvider<TaskReceiverRule> rules;

	TaskReceivers(TaskService tasks, UserService users, TaskRecords records, ObjectProvider<TaskReceiverRule> rules) {
		this.tasks = tasks;
		this.users = users;
		this.records = records;
		this.rules = rules;
	}

	/** The hand-over as the rules see it; 409 with the first reason that refuses it. */
	Receiving check(Task task, UserSummary receiver, Handover handover) {
		Receiving r = receiving(task, receiver, handover);
		veto(r).ifPresent(reason -> {
			throw new ConflictException(reason);
		});
		return r;
	}

	/** The first reason that refuses the hand-over, if any. */
	Optional<String> veto(Receiving r) {
		Optional<String> own = standard(r);
		if (own.isPresent()) {
			return own;
		}
		for (TaskReceiverRule rule : rules.orderedStream().toList()) {
			Optional<String> v = rule.veto(r);
			if (v.isPresent()) {
				return v;
			}
		}
		return Optional.empty();
	}

	Receiving receiving(Task task, UserSummary receiver, Handover handover) {
		return new Receiving(task, records.processKey(task), task.getTaskDefinitionKey(), task.getName(),
				records.subject(task), stepRoles(task), receiver, handover);
	}

	/**
	 * The candidates of the task: from the task itself while the engine creates or assigns it (a listener, before
	 * the task is written), else from the engine.
	 */
	private List<IdentityLink> links(Task task) {
		if (task instanceof DelegateTask d && org.camunda.bpm.engine.impl.context.Context.getCommandContext() != null) {
			return List.copyOf(d.getCandidates());
		}
		return tasks.getIdentityLinksForTask(task.getId());
	}

	TaskSubject subject(Task task) {
		return records.subject(task);
	}

	/** The roles the step asks for: from its candidate groups, else the bureau roles its named users share. */
	Set<Role> stepRoles(Task task) {
		List<IdentityLink> links = links(task);
		Set<Role> fromGroups = EnumSet.noneOf(Role.class);
		for (IdentityLink l : links) {
			if (IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null) {
				role(l.getGroupId()).ifPresent(fromGroups::add);
			}
		}
		if (!fromGroups.isEmpty()) {
			return fromGroups;
		}
		Set<String> named = new LinkedHashSet<>(namedUsers(task, links));
		Set<Role> shared = null;
		for (UserSummary u : users.byUsernames(named).values()) {
			Set<Role> own = u.roles().stream().filter(Role::isBureauRole).collect(Collectors.toCollection(HashSet::new));
			if (shared == null) {
				shared = own;
			}
			else {
				shared.retainAll(own);
			}
		}
		return shared == null ? Set.of() : EnumSet.copyOf(shared.isEmpty() ? EnumSet.noneOf(Role.class) : shared);
	}

	private static List<String> namedUsers(Task task, List<IdentityLink> links) {
		List<String> named = new java.util.ArrayList<>();
		if (task.getOwner() != null) {
			named.add(task.getOwner());
		}
		else if (task.getAssignee() != null) {
			named.add(task.getAssignee());
		}
		for (IdentityLink l : links) {
			if (IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null) {
				named.add(l.getUserId());
			}
		}
		return named;
	}

	private Optional<String> standard(Receiving r) {
		UserSummary to = r.receiver();
		String step = "「" + r.stepName() + "」";
		List<String> groups = links(r.task()).stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		if (!groups.isEmpty()) {
			var account = users.findByUsername(to.username());
			Set<String> theirs = account == null ? Set.of() : new HashSet<>(users.groupIds(account));
			if (groups.stream().noneMatch(theirs::contains)) {
				return Optional.of("接收人 " + to.displayName() + " 不是本局" + labels(r.stepRoles()) + "，不能办理" + step);
			}
		}
		else {
			Long bureauId = r.subject() != null && r.subject().bureauId() != null ? r.subject().bureauId() : null;
			if (bureauId != null && !bureauId.equals(to.bureauId())) {
				return Optional.of("接收人 " + to.displayName() + " 不是本局人员，不能办理" + step);
			}
			if (!r.stepRoles().isEmpty() && r.stepRoles().stream().noneMatch(to::hasRole)) {
				return Optional.of("接收人 " + to.displayName() + " 不是" + labels(r.stepRoles()) + "，不能办理" + step);
			}
		}
		if (r.stepRoles().equals(Set.of(Role.INSPECTOR))
				&& !(to.hasRole(Role.INSPECTOR) && to.hasCertificateValidOn(AppClock.today()))) {
			return Optional.of("接收人 " + to.displayName() + " 没有当日有效的统计执法证，不能办理执法环节" + step);
		}
		return Optional.empty();
	}

	private static String labels(Set<Role> roles) {
		return roles.isEmpty() ? "办理人员" : roles.stream().map(Role::label).collect(Collectors.joining("或"));
	}

	/** {@code LEADER_430302} or {@code LEADER} → the role; other groups (the engine's own) → none. */
	static Optional<Role> role(String groupId) {
		String name = groupId.matches(".+_\\d{6}") ? groupId.substring(0, groupId.lastIndexOf('_')) : groupId;
		for (Role r : Role.values()) {
			if (r.name().equals(name) && r.isBureauRole()) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

}

package cn.statenforce.workbench;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;

/**
 * The user's tasks as the engine holds them: to-do = assigned to the user or offered to one of the
 * user's groups (groups are bureau-scoped, see {@code TaskGroups}); done = completed by the user.
 */
@Service
public class TaskInbox {

	private final TaskService taskService;

	private final HistoryService historyService;

	private final RepositoryService repositoryService;

	private final List<TaskSubjects> subjects;

	private final UserService users;

	private final TaskSteps steps;

	private final BureauService bureaus;

	private final WorkingDayCalendar calendar;

	private final NotificationService notifications;

	private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

	private final org.springframework.beans.factory.ObjectProvider<TaskProxies> proxies;

	TaskInbox(TaskService taskService, HistoryService historyService, RepositoryService repositoryService,
			List<TaskSubjects> subjects, UserService users, BureauService bureaus, WorkingDayCalendar calendar,
			NotificationService notifications, TaskSteps steps,
			org.springframework.beans.factory.ObjectProvider<TaskProxies> proxies) {
		this.proxies = proxies;
		this.taskService = taskService;
		this.historyService = historyService;
		this.repositoryService = repositoryService;
		this.subjects = subjects;
		this.users = users;
		this.bureaus = bureaus;
		this.calendar = calendar;
		this.notifications = notifications;
		this.steps = steps;
	}

	public PageResult<TaskRow> todo(CurrentUser user, TaskFilter f) {
		List<String> keys = f.q() == null ? List.of() : keysByPartyName(user, f.q());
		UnaryOperator<TaskQuery> filter = q -> {
			if (f.processKey() != null) {
				q.processDefinitionKey(f.processKey());
			}
			if (f.q() != null) {
				if (keys.isEmpty()) {
					q.processInstanceBusinessKeyLike("%" + f.q() + "%");
				}
				else {
					q.or().processInstanceBusinessKeyLike("%" + f.q() + "%").processInstanceBusinessKeyIn(keys.toArray(String[]::new)).endOr();
				}
			}
			return q;
		};
		long total = todoCount(user, filter);
		List<Task> tasks = todoPage(user, filter, q -> q.orderByTaskCreateTime().desc(), NEWEST_FIRST,
				(int) PageResult.offset(f.page(), f.size()), f.size());
		return new PageResult<>(rowsOfTasks(tasks), total, f.page(), f.size());
	}

	public PageResult<TaskRow> done(CurrentUser user, TaskFilter f) {
		HistoricTaskInstanceQuery q = historyService.createHistoricTaskInstanceQuery()
			.taskAssignee(user.username())
			.finished();
		if (f.processKey() != null) {
			q.processDefinitionKey(f.processKey());
		}
		if (f.q() != null) {
			List<String> keys = keysByPartyName(user, f.q());
			if (keys.isEmpty()) {
				q.processInstanceBusinessKeyLike("%" + f.q() + "%");
			}
			else {
				q.or().processInstanceBusinessKeyLike("%" + f.q() + "%").processInstanceBusinessKeyIn(keys.toArray(String[]::new)).endOr();
			}
		}
		long total = q.count();
		List<HistoricTaskInstance> tasks = q.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage((int) PageResult.offset(f.page(), f.size()), f.size());
		return new PageResult<>(rowsOfHistory(tasks), total, f.page(), f.size());
	}

	public WorkbenchSummary summary(CurrentUser user) {
		Date now = toDate(AppClock.now());
		Date soon = toDate(LocalDateTime.of(calendar.addWorkingDays(AppClock.today(), 3), LocalTime.MAX));
		long todo = todoCount(user, q -> q);
		long overdue = todoCount(user, q -> q.dueBefore(now));
		long dueSoon = todoCount(user, q -> q.dueAfter(now).dueBefore(soon));
		List<Task> urgent = todoPage(user, q -> q.dueBefore(soon), q -> q.orderByDueDate().asc(), DUE_FIRST, 0, 8);
		return new WorkbenchSummary(todo, overdue, dueSoon, notifications.unreadCount(user.username()),
				rowsOfTasks(urgent));
	}

	/** A task the user may work on (assigned to them or offered to their groups); 404 otherwise. */
	public Task visibleTask(CurrentUser user, String taskId) {
		Task t = todoQuery(user).taskId(taskId).singleResult();
		if (t == null) {
			throw new NotFoundException("任务不存在、已办结或无权办理");
		}
		return t;
	}


	public TaskRow row(Task task) {
		return rowsOfTasks(List.of(task)).get(0);
	}

	/** 签收: takes a group task; 409 when someone else holds it. */
	@Transactional
	public void claim(CurrentUser user, String taskId) {
		Task t = steps.offeredTask(user, taskId);
		if (t.getAssignee() != null) {
			if (t.getAssignee().equals(user.username())) {
				return;
			}
			throw new ConflictException("该任务已由其他人签收");
		}
		taskService.claim(taskId, user.username());
	}

	/** 退回组: gives a claimed group task back to its groups. */
	@Transactional
	public void unclaim(CurrentUser user, String taskId) {
		Task t = visibleTask(user, taskId);
		if (!user.username().equals(t.getAssignee())) {
			throw new ConflictException("只能退回本人已签收的任务");
		}
		taskService.setAssignee(taskId, null);
		proxies.getObject().released(taskId, user.username());
	}

	/** Latest versions of all deployed processes, for the process filter. */
	public List<ProcessDefinition> processes() {
		return repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc().list();
	}

	private TaskQuery todoQuery(CurrentUser user) {
		return taskService.createTaskQuery()
			.active()
			.or()
			.taskAssignee(user.username())
			.taskCandidateUser(user.username())
			.endOr();
	}

	/*
	 * 待办 = the tasks assigned to the user plus the unassigned tasks offered to the user or their groups. The two
	 * sets are disjoint, and asked for separately each query uses an index (assignee; candidate group or user),
	 * where the single OR of both cannot and reads every open task of every bureau.
	 */

	private static final Comparator<Task> NEWEST_FIRST = Comparator.comparing(Task::getCreateTime,
			Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Task::getId, Comparator.reverseOrder());

	private static final Comparator<Task> DUE_FIRST = Comparator.comparing(Task::getDueDate,
			Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Task::getId);

	private TaskQuery assignedQuery(CurrentUser user) {
		return taskService.createTaskQuery().active().taskAssignee(user.username());
	}

	private TaskQuery offeredQuery(CurrentUser user) {
		return taskService.createTaskQuery().active().taskCandidateUser(user.username());
	}

	private long todoCount(CurrentUser user, UnaryOperator<TaskQuery> filter) {
		return filter.apply(assignedQuery(user)).count() + filter.apply(offeredQuery(user)).count();
	}

	/** One page of the union in the given order: the first {@code offset + size} of each, merged. */
	private List<Task> todoPage(CurrentUser user, UnaryOperator<TaskQuery> filter, UnaryOperator<TaskQuery> order,
			Comparator<Task> comparator, int offset, int size) {
		List<Task> all = new ArrayList<>(order.apply(filter.apply(assignedQuery(user))).listPage(0, offset + size));
		all.addAll(order.apply(filter.apply(offeredQuery(user))).listPage(0, offset + size));
		all.sort(comparator);
		return all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
	}

	private List<String> keysByPartyName(CurrentUser user, String text) {
		List<Long> scope = bureaus.readableBureauIds(user);
		List<String> keys = new ArrayList<>();
		for (TaskSubjects s : subjects) {
			keys.addAll(s.businessKeysByPartyName(scope, text));
		}
		return keys;
	}

	private List<TaskRow> rowsOfTasks(List<Task> tasks) {
		Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId).toList());
		Map<String, TaskSubject> described = describe(tasks.stream()
			.map(t -> Map.entry(definition(t.getProcessDefinitionId()).getKey(),
					String.valueOf(businessKeys.get(t.getProcessInstanceId()))))
			.toList());
		Map<String, UserSummary> people = users.byUsernames(
				tasks.stream().map(Task::getAssignee).filter(Objects::nonNull).distinct().toList());
		return tasks.stream().map(t -> {
			ProcessDefinition d = definition(t.getProcessDefinitionId());
			String bk = businessKeys.get(t.getProcessInstanceId());
			LocalDateTime due = toLocal(t.getDueDate());
			UserSummary a = t.getAssignee() == null ? null : people.get(t.getAssignee());
			return new TaskRow(t.getId(), t.getName(), d.getKey(), d.getName(), bk, t.getProcessInstanceId(),
					described.get(bk), t.getAssignee(), a == null ? t.getAssignee() : a.displayName(),
					toLocal(t.getCreateTime()), due, null,
					due == null ? null : calendar.workingDaysLeft(due.toLocalDate()),
					due != null && calendar.isProvisional(due.toLocalDate()));
		}).toList();
	}

	private List<TaskRow> rowsOfHistory(List<HistoricTaskInstance> tasks) {
		Map<String, String> businessKeys = businessKeys(
				tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
		Map<String, TaskSubject> described = describe(tasks.stream()
			.map(t -> Map.entry(t.getProcessDefinitionKey(), String.valueOf(businessKeys.get(t.getProcessInstanceId()))))
			.toList());
		return tasks.stream().map(t -> {
			ProcessDefinition d = definition(t.getProcessDefinitionId());
			String bk = businessKeys.get(t.getProcessInstanceId());
			return new TaskRow(t.getId(), t.getName(), d.getKey(), d.getName(), bk, t.getProcessInstanceId(),
					described.get(bk), t.getAssignee(), null, toLocal(t.getStartTime()), toLocal(t.getDueDate()),
					toLocal(t.getEndTime()), null, false);
		}).toList();
	}

	private Map<String, TaskSubject> describe(List<Map.Entry<String, String>> processKeyAndBusinessKey) {
		Map<String, TaskSubject> result = new HashMap<>();
		for (TaskSubjects s : subjects) {
			Set<String> keys = new HashSet<>();
			Collection<String> owned = s.processKeys();
			for (var e : processKeyAndBusinessKey) {
				if (e.getValue() != null && owned.contains(e.getKey())) {
					keys.add(e.getValue());
				}
			}
			if (!keys.isEmpty()) {
				result.putAll(s.describe(keys));
			}
		}
		return result;
	}

	/** Process instance id → business key, in one query. */
	private Map<String, String> businessKeys(List<String> processInstanceIds) {
		Map<String, String> keys = new HashMap<>();
		Set<String> ids = new HashSet<>(processInstanceIds);
		ids.remove(null);
		if (!ids.isEmpty()) {
			historyService.createHistoricProcessInstanceQuery()
				.processInstanceIds(ids)
				.list()
				.forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
		}
		return keys;
	}

	private ProcessDefinition definition(String id) {
		return definitions.computeIfAbsent(id, repositoryService::getProcessDefinition);
	}

	private static LocalDateTime toLocal(Date d) {
		return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), AppClock.ZONE);
	}

	private static Date toDate(LocalDateTime t) {
		return AppClock.toDate(t);
	}

}

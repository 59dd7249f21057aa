package cn.statenforce.workbench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;

/**
 * 抄送/传阅: the holder of an open task sends its record to colleagues (of any bureau) to read; each copy shows
 * whether it was read (已阅/未阅) and grants read access to the record until the sender removes it
 * ({@link TaskAccess}).
 */
@Service
public class TaskCopies {

	private final TaskSteps steps;

	private final TaskRecords records;

	private final UserService users;

	private final NotificationService notifications;

	private final TaskVerbs verbs;

	private final TaskVerbMapper mapper;

	TaskCopies(TaskSteps steps, TaskRecords records, UserService users, NotificationService notifications,
			TaskVerbs verbs, TaskVerbMapper mapper) {
		this.steps = steps;
		this.records = records;
		this.users = users;
		this.notifications = notifications;
		this.verbs = verbs;
		this.mapper = mapper;
	}

	/** Copies the task's record to the recipients (usernames); the ones holding a standing copy are skipped. */
	@Transactional
	public List<TaskCopy> copy(CurrentUser user, String taskId, List<String> recipients, String note) {
		Task t = steps.assignedTask(user, taskId);
		TaskSubject s = records.subject(t);
		if (s == null || s.subjectType() == null || s.subjectId() == null || s.bureauId() == null) {
			throw new ConflictException("「" + t.getName() + "」没有可供传阅的业务记录");
		}
		String text = Inputs.optional("note", "抄送说明", note, 500);
		Set<String> names = new LinkedHashSet<>();
		for (String r : recipients == null ? List.<String>of() : recipients) {
			if (r != null && !r.isBlank()) {
				names.add(r.strip());
			}
		}
		names.remove(user.username());
		if (names.isEmpty()) {
			throw new BadRequestException("recipients", "请选择抄送人");
		}
		if (names.size() > 50) {
			throw new BadRequestException("recipients", "抄送人一次最多 50 人");
		}
		Map<String, UserSummary> found = users.byUsernames(names);
		List<TaskCopy> made = new ArrayList<>();
		List<String> told = new ArrayList<>();
		for (String n : names) {
			UserSummary u = found.get(n);
			if (u == null || !u.enabled() || u.roles().stream().noneMatch(Role.BUREAU_STAFF::contains)) {
				throw new BadRequestException("recipients", "抄送人 " + n + " 不存在、已停用或不是统计局工作人员");
			}
			if (mapper.countOpenCopies(n, s.subjectType(), s.subjectId()) > 0) {
				continue;
			}
			mapper.insertCopy(new TaskCopy(null, s.bureauId(), t.getId(), t.getProcessInstanceId(), records.processKey(t),
					records.businessKey(t.getProcessInstanceId()), t.getName(), s.subjectType(), s.subjectId(), s.link(),
					user.username(), null, n, null, text, AppClock.now(), null, null));
			made.add(mapper.selectCopy(mapper.selectLastCopyId(t.getId(), n)));
			told.add(n);
		}
		if (!told.isEmpty()) {
			verbs.timeline(AuditActor.user(user), s, "抄送", text, "「" + t.getName() + "」由 " + user.displayName() + " 抄送 "
					+ String.join("、", told.stream().map(n -> found.get(n).displayName()).toList()));
			notifications.send(s.bureauId(), told, new Message("COPY", "抄送给您阅知：" + t.getName(),
					user.displayName() + (text == null ? "" : "：" + text), "/copies/" + made.get(0).id(), s.subjectType(),
					s.subjectId()));
		}
		return made;
	}

	/** 抄送我: the copies sent to the user, newest first. */
	public PageResult<TaskCopy> toMe(CurrentUser user, int page, int size) {
		return new PageResult<>(mapper.selectCopiesToRecipient(user.username(), PageResult.offset(page, size), size),
				mapper.countCopiesToRecipient(user.username(), false), Math.max(page, 1), size);
	}

	public long unreadCount(CurrentUser user) {
		return mapper.countCopiesToRecipient(user.username(), true);
	}

	/** The copies made in the task's process (for the task page: who has read it). */
	public List<TaskCopy> ofProcess(String processInstanceId) {
		return processInstanceId == null ? List.of() : mapper.selectCopiesOfProcess(processInstanceId);
	}

	/** Opens a copy sent to the user: marks it 已阅 and returns it (404 for anyone else's). */
	@Transactional
	public TaskCopy read(CurrentUser user, long id) {
		TaskCopy c = mapper.selectCopy(id);
		if (c == null || c.removedAt() != null || !c.recipient().equals(user.username())) {
			throw new NotFoundException("抄送记录不存在或已撤回");
		}
		mapper.markCopyRead(id, user.username(), AppClock.now());
		return mapper.selectCopy(id);
	}

	/** Takes a copy back (the sender): the recipient's read access ends. */
	@Transactional
	public void remove(CurrentUser user, long id) {
		TaskCopy c = mapper.selectCopy(id);
		if (c == null || c.removedAt() != null || !c.sender().equals(user.username())) {
			throw new NotFoundException("抄送记录不存在或已撤回");
		}
		if (mapper.removeCopy(id, AppClock.now()) != 1) {
			throw new ConflictException("该抄送已撤回");
		}
		verbs.timeline(AuditActor.user(user), records.subject(c.processKey(), c.businessKey()), "撤回抄送", null,
				"撤回对 " + (c.recipientName() == null ? c.recipient() : c.recipientName()) + " 的抄送");
	}

}

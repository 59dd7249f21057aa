package cn.statenforce.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;

/**
 * "The approver sees what they approve": holding an open task of a record's process (assigned, offered to the
 * user or their groups, or delegated by them), or having been sent a copy of it (抄送, not removed), lets the user
 * read the record whatever the bureau scoping says — for as long as the task is open or the copy stands. Each
 * capability's read check asks here when its own rule refuses ({@code CaseQueryService.get},
 * {@code InspectionService.get}, {@code RectificationAccess}).
 */
@Component
public class TaskAccess {

	private final TaskService tasks;

	private final TaskRecords records;

	private final TaskVerbMapper mapper;

	TaskAccess(TaskService tasks, TaskRecords records, TaskVerbMapper mapper) {
		this.tasks = tasks;
		this.records = records;
		this.mapper = mapper;
	}

	/** Whether an open task or a standing copy lets the user read the record. */
	public boolean grantsRead(CurrentUser user, String subjectType, long subjectId) {
		if (user == null) {
			return false;
		}
		if (mapper.countOpenCopies(user.username(), subjectType, subjectId) > 0) {
			return true;
		}
		return holdsTaskOf(user.username(), subjectType, subjectId);
	}

	/** Whether the user holds an open task of the record's process. */
	public boolean holdsTaskOf(String username, String subjectType, long subjectId) {
		List<Task> held = new ArrayList<>(tasks.createTaskQuery().active().taskAssignee(username).list());
		held.addAll(tasks.createTaskQuery().active().taskCandidateUser(username).includeAssignedTasks().list());
		held.addAll(tasks.createTaskQuery().active().taskOwner(username).list());
		Set<String> seen = new HashSet<>();
		for (Task t : held) {
			if (t.getProcessInstanceId() == null || !seen.add(t.getProcessInstanceId())) {
				continue;
			}
			TaskSubject s = records.subject(t);
			if (s != null && subjectType.equals(s.subjectType()) && s.subjectId() != null && s.subjectId() == subjectId) {
				return true;
			}
		}
		return false;
	}

}

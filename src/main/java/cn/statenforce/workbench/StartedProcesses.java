package cn.statenforce.workbench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.PageResult;

/** 我发起: the processes the user started from the application (recorded by the workbench's start listener). */
@Service
public class StartedProcesses {

	/** One process the user started, with what it is about and whether it is still running. */
	public record Started(String processInstanceId, String processName, String businessKey, TaskSubject subject,
			LocalDateTime startedAt, LocalDateTime endedAt) {

		public boolean isRunning() {
			return endedAt == null;
		}

	}

	private final TaskVerbMapper mapper;

	private final HistoryService history;

	private final RepositoryService repository;

	private final TaskRecords records;

	StartedProcesses(TaskVerbMapper mapper, HistoryService history, RepositoryService repository, TaskRecords records) {
		this.mapper = mapper;
		this.history = history;
		this.repository = repository;
		this.records = records;
	}

	public long count(CurrentUser user) {
		return mapper.countStarted(user.username());
	}

	public PageResult<Started> of(CurrentUser user, int page, int size) {
		List<String> ids = mapper.selectStartedProcessIds(user.username(), PageResult.offset(page, size), size);
		List<Started> rows = new ArrayList<>();
		if (!ids.isEmpty()) {
			Map<String, HistoricProcessInstance> byId = history.createHistoricProcessInstanceQuery()
				.processInstanceIds(new HashSet<>(ids)).list().stream()
				.collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
			for (String id : ids) {
				HistoricProcessInstance pi = byId.get(id);
				if (pi == null) {
					continue;
				}
				ProcessDefinition d = repository.getProcessDefinition(pi.getProcessDefinitionId());
				rows.add(new Started(id, d.getName() != null ? d.getName() : d.getKey(), pi.getBusinessKey(),
						records.subject(d.getKey(), pi.getBusinessKey()), local(pi.getStartTime()), local(pi.getEndTime())));
			}
		}
		return new PageResult<>(rows, count(user), Math.max(page, 1), size);
	}

	private static LocalDateTime local(java.util.Date d) {
		return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), AppClock.ZONE);
	}

}

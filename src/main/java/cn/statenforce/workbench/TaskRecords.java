package cn.statenforce.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What a task is about (capabilities looked up when asked: they depend on the workbench themselves) (the record the capability describes) and which process it belongs to. */
@Component
class TaskRecords {

	private final RepositoryService repository;

	private final HistoryService history;

	private final ObjectProvider<TaskSubjects> subjects;

	private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

	TaskRecords(RepositoryService repository, HistoryService history, ObjectProvider<TaskSubjects> subjects) {
		this.repository = repository;
		this.history = history;
		this.subjects = subjects;
	}

	String processKey(Task task) {
		return definition(task.getProcessDefinitionId()).getKey();
	}

	String processName(Task task) {
		ProcessDefinition d = definition(task.getProcessDefinitionId());
		return d.getName() != null ? d.getName() : d.getKey();
	}

	String businessKey(String processInstanceId) {
		if (processInstanceId == null) {
			return null;
		}
		HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		return pi == null ? null : pi.getBusinessKey();
	}

	/** The record of the task's process; null when no capability describes it. */
	TaskSubject subject(Task task) {
		if (task instanceof DelegateTask d && org.camunda.bpm.engine.impl.context.Context.getCommandContext() != null) {
			// inside the engine (a task listener): the process may not be written yet
			return subject(processKey(task), d.getExecution().getProcessBusinessKey());
		}
		return subject(processKey(task), businessKey(task.getProcessInstanceId()));
	}

	TaskSubject subject(String processKey, String businessKey) {
		if (businessKey == null) {
			return null;
		}
		for (TaskSubjects s : subjects.orderedStream().toList()) {
			Collection<String> owned = s.processKeys();
			if (owned.contains(processKey)) {
				TaskSubject found = s.describe(List.of(businessKey)).get(businessKey);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private ProcessDefinition definition(String id) {
		return definitions.computeIfAbsent(id, repository::getProcessDefinition);
	}

}

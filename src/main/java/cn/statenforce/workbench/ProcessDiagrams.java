package cn.statenforce.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.NotFoundException;

/**
 * The process diagram of one process instance as a page draws it (fragments/process-diagram.html): the BPMN of
 * the very definition version the instance runs on (an instance started before a model change keeps its old
 * diagram), the steps active now, the steps already passed (from history) and the step to zoom on. Callers check
 * read access first: the task page through {@link #forTask}, a record page through its own query.
 */
@Component
public class ProcessDiagrams {

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final HistoryService history;

	private final TaskInbox inbox;

	ProcessDiagrams(RuntimeService runtime, RepositoryService repository, HistoryService history, TaskInbox inbox) {
		this.runtime = runtime;
		this.repository = repository;
		this.history = history;
		this.inbox = inbox;
	}

	/**
	 * Where an instance stands: active and completed activity ids and the current step (the task's activity on a
	 * task page, null elsewhere).
	 */
	public record State(String processDefinitionId, boolean ended, List<String> active, List<String> completed,
			String current) {
	}

	/** The BPMN 2.0 XML (with diagram interchange) of a deployed process definition. */
	public String bpmnXml(String processDefinitionId) {
		try (InputStream in = repository.getProcessModel(processDefinitionId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("流程模型读取失败: " + processDefinitionId, e);
		}
	}

	/** The state of a process instance, running or ended; 404 when the engine knows no such instance. */
	public State state(String processInstanceId) {
		List<String> completed = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
			.finished().orderByHistoricActivityInstanceStartTime().asc().list().stream()
			.map(HistoricActivityInstance::getActivityId).distinct().toList();
		ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		if (running != null) {
			return new State(running.getProcessDefinitionId(), false, runtime.getActiveActivityIds(processInstanceId),
					completed, null);
		}
		HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		if (ended == null) {
			throw new NotFoundException("该流程记录不存在");
		}
		return new State(ended.getProcessDefinitionId(), true, List.of(), completed, null);
	}

	/** The diagram state of the instance a task belongs to, for a user who may see the task (404 otherwise). */
	public State forTask(CurrentUser user, String taskId) {
		Task task = inbox.visibleTask(user, taskId);
		State s = state(task.getProcessInstanceId());
		return new State(s.processDefinitionId(), s.ended(), s.active(), s.completed(), task.getTaskDefinitionKey());
	}

	/** The BPMN XML of the definition a task's instance runs on, for a user who may see the task. */
	public String bpmnXmlForTask(CurrentUser user, String taskId) {
		return bpmnXml(inbox.visibleTask(user, taskId).getProcessDefinitionId());
	}

}

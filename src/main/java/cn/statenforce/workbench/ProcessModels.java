package cn.statenforce.workbench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * What the deployed models say, so that Java never copies it: the Chinese name of a step (the BPMN element's
 * {@code name}) for messages about it. The deployed model is the one source of a process's flow; a user task
 * removed from or renamed in the model needs no change here.
 */
@Component
public class ProcessModels {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

	ProcessModels(RepositoryService repository, RuntimeService runtime, HistoryService history) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
	}

	/** The model of a deployed definition (cached: a deployed definition never changes). */
	public BpmnModelInstance model(String processDefinitionId) {
		return models.computeIfAbsent(processDefinitionId, repository::getBpmnModelInstance);
	}

	/** The model of the latest deployed version of a process key. */
	public BpmnModelInstance latestModel(String processKey) {
		ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
			.singleResult();
		if (d == null) {
			throw new IllegalStateException("process not deployed: " + processKey);
		}
		return model(d.getId());
	}

	/**
	 * The name of element {@code elementId} in the model the process instance runs (or ran, once it ended); the
	 * latest deployed model that has the element when the instance is unknown (a record without a process yet).
	 */
	public String elementName(String processInstanceId, String elementId) {
		String definitionId = definitionOf(processInstanceId);
		if (definitionId != null) {
			return nameIn(model(definitionId), elementId);
		}
		return repository.createProcessDefinitionQuery().latestVersion().list().stream()
			.map(d -> model(d.getId()))
			.filter(m -> m.getModelElementById(elementId) != null)
			.map(m -> nameIn(m, elementId))
			.findFirst()
			.orElse(elementId);
	}

	/** The name of element {@code elementId} in the latest version of a process. */
	public String latestElementName(String processKey, String elementId) {
		return nameIn(latestModel(processKey), elementId);
	}

	private String definitionOf(String processInstanceId) {
		if (processInstanceId == null) {
			return null;
		}
		ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
		if (running != null) {
			return running.getProcessDefinitionId();
		}
		HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		return ended == null ? null : ended.getProcessDefinitionId();
	}

	private static String nameIn(BpmnModelInstance model, String elementId) {
		FlowElement e = model.getModelElementById(elementId);
		return e == null || e.getName() == null ? elementId : e.getName();
	}

}

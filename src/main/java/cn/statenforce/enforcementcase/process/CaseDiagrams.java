package cn.statenforce.enforcementcase.process;

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
import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.NotFoundException;

/**
 * The process diagram of one case as the case page draws it: the BPMN of the very definition version the
 * case runs on (a case started before a model change keeps its old diagram), the steps active now and the
 * steps already passed. Scoped like the case itself: a user who may not read the case gets 404.
 */
@Component
public class CaseDiagrams {

	private final CaseQueryService queries;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final HistoryService history;

	CaseDiagrams(CaseQueryService queries, RuntimeService runtime, RepositoryService repository,
			HistoryService history) {
		this.queries = queries;
		this.runtime = runtime;
		this.repository = repository;
		this.history = history;
	}

	/** Where the case stands in its process: active and already completed activity ids. */
	public record State(String processDefinitionId, boolean ended, List<String> active, List<String> completed) {
	}

	/** The BPMN 2.0 XML (with diagram interchange) of the case's process definition. */
	public String bpmnXml(CurrentUser user, long caseId) {
		String definitionId = state(user, caseId).processDefinitionId();
		try (InputStream in = repository.getProcessModel(definitionId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("流程模型读取失败: " + definitionId, e);
		}
	}

	public State state(CurrentUser user, long caseId) {
		EnforcementCase c = queries.get(user, caseId);
		String pid = c.getProcessInstanceId();
		if (pid == null) {
			throw new NotFoundException("该案件没有流程实例");
		}
		List<String> completed = history.createHistoricActivityInstanceQuery().processInstanceId(pid).finished()
			.orderByHistoricActivityInstanceStartTime().asc().list().stream()
			.map(HistoricActivityInstance::getActivityId).distinct().toList();
		ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
		if (running != null) {
			return new State(running.getProcessDefinitionId(), false, runtime.getActiveActivityIds(pid), completed);
		}
		HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(pid)
			.singleResult();
		if (ended == null) {
			throw new NotFoundException("该案件的流程记录不存在");
		}
		return new State(ended.getProcessDefinitionId(), true, List.of(), completed);
	}

}

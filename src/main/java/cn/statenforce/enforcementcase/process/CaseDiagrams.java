package cn.statenforce.enforcementcase.process;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.workbench.ProcessDiagrams;

/**
 * The process diagram of one case as the case page draws it (the shared {@link ProcessDiagrams}), scoped like the
 * case itself: a user who may not read the case gets 404.
 */
@Component
public class CaseDiagrams {

	private final CaseQueryService queries;

	private final ProcessDiagrams diagrams;

	CaseDiagrams(CaseQueryService queries, ProcessDiagrams diagrams) {
		this.queries = queries;
		this.diagrams = diagrams;
	}

	/** The BPMN 2.0 XML (with diagram interchange) of the case's process definition. */
	public String bpmnXml(CurrentUser user, long caseId) {
		return diagrams.bpmnXml(state(user, caseId).processDefinitionId());
	}

	public ProcessDiagrams.State state(CurrentUser user, long caseId) {
		EnforcementCase c = queries.get(user, caseId);
		String pid = c.getProcessInstanceId();
		if (pid == null) {
			throw new NotFoundException("该案件没有流程实例");
		}
		return diagrams.state(pid);
	}

}

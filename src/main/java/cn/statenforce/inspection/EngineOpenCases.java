package cn.statenforce.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads open cases from the engine: running (active or suspended) instances of the process definition
 * {@value #CASE_PROCESS_KEY} and their process variable {@value #ENTERPRISE_VARIABLE}, which the enforcement
 * case capability sets to the party's directory id.
 */
@Component
class EngineOpenCases implements OpenCases {

	static final String CASE_PROCESS_KEY = "enforcement-case";

	static final String ENTERPRISE_VARIABLE = "enterpriseId";

	private static final int PAGE = 500;

	private final RuntimeService runtime;

	EngineOpenCases(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public Set<Long> enterpriseIds() {
		Set<Long> ids = new HashSet<>();
		for (int first = 0;; first += PAGE) {
			List<ProcessInstance> page = runtime.createProcessInstanceQuery()
				.processDefinitionKey(CASE_PROCESS_KEY)
				.orderByProcessInstanceId()
				.asc()
				.listPage(first, PAGE);
			if (page.isEmpty()) {
				return ids;
			}
			String[] instanceIds = page.stream().map(ProcessInstance::getId).toArray(String[]::new);
			for (VariableInstance v : runtime.createVariableInstanceQuery()
				.variableName(ENTERPRISE_VARIABLE)
				.processInstanceIdIn(instanceIds)
				.list()) {
				Long id = toLong(v.getValue());
				if (id != null) {
					ids.add(id);
				}
			}
			if (page.size() < PAGE) {
				return ids;
			}
		}
	}

	private static Long toLong(Object value) {
		if (value instanceof Number n) {
			return n.longValue();
		}
		if (value instanceof String s && s.matches("\\d{1,18}")) {
			return Long.parseLong(s);
		}
		return null;
	}

}

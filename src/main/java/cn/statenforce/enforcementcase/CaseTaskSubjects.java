package cn.statenforce.enforcementcase;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/** Task lists: a case's cause and party for its business keys; party-name search. Also the 案件 navigation. */
@Component
class CaseTaskSubjects implements TaskSubjects {

	private final CaseQueryService queries;

	CaseTaskSubjects(CaseQueryService queries) {
		this.queries = queries;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(EnforcementCaseProcess.KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		Map<String, TaskSubject> result = new HashMap<>();
		queries.byBusinessKeys(businessKeys).forEach((key, c) -> result.put(key,
				new TaskSubject(c.getCause(), c.getPartyName(), "/cases/" + c.getId(), c.getBureauId(),
						EnforcementCaseProcess.SUBJECT_TYPE, c.getId(), c.displayNumber())));
		return result;
	}

	@Override
	/** By party name, 案号 or lead number (the numbers a person reads on the paper). */
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return queries.businessKeysByPartyName(bureauIds, text);
	}

	@Bean
	static NavItem navCaseLead() {
		return new NavItem("案件", "线索登记", "/cases/new", 20, Set.of(Role.INSPECTOR, Role.LEADER, Role.DIRECTOR));
	}

	@Bean
	static NavItem navCaseLedger() {
		return new NavItem("案件", "案件台账", "/cases", 21,
				Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR));
	}

}

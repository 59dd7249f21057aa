package cn.statenforce.credit.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.credit.process.CreditWorkflow;
import cn.statenforce.credit.CreditRecord;
import cn.statenforce.credit.CreditRepair;
import cn.statenforce.credit.CreditRepairService;
import cn.statenforce.credit.CreditService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;
import cn.statenforce.workbench.TaskForm;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/** Identification and repair tasks in 待办 (by the enterprise), their forms on the task page, and the navigation. */
@Component
class CreditWorkbench implements TaskSubjects, TaskForm {

	private final CreditService records;

	private final CreditRepairService repairs;

	private final CreditWorkflow workflow;

	CreditWorkbench(CreditService records, CreditRepairService repairs, CreditWorkflow workflow) {
		this.records = records;
		this.repairs = repairs;
		this.workflow = workflow;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(CreditService.PROCESS_KEY, CreditRepairService.PROCESS_KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		Map<String, TaskSubject> result = new HashMap<>();
		for (CreditRecord r : records.byNumbers(businessKeys)) {
			result.put(r.recordNumber(), new TaskSubject("统计严重失信认定", r.enterpriseName(), "/credit/records/" + r.id(),
					r.bureauId(), CreditService.SUBJECT, r.id()));
		}
		for (CreditRepair p : repairs.byNumbers(businessKeys)) {
			CreditRecord r = records.unchecked(p.recordId());
			result.put(p.repairNumber(), new TaskSubject(p.kindLabel(), r.enterpriseName(), "/credit/repairs/" + p.id(),
					p.bureauId(), CreditRepairService.SUBJECT, p.id()));
		}
		return result;
	}

	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return records.numbersByEnterprise(bureauIds, text);
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return CreditService.PROCESS_KEY.equals(processDefinitionKey) || CreditRepairService.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public String fragment() {
		return "credit/task-form";
	}

	@Override
	public void populate(Task task, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("creditTaskKey", task.getTaskDefinitionKey());
		Object recordId = workflow.recordId(task, CreditService.VAR_RECORD_ID);
		if (recordId instanceof Number n) {
			model.addAttribute("r", records.record(user, n.longValue()));
		}
		else {
			long id = workflow.recordId(task, CreditRepairService.VAR_REPAIR_ID);
			CreditRepair p = repairs.repair(user, id);
			model.addAttribute("p", p);
			model.addAttribute("r", records.record(user, p.recordId()));
		}
	}

	@Bean
	static NavItem navCredit() {
		return new NavItem("统计监督", "统计信用", "/credit", 75, Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR));
	}

}

package cn.statenforce.enforcementcase.web;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseChecklist;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.process.CaseWorkflow;
import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.workbench.TaskForm;

/** The forms of the case's user tasks on the generic task page; they post to {@code /cases/{id}/steps/{key}}. */
@Component
class CaseTaskForm implements TaskForm {

	private final CaseQueryService queries;

	private final CaseWorkflow workflow;

	private final UserService users;

	private final CaseChecklist checklist;

	CaseTaskForm(CaseQueryService queries, CaseWorkflow workflow, UserService users, CaseChecklist checklist) {
		this.checklist = checklist;
		this.queries = queries;
		this.workflow = workflow;
		this.users = users;
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return EnforcementCaseProcess.KEY.equals(processDefinitionKey);
	}

	@Override
	public String fragment() {
		// the whole template is the form: workbench/task inserts ~{${formFragment}} as a template name
		return "enforcementcase/forms";
	}

	@Override
	public String recordFragment() {
		return "enforcementcase/task-record";
	}

	@Override
	public void populate(Task task, Model model) {
		long id = workflow.caseId(task);
		var d = queries.details(CurrentUsers.get(), id);
		model.addAttribute("d", d);
		model.addAttribute("c", d.enforcementCase());
		model.addAttribute("taskKey", task.getTaskDefinitionKey());
		// 法定要件核验 on each approval's page: the lines the step itself is refused by
		var checks = switch (task.getTaskDefinitionKey()) {
			case EnforcementCaseProcess.TASK_APPROVE_FILING -> checklist.filingApproval(CurrentUsers.get(), d.enforcementCase());
			case EnforcementCaseProcess.TASK_LEGAL_REVIEW -> checklist.legalReview(d.enforcementCase());
			case EnforcementCaseProcess.TASK_APPROVE_DECISION -> checklist.decisionApproval(CurrentUsers.get(), d.enforcementCase());
			case EnforcementCaseProcess.TASK_APPROVE_CLOSURE -> checklist.closureApproval(CurrentUsers.get(), d.enforcementCase());
			default -> null;
		};
		if (checks != null) {
			model.addAttribute("checklist", checks);
		}
		model.addAttribute("taskId", task.getId());
		model.addAttribute("violationTypes", ViolationType.values());
		model.addAttribute("serviceMethods", CaseEnums.ServiceMethod.values());
		model.addAttribute("waiverMethods", CaseEnums.WaiverMethod.values());
		model.addAttribute("inspectors", users.usersWithRole(d.enforcementCase().getBureauId(), Role.INSPECTOR));
		model.addAttribute("staff", users.search(java.util.List.of(d.enforcementCase().getBureauId()), null, null, 1, 200).items());
	}

}

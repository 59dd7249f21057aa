package cn.statenforce.complaint.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.complaint.process.ComplaintWorkflow;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;
import cn.statenforce.workbench.TaskForm;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/** Complaints in 待办 (by the reported unit, never the reporter), their forms on the task page, and the navigation. */
@Component
class ComplaintWorkbench implements TaskSubjects, TaskForm {

	private final ComplaintService complaints;

	private final EnterpriseService enterprises;

	private final ComplaintWorkflow workflow;

	ComplaintWorkbench(ComplaintService complaints, EnterpriseService enterprises, ComplaintWorkflow workflow) {
		this.complaints = complaints;
		this.enterprises = enterprises;
		this.workflow = workflow;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(ComplaintService.PROCESS_KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		Map<String, TaskSubject> result = new HashMap<>();
		complaints.byNumbers(businessKeys).forEach((k, c) -> result.put(k,
				new TaskSubject(c.channelLabel() + "：" + c.reportedUnit(), c.reportedUnit(), "/complaints/" + c.id(),
						c.bureauId(), ComplaintService.SUBJECT, c.id())));
		return result;
	}

	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return complaints.numbersByUnit(bureauIds, text);
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return ComplaintService.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public String fragment() {
		return "complaint/task-form";
	}

	@Override
	public void populate(Task task, Model model) {
		CurrentUser user = CurrentUsers.get();
		long id = workflow.recordId(task, ComplaintService.VAR_COMPLAINT_ID);
		ComplaintLabels.addTo(model);
		ComplaintController.populate(user, complaints.view(user, id), null, model, complaints, enterprises);
	}

	@Bean
	static NavItem navComplaints() {
		return new NavItem("统计监督", "举报受理", "/complaints", 73, Set.of(Role.INSPECTOR, Role.LEADER, Role.DIRECTOR));
	}

	@Bean
	static NavItem navComplaintEntry() {
		return new NavItem("统计监督", "登记举报", "/complaints/new", 74, Set.of(Role.INSPECTOR, Role.LEADER, Role.DIRECTOR));
	}

}

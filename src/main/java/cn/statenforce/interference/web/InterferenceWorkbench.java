package cn.statenforce.interference.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.interference.process.InterferenceWorkflow;
import cn.statenforce.interference.InterferenceReport;
import cn.statenforce.interference.InterferenceReportService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;
import cn.statenforce.workbench.TaskForm;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/**
 * The periodic report in 待办 (described by its period and bureau only, never by a record), its form on the task page,
 * and the navigation of the register.
 */
@Component
class InterferenceWorkbench implements TaskSubjects, TaskForm {

	private final InterferenceReportService reports;

	private final InterferenceWorkflow workflow;

	InterferenceWorkbench(InterferenceReportService reports, InterferenceWorkflow workflow) {
		this.reports = reports;
		this.workflow = workflow;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(InterferenceReportService.PROCESS_KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		return reports.reportsByNumbers(businessKeys).stream().collect(Collectors.toMap(InterferenceReport::reportNumber,
				r -> new TaskSubject(r.period().label() + "干预记录定期报告", reports.bureauName(r.bureauId()),
						"/interference/reports/" + r.id(), r.bureauId(), InterferenceReportService.SUBJECT_REPORT, r.id())));
	}

	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return List.of();
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return InterferenceReportService.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public String fragment() {
		return "interference/task-form";
	}

	@Override
	public void populate(Task task, Model model) {
		CurrentUser user = CurrentUsers.get();
		long id = workflow.recordId(task, InterferenceReportService.VAR_REPORT_ID);
		InterferenceReport r = reports.report(user, id);
		model.addAttribute("report", r);
		model.addAttribute("records", reports.recordsOf(user, r));
		model.addAttribute("maySubmit", reports.maySubmit(user, r));
	}

	private static final Set<Role> STAFF = Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN);

	@Bean
	static NavItem navInterference() {
		return new NavItem("统计监督", "干预记录", "/interference", 70, STAFF);
	}

	@Bean
	static NavItem navInterferenceReports() {
		return new NavItem("统计监督", "干预记录定期报告", "/interference/reports", 71, Set.of(Role.DIRECTOR));
	}

}

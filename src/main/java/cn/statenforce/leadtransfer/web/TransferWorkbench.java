package cn.statenforce.leadtransfer.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.leadtransfer.process.TransferWorkflow;
import cn.statenforce.leadtransfer.LeadTransfer;
import cn.statenforce.leadtransfer.TransferEnums;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.system.NavItem;
import cn.statenforce.workbench.TaskForm;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/** Lead transfers in 待办 (the person and recipient), their forms on the task page, and the navigation. */
@Component
class TransferWorkbench implements TaskSubjects, TaskForm {

	private final TransferService transfers;

	private final TransferWorkflow workflow;

	TransferWorkbench(TransferService transfers, TransferWorkflow workflow) {
		this.transfers = transfers;
		this.workflow = workflow;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(TransferService.PROCESS_KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		return transfers.byNumbers(businessKeys).stream().collect(Collectors.toMap(LeadTransfer::transferNumber,
				t -> new TaskSubject("移送" + t.recipientName() + "：" + t.personUnit() + t.personPost(), t.personName(),
						"/transfers/" + t.id(), t.bureauId(), TransferService.SUBJECT, t.id())));
	}

	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return transfers.numbersByPerson(bureauIds, text);
	}

	@Override
	public boolean supports(String processDefinitionKey, String taskDefinitionKey) {
		return TransferService.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public String fragment() {
		return "leadtransfer/task-form";
	}

	@Override
	public void populate(Task task, Model model) {
		CurrentUser user = CurrentUsers.get();
		long id = workflow.recordId(task, TransferService.VAR_TRANSFER_ID);
		model.addAttribute("t", transfers.transfer(user, id));
		model.addAttribute("materials", transfers.materials(user, id));
		model.addAttribute("transferTaskKey", task.getTaskDefinitionKey());
		model.addAttribute("replyResults", TransferEnums.ReplyResult.values());
		model.addAttribute("sanctionTypes", TransferEnums.SanctionType.values());
		model.addAttribute("today", AppClock.today());
	}

	@Bean
	static NavItem navTransfers() {
		return new NavItem("统计监督", "移送线索", "/transfers", 72,
				Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR));
	}

}

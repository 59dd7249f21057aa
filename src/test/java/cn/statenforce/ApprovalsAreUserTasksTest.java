package cn.statenforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every decision a person takes is a user task of the record's deployed process, offered to someone (assignee,
 * candidate users or groups), so that it shows in 待办; none is a plain service call. One test per capability
 * names its decisions; the last one sweeps every deployed model for an activity named as an approval that is not a
 * user task. The services' refusal (409) when the process does not wait at the step is proven in each
 * capability's process test (e.g. {@code InspectionPlanProcessTest.shouldRefuseEveryStepWhenThePlanIsNotThere}).
 */
@StatEnforceTest
class ApprovalsAreUserTasksTest {

	@Autowired
	RepositoryService repository;

	private BpmnModelInstance model(String key) {
		return repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
			.processDefinitionKey(key).latestVersion().singleResult().getId());
	}

	private void assertUserTasksOfferedToSomeone(String key, String... taskIds) {
		BpmnModelInstance m = model(key);
		for (String id : taskIds) {
			Object e = m.getModelElementById(id);
			assertThat(e).as(key + " " + id).isInstanceOf(UserTask.class);
			UserTask t = (UserTask) e;
			assertThat(t.getName()).as(key + " " + id + " has a Chinese name").matches(".*\\p{IsHan}.*");
			assertThat(t.getCamundaAssignee() != null || t.getCamundaCandidateUsers() != null
					|| t.getCamundaCandidateGroups() != null).as(key + " " + id + " is offered to someone").isTrue();
		}
	}

	@Test
	void inspectionPlanDecisionsAreUserTasks() {
		assertUserTasksOfferedToSomeone("inspection-plan", "Task_ApprovePlan", "Task_RevisePlan", "Task_DrawPlan",
				"Task_StartInspections", "Task_PublishPlan");
	}

	@Test
	void inspectionStepsAreUserTasks() {
		assertUserTasksOfferedToSomeone("inspection", "Task_ServeNotice", "Task_OnSiteInspection",
				"Task_RecordSummaryDecision");
		assertUserTasksOfferedToSomeone("correction-recheck", "Task_Recheck");
	}

	@Test
	void rectificationDecisionsAreUserTasks() {
		assertUserTasksOfferedToSomeone("rectification", "Task_WorkMeasure", "Task_SignOff", "Task_ApproveDeadlineChange",
				"Task_SubmitReport", "Task_LookBack", "Task_ReviewMechanisms", "Task_ApproveAmendment");
	}

	@Test
	void enforcementCaseStepsAreUserTasks() {
		assertUserTasksOfferedToSomeone("enforcement-case", "Task_AssessLead", "Task_ApproveNotFiling",
				"Task_ApproveFiling", "Task_SummaryDecision", "Task_Investigate", "Task_ProposeHandling", "Task_PriorNotice",
				"Task_RecordStatement", "Task_ScheduleHearing", "Task_RecordHearing", "Task_LegalReview",
				"Task_CollectiveDiscussion", "Task_ApproveDecision", "Task_ApproveExtension", "Task_SuperviseOverdue",
				"Task_TransferCase", "Task_ServeDecision", "Task_Publish", "Task_RecordPayment", "Task_HandleUncorrected",
				"Task_ApproveClosure", "Task_SupplementExecution");
	}

	@Test
	void registerDecisionsAreUserTasks() {
		assertUserTasksOfferedToSomeone("complaint", "Task_TriageComplaint", "Task_ApproveTriage", "Task_HandleComplaint");
		assertUserTasksOfferedToSomeone("credit-identification", "Task_ApproveIdentification");
		assertUserTasksOfferedToSomeone("credit-repair", "Task_ReviewRepair", "Task_ApproveRepair");
		assertUserTasksOfferedToSomeone("lead-transfer", "Task_ApproveTransfer", "Task_AwaitReply");
		assertUserTasksOfferedToSomeone("interference-report", "Task_SubmitInterferenceReport");
	}

	@Test
	void noApprovalOfAnyDeployedModelIsAnythingButAUserTask() {
		// decides which reviews and approvals a case needs (the DMN), it approves nothing itself
		List<String> notApprovals = List.of("enforcement-case Task_DetermineGates");
		List<String> wrong = new ArrayList<>();
		repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> {
			BpmnModelInstance m = repository.getBpmnModelInstance(d.getId());
			for (Activity a : m.getModelElementsByType(Activity.class)) {
				String name = a.getName() == null ? "" : a.getName();
				if (name.matches(".*(审批|审核|批准|销号|复核|评估).*") && !(a instanceof UserTask)
						&& !(a instanceof org.camunda.bpm.model.bpmn.instance.SubProcess)
						&& !notApprovals.contains(d.getKey() + " " + a.getId())) {
					wrong.add(d.getKey() + " " + a.getId() + " " + name);
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

}

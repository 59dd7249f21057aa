package cn.statenforce.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The lawful return targets read from the models as deployed (processes/*.bpmn), checked against the flows drawn in
 * them: earlier user tasks of the same scope only, over exclusive gateways and automatic steps, never over a loop-back
 * flow, a parallel gateway, a catch event or into or out of a (multi-instance) sub-process.
 */
class ReturnTargetsTest {

	private static BpmnModelInstance model(String key) {
		return Bpmn.readModelFromFile(new File("processes/" + key + ".bpmn"));
	}

	@Test
	void shouldOfferTheEarlierStepsOfTheCaseHandlingButNothingBeforeTheFiling() {
		BpmnModelInstance m = model("enforcement-case");
		assertThat(ReturnTargets.walk(m, "Task_ApproveDecision")).containsExactlyInAnyOrder("Task_CollectiveDiscussion",
				"Task_LegalReview", "Task_RecordHearing", "Task_ScheduleHearing", "Task_RecordStatement", "Task_PriorNotice",
				"Task_ProposeHandling", "Task_Investigate");
		assertThat(ReturnTargets.walk(m, "Task_Investigate")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_ProposeHandling")).containsExactly("Task_Investigate");
		assertThat(ReturnTargets.walk(m, "Task_ApproveFiling")).containsExactly("Task_AssessLead");
		assertThat(ReturnTargets.walk(m, "Task_ApproveNotFiling")).containsExactly("Task_AssessLead");
		assertThat(ReturnTargets.walk(m, "Task_AssessLead")).isEmpty();
		// the closure's own loop (补充执行材料 → 结案审批) is not a way back; the steps of execution are
		assertThat(ReturnTargets.walk(m, "Task_ApproveClosure")).doesNotContain("Task_SupplementExecution")
			.contains("Task_RecordPayment", "Task_HandleUncorrected", "Task_TransferCase", "Task_ServeDecision")
			.doesNotContain("Task_ApproveDecision", "Task_Investigate");
		// the extension approval runs in an event sub-process: nothing to return to
		assertThat(ReturnTargets.walk(m, "Task_ApproveExtension")).isEmpty();
	}

	@Test
	void shouldKeepTheRectificationReturnInsideOneMeasure() {
		BpmnModelInstance m = model("rectification");
		assertThat(ReturnTargets.walk(m, "Task_SignOff")).containsExactly("Task_WorkMeasure");
		assertThat(ReturnTargets.walk(m, "Task_WorkMeasure")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_ApproveDeadlineChange")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_SubmitReport")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_LookBack")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_ReviewMechanisms")).isEmpty();
	}

	@Test
	void shouldReturnTheOnSiteInspectionToTheNoticeOnly() {
		BpmnModelInstance m = model("inspection");
		assertThat(ReturnTargets.walk(m, "Task_OnSiteInspection")).containsExactly("Task_ServeNotice");
		assertThat(ReturnTargets.walk(m, "Task_ServeNotice")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_RecordSummaryDecision")).isEmpty();
	}

	@Test
	void shouldNeverCrossAParallelGatewayNorReturnToAMultiInstanceTask() {
		BpmnModelInstance m = Bpmn.createExecutableProcess("parallel").startEvent()
			.userTask("Task_Draft").name("起草")
			.parallelGateway("Fork")
			.userTask("Task_ReviewA").name("会签甲").userTask("Task_ReviewA2").name("会签甲复核")
			.parallelGateway("Join")
			.userTask("Task_Sign").name("签发")
			.userTask("Task_Many").name("多人会签").multiInstance().cardinality("2").multiInstanceDone()
			.userTask("Task_Last").name("归档")
			.endEvent()
			.moveToNode("Fork").userTask("Task_ReviewB").name("会签乙").connectTo("Join")
			.done();
		assertThat(ReturnTargets.walk(m, "Task_Sign")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_ReviewA")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_ReviewA2")).containsExactly("Task_ReviewA");
		assertThat(ReturnTargets.walk(m, "Task_Many")).isEmpty();
		assertThat(ReturnTargets.walk(m, "Task_Last")).isEmpty();
	}

}

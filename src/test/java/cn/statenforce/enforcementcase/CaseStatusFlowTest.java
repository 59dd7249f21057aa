package cn.statenforce.enforcementcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static cn.statenforce.enforcementcase.CaseStatus.*;

/**
 * The case's flow is in the model; the legal states are in {@link CaseStatus}. This walks the deployed BPMN from
 * every user task to the user tasks that can follow it (through gateways, service tasks, events and into and out
 * of the handling subprocess) and checks that the aggregate lets the case get there: the status in which the next
 * step is done is the same or one the status machine reaches in at most two moves (a step and the service task or
 * gateway after it). The status in which each step is done is stated here from the procedure (立案 → 调查 → 告知
 * → 听证 → 审核 → 决定 → 送达 → 执行 → 结案 → 归档), not read from the code.
 */
class CaseStatusFlowTest {

	/** The status in which each user task of the main flow is done. */
	private static final Map<String, CaseStatus> DONE_IN = Map.ofEntries(
			Map.entry("Task_AssessLead", LEAD),
			Map.entry("Task_ApproveNotFiling", NOT_FILING_PROPOSED),
			Map.entry("Task_ApproveFiling", FILING_PROPOSED),
			Map.entry("Task_SummaryDecision", SUMMARY),
			Map.entry("Task_Investigate", INVESTIGATING),
			Map.entry("Task_ProposeHandling", PROPOSING),
			Map.entry("Task_PriorNotice", PROPOSING),
			Map.entry("Task_RecordStatement", NOTIFYING),
			Map.entry("Task_ScheduleHearing", HEARING),
			Map.entry("Task_RecordHearing", HEARING),
			Map.entry("Task_LegalReview", REVIEWING),
			Map.entry("Task_CollectiveDiscussion", REVIEWING),
			Map.entry("Task_ApproveDecision", DECIDING),
			Map.entry("Task_TransferCase", DECIDED),
			Map.entry("Task_ServeDecision", DECIDED),
			Map.entry("Task_Publish", EXECUTING),
			Map.entry("Task_RecordPayment", EXECUTING),
			Map.entry("Task_HandleUncorrected", EXECUTING),
			Map.entry("Task_ApproveClosure", CLOSING),
			Map.entry("Task_SupplementExecution", EXECUTING),
			Map.entry("Task_Archive", CLOSED));

	/** Steps of the event subprocess and the clock's boundary path, open in any status whose clock runs. */
	private static final Set<String> WHILE_THE_CLOCK_RUNS = Set.of("Task_ApproveExtension", "Task_SuperviseOverdue");

	private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/enforcement-case.bpmn"));

	@Test
	void shouldStateTheStatusOfEveryUserTaskOfTheModel() {
		Set<String> userTasks = new TreeSet<>();
		MODEL.getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(t.getId()));
		Set<String> stated = new TreeSet<>(DONE_IN.keySet());
		stated.addAll(WHILE_THE_CLOCK_RUNS);
		assertThat(stated).isEqualTo(userTasks);
	}

	@Test
	void shouldLetTheCaseReachTheStatusOfEveryStepTheModelLeadsTo() {
		List<String> refused = new ArrayList<>();
		int pairs = 0;
		for (Map.Entry<String, CaseStatus> from : DONE_IN.entrySet()) {
			for (String next : nextUserTasks(MODEL.getModelElementById(from.getKey()))) {
				if (WHILE_THE_CLOCK_RUNS.contains(next)) {
					continue;
				}
				pairs++;
				CaseStatus to = DONE_IN.get(next);
				if (!withinTwoMoves(from.getValue()).contains(to)) {
					refused.add(from.getKey() + " (" + from.getValue() + ") → " + next + " (" + to + ")");
				}
			}
		}
		assertThat(pairs).as("user task pairs the walk found").isGreaterThanOrEqualTo(DONE_IN.size());
		assertThat(refused).as("steps the model leads to but the status machine refuses").isEmpty();
	}

	@Test
	void shouldRunTheClockOnlyWhileTheHandlingSubprocessIsOpen() {
		// the extension approval and the overdue supervision hang off the handling subprocess (办案期限内)
		SubProcess handling = MODEL.getModelElementById("SubProcess_Handling");
		Set<CaseStatus> inside = EnumSet.noneOf(CaseStatus.class);
		handling.getFlowElements().stream().filter(UserTask.class::isInstance).map(e -> DONE_IN.get(e.getId()))
			.filter(s -> s != null).forEach(inside::add);
		inside.forEach(s -> assertThat(s.clockRunning()).as(s + " inside the handling subprocess").isTrue());
		for (CaseStatus s : CaseStatus.values()) {
			if (s.clockRunning()) {
				assertThat(inside).as("clock-running statuses have a step in the subprocess").contains(s);
			}
		}
	}

	private static Set<CaseStatus> withinTwoMoves(CaseStatus s) {
		Set<CaseStatus> result = EnumSet.of(s);
		for (CaseStatus one : s.next()) {
			result.add(one);
			result.addAll(one.next());
		}
		return result;
	}

	/** The user tasks reachable from a node's outgoing flows without passing another user task. */
	private static Set<String> nextUserTasks(FlowNode from) {
		Set<String> found = new TreeSet<>();
		Set<String> seen = new HashSet<>();
		Deque<FlowNode> todo = new ArrayDeque<>(from.getSucceedingNodes().list());
		while (!todo.isEmpty()) {
			FlowNode n = todo.pop();
			if (!seen.add(n.getId())) {
				continue;
			}
			if (n instanceof UserTask) {
				found.add(n.getId());
			}
			else if (n instanceof SubProcess sub) {
				sub.getChildElementsByType(StartEvent.class).stream()
					.filter(e -> e.getEventDefinitions().isEmpty())
					.forEach(todo::push);
			}
			else if (n instanceof EndEvent && n.getParentElement() instanceof SubProcess sub) {
				todo.addAll(sub.getSucceedingNodes().list());
			}
			else {
				todo.addAll(n.getSucceedingNodes().list());
			}
		}
		return found;
	}

}

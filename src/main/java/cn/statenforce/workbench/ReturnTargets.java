package cn.statenforce.workbench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The steps a user step may lawfully be returned to, read from the deployed model (never listed in Java): walking the
 * incoming sequence flows backwards from the step,
 * <ul>
 * <li>over exclusive gateways and automatic steps (service and business-rule tasks, which simply run again on the
 * way forward), collecting every user task met and walking on past it;</li>
 * <li>never over the loop-back flows of the model (the flows that return to an earlier element, found by a depth-first
 * walk from the start events), so a step is never "returned" to a later one;</li>
 * <li>never out of the step's own scope (process, embedded sub-process, one instance of a multi-instance part),
 * never over a parallel, inclusive or event-based gateway, a catch event, a boundary event or a sub-process, and
 * never to a multi-instance user task: a return therefore moves exactly one token within one scope and can neither
 * strand nor duplicate a task of a parallel or multi-instance part.</li>
 * </ul>
 * A multi-instance user task has no targets itself. The capability's {@link ReturnHandler} narrows the result further
 * (steps that served a document on the party are not done again), and {@link TaskReturns} keeps only steps the
 * process instance has actually completed.
 */
@Component
public class ReturnTargets {

	private final ProcessModels models;

	private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

	ReturnTargets(ProcessModels models) {
		this.models = models;
	}

	/** The user tasks {@code stepId} may go back to in the definition, nearest first. */
	public List<String> of(String processDefinitionId, String stepId) {
		return cache.computeIfAbsent(processDefinitionId + "#" + stepId, k -> walk(models.model(processDefinitionId), stepId));
	}

	static List<String> walk(BpmnModelInstance model, String stepId) {
		if (!(model.getModelElementById(stepId) instanceof UserTask start) || multiInstance(start)) {
			return List.of();
		}
		ModelElementInstance scope = start.getParentElement();
		Set<String> loopBacks = loopBacks(scope);
		Set<String> found = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		Deque<FlowNode> queue = new ArrayDeque<>();
		queue.add(start);
		seen.add(start.getId());
		while (!queue.isEmpty()) {
			FlowNode node = queue.poll();
			for (SequenceFlow in : node.getIncoming()) {
				FlowNode source = in.getSource();
				if (loopBacks.contains(in.getId()) || source.getParentElement() != scope || !seen.add(source.getId())) {
					continue;
				}
				if (source instanceof UserTask u && !multiInstance(u)) {
					found.add(u.getId());
					queue.add(u);
				}
				else if (passable(source)) {
					queue.add(source);
				}
			}
		}
		found.remove(stepId);
		return List.copyOf(found);
	}

	private static boolean passable(FlowNode node) {
		return node instanceof ExclusiveGateway
				|| (node instanceof ServiceTask || node instanceof BusinessRuleTask) && !multiInstance((Activity) node);
	}

	private static boolean multiInstance(Activity a) {
		return a.getLoopCharacteristics() != null;
	}

	/** The flows that close a loop in the scope: back edges of a depth-first walk from its start events. */
	static Set<String> loopBacks(ModelElementInstance scope) {
		Collection<FlowElement> elements = scope instanceof SubProcess s ? s.getFlowElements()
				: scope instanceof Process p ? p.getFlowElements() : List.of();
		Set<String> back = new HashSet<>();
		Set<String> done = new HashSet<>();
		Set<String> onPath = new HashSet<>();
		List<FlowNode> roots = new ArrayList<>();
		for (FlowElement e : elements) {
			if (e instanceof StartEvent st) {
				roots.add(st);
			}
		}
		for (FlowElement e : elements) {
			if (e instanceof FlowNode n && !(e instanceof StartEvent)) {
				roots.add(n); // unreached nodes (boundary events' paths) are walked after the start events
			}
		}
		for (FlowNode root : roots) {
			dfs(root, done, onPath, back);
		}
		return back;
	}

	private static void dfs(FlowNode node, Set<String> done, Set<String> onPath, Set<String> back) {
		if (done.contains(node.getId())) {
			return;
		}
		// iterative walk: models are small but a recursion per node is not needed
		Deque<Object[]> stack = new ArrayDeque<>();
		stack.push(new Object[] { node, new ArrayDeque<>(node.getOutgoing()) });
		onPath.add(node.getId());
		while (!stack.isEmpty()) {
			Object[] top = stack.peek();
			FlowNode current = (FlowNode) top[0];
			@SuppressWarnings("unchecked")
			Deque<SequenceFlow> rest = (Deque<SequenceFlow>) top[1];
			if (rest.isEmpty()) {
				stack.pop();
				onPath.remove(current.getId());
				done.add(current.getId());
				continue;
			}
			SequenceFlow out = rest.poll();
			FlowNode target = out.getTarget();
			if (onPath.contains(target.getId())) {
				back.add(out.getId());
			}
			else if (!done.contains(target.getId())) {
				onPath.add(target.getId());
				stack.push(new Object[] { target, new ArrayDeque<>(target.getOutgoing()) });
			}
		}
	}

}

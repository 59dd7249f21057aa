package cn.statenforce.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses, when a BPMN model is deployed, what this application never uses and an attacker would: scripts
 * (script tasks, {@code camunda:script}, script conditions), Java classes ({@code camunda:class},
 * {@code class="..."} listeners), expressions naming a Spring bean that is not exposed to the engine, and
 * expressions naming reflective members. The {@link ExpressionSandbox} refuses the same at run time.
 */
class ModelPolicyParseListener extends AbstractBpmnParseListener {

	private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");

	private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("class", "scriptFormat", "language", "resource");

	private final ProcessExpressionBeans beans;

	ModelPolicyParseListener(ProcessExpressionBeans beans) {
		this.beans = beans;
	}

	@Override
	public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
		List<String> violations = new ArrayList<>();
		check(rootElement, violations);
		if (!violations.isEmpty()) {
			throw new ProcessEngineException("process model refused: " + String.join("; ", violations));
		}
	}

	private void check(Element element, List<String> violations) {
		if (SCRIPT_ELEMENTS.contains(element.getTagName())) {
			violations.add("line " + element.getLine() + ": scripts are not allowed (<" + element.getTagName() + ">)");
		}
		for (String key : element.attributes()) {
			String local = key.substring(key.lastIndexOf(':') + 1);
			if (FORBIDDEN_ATTRIBUTES.contains(local)) {
				violations.add("line " + element.getLine() + ": attribute '" + local
						+ "' is not allowed (delegates are Spring beans bound by delegateExpression; no scripts)");
			}
			checkExpression(element, element.attribute(key), violations);
		}
		checkExpression(element, element.getText(), violations);
		for (Element child : element.elements()) {
			check(child, violations);
		}
	}

	private void checkExpression(Element element, String text, List<String> violations) {
		if (!ExpressionIdentifiers.isExpression(text)) {
			return;
		}
		for (String id : ExpressionIdentifiers.roots(text)) {
			if (beans.isBean(id) && !beans.names().contains(id)) {
				violations.add("line " + element.getLine() + ": expression " + text.trim() + " names bean '" + id
						+ "', which is not exposed to process expressions");
			}
		}
		for (String member : ExpressionIdentifiers.forbiddenMembers(text)) {
			violations.add("line " + element.getLine() + ": expression " + text.trim() + " uses '" + member
					+ "', which process expressions may not reach");
		}
	}

}

package cn.statenforce.system.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What a JUEL expression of a model refers to, read with the engine's own JUEL parser: the root identifiers
 * (variables or beans) and, among them, those used as objects ({@code bean.method(...)}, {@code bean.property}).
 */
public final class ExpressionIdentifiers {

	/** Members that lead from any object to reflection, class loading or the engine itself. */
	static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "declaringClass", "getDeclaringClass",
			"classLoader", "getClassLoader", "contextClassLoader", "getContextClassLoader", "forName", "newInstance",
			"getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField",
			"getConstructor", "getDeclaredConstructor", "invoke", "module", "getModule", "wait", "notify", "notifyAll",
			"processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
			"processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext", "getApplicationContext");

	private static final Pattern FORBIDDEN_MEMBER_USE = Pattern
		.compile("[.\\[]\\s*['\"]?(" + String.join("|", FORBIDDEN_MEMBERS) + ")\\b");

	private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

	private ExpressionIdentifiers() {
	}

	/** True when the text contains a JUEL expression ({@code ${...}} or {@code #{...}}). */
	public static boolean isExpression(String text) {
		return text != null && (text.contains("${") || text.contains("#{"));
	}

	/** Root identifiers of the expression (variables, beans, {@code execution}); empty if it does not parse. */
	public static Set<String> roots(String expression) {
		Set<String> names = new LinkedHashSet<>();
		Tree tree = parse(expression);
		if (tree != null) {
			for (IdentifierNode id : tree.getIdentifierNodes()) {
				names.add(id.getName());
			}
		}
		return names;
	}

	/** Root identifiers used as objects: the {@code x} of {@code x.y}, {@code x['y']} or {@code x.m(...)}. */
	public static Set<String> objectRoots(String expression) {
		Set<String> names = new LinkedHashSet<>();
		Tree tree = parse(expression);
		if (tree != null) {
			collectObjectRoots(tree.getRoot(), names);
		}
		return names;
	}

	/** Members named in the expression that no process expression may use ({@code getClass}, {@code class}, ...). */
	public static Set<String> forbiddenMembers(String expression) {
		Set<String> found = new LinkedHashSet<>();
		var m = FORBIDDEN_MEMBER_USE.matcher(expression);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static void collectObjectRoots(Node node, Set<String> names) {
		if (node == null) {
			return;
		}
		if (node instanceof AstProperty && node.getChild(0) instanceof AstIdentifier id) {
			names.add(id.getName());
		}
		for (int i = 0; i < node.getCardinality(); i++) {
			collectObjectRoots(node.getChild(i), names);
		}
	}

	private static Tree parse(String expression) {
		try {
			return PARSER.build(expression);
		}
		catch (TreeBuilderException e) {
			return null;
		}
	}

}

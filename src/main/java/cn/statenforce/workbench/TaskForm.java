package cn.statenforce.workbench;

import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;

/**
 * The form a capability shows on the generic task page for its user tasks. The page renders
 * {@link #fragment()} inside its layout; the form posts to the capability's own endpoint, which
 * validates the typed payload and completes the task in one transaction.
 */
public interface TaskForm {

	boolean supports(String processDefinitionKey, String taskDefinitionKey);

	/** Thymeleaf fragment expression, e.g. {@code "enforcement/forms :: filing"}. */
	String fragment();

	/**
	 * The template (a whole template name, like {@link #fragment()}) that shows what the task is about — the record's
	 * content, earlier opinions, evidence, the history — above the form, also before a group task is claimed; null
	 * when the form itself shows enough.
	 */
	default String recordFragment() {
		return null;
	}

	/** Adds what the fragment needs to the model. */
	void populate(Task task, Model model);

}

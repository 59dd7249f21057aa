package cn.statenforce.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each capability that owns processes: describes its business keys for the task lists
 * and finds business keys by party name, since party names (which may contain 4-byte characters) live
 * only in domain tables, never in the engine.
 */
public interface TaskSubjects {

	/** Process definition keys this capability owns. */
	Collection<String> processKeys();

	/** Business key → subject, for the keys this capability knows. */
	Map<String, TaskSubject> describe(Collection<String> businessKeys);

	/**
	 * Further records (subject type → id) whose to-do messages a task of this capability answers, read from the task's
	 * variables: e.g. the measure of a rectification measure's task, where the messages name the measure rather than
	 * the plan. The task's own record ({@link #describe}) always counts.
	 */
	default Map<String, Long> messageSubjects(String taskDefinitionKey, Map<String, Object> variables) {
		return Map.of();
	}

	/** Business keys of records (readable by these bureaus) whose party name contains the text. */
	List<String> businessKeysByPartyName(List<Long> bureauIds, String text);

}

package cn.statenforce.workbench;

/**
 * What a task is about, for task lists: a title (e.g. the case cause), the party and a link to the record; and,
 * for pages that act on the record (the incident page), the bureau it belongs to and its timeline subject
 * ({@code ActivityLog} subject type and id). The last three are null when a capability does not provide them.
 */
public record TaskSubject(String title, String partyName, String link, Long bureauId, String subjectType,
		Long subjectId) {

	public TaskSubject(String title, String partyName, String link) {
		this(title, partyName, link, null, null, null);
	}

}

package cn.statenforce.workbench;

/**
 * What a task is about, for task lists: a title (e.g. the case cause), the party and a link to the record; and,
 * for pages that act on the record (the incident page), the bureau it belongs to and its timeline subject
 * ({@code ActivityLog} subject type and id). The last three are null when a capability does not provide them.
 * {@code number} is the number a person uses for the record (a case's 案号 once filed, its lead number before)
 * when it differs from the (ASCII) business key; null when the business key is that number.
 */
public record TaskSubject(String title, String partyName, String link, Long bureauId, String subjectType,
		Long subjectId, String number) {

	public TaskSubject(String title, String partyName, String link) {
		this(title, partyName, link, null, null, null, null);
	}

	public TaskSubject(String title, String partyName, String link, Long bureauId, String subjectType, Long subjectId) {
		this(title, partyName, link, bureauId, subjectType, subjectId, null);
	}

}

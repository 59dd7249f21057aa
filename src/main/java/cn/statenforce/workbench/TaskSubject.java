package cn.statenforce.workbench;

/** What a task is about, for task lists: a title (e.g. the case cause), the party and a link to the record. */
public record TaskSubject(String title, String partyName, String link) {
}

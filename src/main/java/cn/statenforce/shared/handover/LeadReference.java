package cn.statenforce.shared.handover;

/** The record a hand-over created: its id and business key (the number shown to users). */
public record LeadReference(long id, String businessKey) {
}

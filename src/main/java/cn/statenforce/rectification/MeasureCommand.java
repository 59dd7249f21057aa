package cn.statenforce.rectification;

import java.time.LocalDate;

/**
 * A measure to add: content, responsible unit (username of a RECTIFICATION_OWNER user), responsible leader
 * (LEADER/DIRECTOR username), deadline, category (code or Chinese label) and the evidence required.
 */
public record MeasureCommand(String content, String owner, String leader, LocalDate deadline, String category,
		String requiredEvidence) {
}

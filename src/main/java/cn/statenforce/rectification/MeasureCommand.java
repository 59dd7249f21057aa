package cn.statenforce.rectification;

import java.time.LocalDate;

/**
 * A measure to add or edit: content, responsible unit and responsible leader (names as the bureau's directory knows
 * them, an alias, or a login of the bureau; an unknown name becomes a new directory entry), deadline (none for a
 * long-term measure: a date given is not kept), category (code or Chinese label), the evidence required and the
 * co-operating units (配合单位, free text).
 */
public record MeasureCommand(String content, String owner, String leader, LocalDate deadline, String category,
		String requiredEvidence, String coUnits) {

	public MeasureCommand(String content, String owner, String leader, LocalDate deadline, String category,
			String requiredEvidence) {
		this(content, owner, leader, deadline, category, requiredEvidence, null);
	}

}

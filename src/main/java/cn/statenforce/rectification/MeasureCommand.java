package cn.statenforce.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A measure to add or edit: content, responsible unit and responsible leader (names as the bureau's directory knows
 * them, an alias, or a login of the bureau; an unknown name becomes a new directory entry), deadline (none for a
 * long-term measure: a date given is not kept), category (code or Chinese label), the evidence required and the
 * co-operating units (配合单位, free text).
 */
public record MeasureCommand(
		@NotBlank(message = "请填写整改措施") @Size(max = 2000, message = RectificationCommands.TOO_LONG) String content,
		@NotBlank(message = "请指定责任单位") @Size(max = 200, message = RectificationCommands.TOO_LONG) String owner,
		@NotBlank(message = "请指定责任领导") @Size(max = 200, message = RectificationCommands.TOO_LONG) String leader,
		LocalDate deadline, String category,
		@Size(max = 500, message = RectificationCommands.TOO_LONG) String requiredEvidence,
		@Size(max = 500, message = RectificationCommands.TOO_LONG) String coUnits) {

	public MeasureCommand(String content, String owner, String leader, LocalDate deadline, String category,
			String requiredEvidence) {
		this(content, owner, leader, deadline, category, requiredEvidence, null);
	}

}

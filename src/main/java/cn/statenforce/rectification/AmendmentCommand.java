package cn.statenforce.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A requested amendment of a published measure: new text, new unit, new leader (names as the directory knows them,
 * or logins), each null = unchanged, and the reason.
 */
public record AmendmentCommand(@Size(max = 2000, message = RectificationCommands.TOO_LONG) String content, String owner,
		String leader, @NotBlank(message = "请写明变更理由") @Size(max = 1000, message = RectificationCommands.TOO_LONG) String reason) {
}

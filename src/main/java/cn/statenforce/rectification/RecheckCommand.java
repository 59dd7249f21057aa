package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 复查 of an order to correct.
 *
 * @param corrected whether the enterprise corrected
 * @param opinion what the inspectors found
 * @param recheckedOn the day the re-check was done (null = today)
 * @param inspectors the inspectors who did it, the recording inspector among them (null or empty = the inspectors
 *        named in the order)
 */
public record RecheckCommand(boolean corrected,
		@NotBlank(message = "请填写复查情况") @Size(max = 1000, message = RectificationCommands.TOO_LONG) String opinion, LocalDate recheckedOn, List<String> inspectors) {
}

package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A request to change a measure's deadline; takes effect only when one of {@code approvers} (comma-separated, fixed at
 * the request: the plan leader, or the director or the plan's other leaders when the plan leader asked) approves.
 */
public record DeadlineChange(Long id, Long measureId, LocalDate oldDeadline, LocalDate newDeadline, String reason,
		String requestedBy, LocalDateTime requestedAt, String status, String decidedBy, LocalDateTime decidedAt,
		String opinion, String approvers) {

	public static final String PENDING = "PENDING";

	public java.util.List<String> approverList() {
		return approvers == null ? java.util.List.of() : java.util.List.of(approvers.split(","));
	}

	public String statusLabel() {
		return switch (status) {
			case "PENDING" -> "待审批";
			case "APPROVED" -> "已批准";
			default -> "未批准";
		};
	}

}

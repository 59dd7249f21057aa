package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A request to change a measure's deadline; takes effect only with the plan leader's approval. */
public record DeadlineChange(Long id, Long measureId, LocalDate oldDeadline, LocalDate newDeadline, String reason,
		String requestedBy, LocalDateTime requestedAt, String status, String decidedBy, LocalDateTime decidedAt,
		String opinion) {

	public static final String PENDING = "PENDING";

	public String statusLabel() {
		return switch (status) {
			case "PENDING" -> "待审批";
			case "APPROVED" -> "已批准";
			default -> "未批准";
		};
	}

}

package cn.statenforce.rectification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 变更: after publication a change of a measure's text, unit or leader, or of a problem's text, applies only when one
 * of {@code approvers} (fixed at the request, never the requester) approves it; old and new values stay recorded.
 */
public record Amendment(Long id, Long planId, Long measureId, Long problemId, String oldText, String newText,
		Long oldOwnerId, Long newOwnerId, Long oldLeaderId, Long newLeaderId, String reason, String requestedBy,
		LocalDateTime requestedAt, String approvers, String status, String decidedBy, LocalDateTime decidedAt,
		String opinion) {

	public static final String PENDING = "PENDING";

	public boolean isPending() {
		return PENDING.equals(status);
	}

	public List<String> approverList() {
		return List.of(approvers.split(","));
	}

	public String statusLabel() {
		return switch (status) {
			case "PENDING" -> "待审批";
			case "APPROVED" -> "已批准";
			default -> "未批准";
		};
	}

}

package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A rectification plan (整改方案) drawn up on a feedback (巡察/审计/督察 feedback or a self-inspection), or a
 * one-item correction (kind CORRECTION) for an enterprise ordered to correct. The plan is due a configurable
 * time after the feedback (default 1 month) and the rectification report another (default 2 months, 巡视工作条例
 * Art 27); the plan leader is the first responsible person (第一责任人).
 */
public record Plan(Long id, Long bureauId, String planNumber, String kind, String source, String sourceBody,
		LocalDate receivedOn, String documentNumber, String title, String planLeader, LocalDate planDue,
		LocalDate reportDue, String status, LocalDateTime publishedAt, String reportContent,
		LocalDateTime reportSubmittedAt, LocalDateTime closedAt, LocalDate lookBackDue, int lookBackRound,
		String processInstanceId, String createdBy, LocalDateTime createdAt, int version) {

	public static final String KIND_PLAN = "PLAN";

	public static final String KIND_CORRECTION = "CORRECTION";

	public PlanStatus planStatus() {
		return PlanStatus.valueOf(status);
	}

	public String statusLabel() {
		return planStatus().label();
	}

	public String sourceLabel() {
		return Source.valueOf(source).label();
	}

	public boolean isCorrection() {
		return KIND_CORRECTION.equals(kind);
	}

}

package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A rectification measure (任务清单 row) with its responsibility (责任清单): the responsible unit (a
 * RECTIFICATION_OWNER user, or the enterprise for a correction), the responsible leader, the deadline
 * (完成时限), the category and the evidence required. {@code escalationLevel} records how far the overdue
 * ladder has climbed (1 reminder before the deadline, 2 overdue notice to the unit, 3 warning to the
 * responsible leader, 4 accountability flag to the plan leader).
 */
public record Measure(Long id, Long planId, Long problemId, int seq, String content, String ownerUsername,
		String ownerName, String leaderUsername, String leaderName, LocalDate deadline, String category,
		String requiredEvidence, String status, String latestProgress, int escalationLevel, boolean accountability,
		String mechanismTitle, String mechanismContent, LocalDateTime submittedAt, LocalDateTime signedOffAt,
		String signedOffBy, int version) {

	public MeasureStatus measureStatus() {
		return MeasureStatus.valueOf(status);
	}

	public String statusLabel() {
		return measureStatus().label();
	}

	public String categoryLabel() {
		return Category.valueOf(category).label();
	}

	public boolean isLongTerm() {
		return Category.LONG_TERM.name().equals(category);
	}

	/** Overdue = not yet submitted or signed off and the deadline has passed. */
	public boolean isOverdueOn(LocalDate today) {
		return measureStatus().isWorkable() && today.isAfter(deadline);
	}

}

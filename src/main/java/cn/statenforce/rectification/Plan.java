package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.shared.ConflictException;

/**
 * A rectification plan (整改方案) drawn up on a feedback (巡察/审计/督察 feedback or a self-inspection), or a
 * one-item correction (kind CORRECTION) for an enterprise ordered to correct. The plan is due a configurable
 * time after the feedback (default 1 month) and the rectification report another (default 2 months, 巡视工作条例
 * Art 27); the plan leader is the first responsible person (第一责任人), the coordinator (整改联络人) collects
 * and enters the progress of units without a login.
 * <p>
 * The aggregate root of the plan's lifecycle: 方案制定中 → 整改中 → 待报送整改报告 → 已完成整改 → 已办结, or a draft
 * discarded (已作废). Each transition checks the current status and returns the next state; the service writes
 * it with a guard on the status and version it was read with (409 when someone else moved it meanwhile).
 * Draft and discarded plans never count in any figure.
 */
public record Plan(Long id, Long bureauId, String planNumber, String kind, String source, String sourceBody,
		LocalDate receivedOn, String documentNumber, String title, String planLeader, LocalDate planDue,
		LocalDate reportDue, String status, LocalDateTime publishedAt, String reportContent,
		LocalDateTime reportSubmittedAt, LocalDateTime closedAt, LocalDate lookBackDue, int lookBackRound,
		String processInstanceId, String createdBy, LocalDateTime createdAt, int rowVersion, String coordinator,
		LocalDateTime discardedAt, String discardReason) {

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

	public boolean isDraft() {
		return planStatus() == PlanStatus.DRAFTING;
	}

	/** Published (not a draft, not discarded): only such plans count in figures and can be overdue. */
	public boolean isPublished() {
		return planStatus().isPublished();
	}

	/** Who works a unit's measures when the unit has no login: the coordinator, else the plan leader. */
	public String coordinatorOrLeader() {
		return coordinator != null ? coordinator : planLeader;
	}

	// transitions

	Plan published(String processInstanceId, LocalDateTime at) {
		requireStatus(PlanStatus.DRAFTING, "发布整改方案");
		return copy(PlanStatus.IN_PROGRESS, processInstanceId, at, reportContent, reportSubmittedAt, closedAt, lookBackDue,
				lookBackRound, coordinator, discardedAt, discardReason);
	}

	Plan discarded(String reason, LocalDateTime at) {
		requireStatus(PlanStatus.DRAFTING, "作废整改方案");
		return copy(PlanStatus.DISCARDED, processInstanceId, publishedAt, reportContent, reportSubmittedAt, closedAt,
				lookBackDue, lookBackRound, coordinator, at, reason);
	}

	Plan allProblemsClosed() {
		requireStatus(PlanStatus.IN_PROGRESS, "全部问题销号");
		return copy(PlanStatus.REPORT_PENDING, processInstanceId, publishedAt, reportContent, reportSubmittedAt, closedAt,
				lookBackDue, lookBackRound, coordinator, discardedAt, discardReason);
	}

	Plan reported(String content, LocalDateTime at, LocalDate lookBack) {
		if (planStatus() != PlanStatus.REPORT_PENDING) {
			throw new ConflictException("尚有问题未销号，不能报送整改报告");
		}
		return copy(PlanStatus.CLOSED, processInstanceId, publishedAt, content, at, at, lookBack, lookBackRound,
				coordinator, discardedAt, discardReason);
	}

	Plan lookedBack(boolean rebound) {
		if (planStatus() != PlanStatus.CLOSED) {
			throw new ConflictException("整改尚未完成，不能开展回头看");
		}
		return copy(rebound ? PlanStatus.IN_PROGRESS : PlanStatus.FINISHED, processInstanceId, publishedAt, reportContent,
				reportSubmittedAt, closedAt, lookBackDue, lookBackRound + 1, coordinator, discardedAt, discardReason);
	}

	Plan withCoordinator(String username) {
		if (planStatus() == PlanStatus.DISCARDED || planStatus() == PlanStatus.FINISHED) {
			throw new ConflictException("整改方案" + statusLabel() + "，不能再指定整改联络人");
		}
		return copy(planStatus(), processInstanceId, publishedAt, reportContent, reportSubmittedAt, closedAt, lookBackDue,
				lookBackRound, username, discardedAt, discardReason);
	}

	void requireStatus(PlanStatus expected, String step) {
		if (planStatus() != expected) {
			throw new ConflictException("整改方案当前状态为“" + statusLabel() + "”，不能" + step);
		}
	}

	private Plan copy(PlanStatus s, String pi, LocalDateTime published, String report, LocalDateTime reportAt,
			LocalDateTime closed, LocalDate lookBack, int round, String coord, LocalDateTime discarded, String reason) {
		return new Plan(id, bureauId, planNumber, kind, source, sourceBody, receivedOn, documentNumber, title, planLeader,
				planDue, reportDue, s.name(), published, report, reportAt, closed, lookBack, round, pi, createdBy, createdAt,
				rowVersion, coord, discarded, reason);
	}

	// what a user may do

	/** How the user stands to the plan. */
	public record Role(boolean ownBureau, boolean leading, boolean planLeader, boolean coordinator) {
	}

	/** What the plan allows the user now; pages show exactly these actions, services refuse the others. */
	public record Actions(boolean edit, boolean publish, boolean discard, boolean report, boolean amend,
			boolean assignCoordinator, boolean workForUnits) {
	}

	public Actions actionsFor(Role r) {
		boolean editor = r.ownBureau() && r.leading() && !isCorrection();
		PlanStatus s = planStatus();
		boolean running = s == PlanStatus.IN_PROGRESS || s == PlanStatus.REPORT_PENDING;
		return new Actions(editor && s == PlanStatus.DRAFTING, editor && s == PlanStatus.DRAFTING,
				editor && s == PlanStatus.DRAFTING, r.ownBureau() && r.planLeader() && s == PlanStatus.REPORT_PENDING,
				r.ownBureau() && (r.leading() || r.coordinator()) && running && !isCorrection(),
				editor && s != PlanStatus.DISCARDED && s != PlanStatus.FINISHED,
				r.ownBureau() && r.coordinator() && running);
	}

}

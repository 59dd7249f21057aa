package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import cn.statenforce.shared.ConflictException;

/**
 * A rectification measure (任务清单 row) with its responsibility (责任清单): the responsible unit and the responsible
 * leader as entries of the bureau's directory ({@code ownerId}, {@code leaderId}; an enterprise for a correction),
 * the deadline (完成时限; none for a long-term measure), the category and the evidence required.
 * {@code ownerUsername}/{@code leaderUsername} are a linked login of the entry, for display.
 * {@code escalationLevel} records how far the overdue ladder has climbed (1 reminder before the deadline,
 * 2 overdue notice to the unit, 3 warning to the responsible leader, 4 accountability flag to the plan leader).
 * <p>
 * The aggregate of a measure's work: 未启动 → 整改中 → 申请销号 → 已销号, a return (已退回) back to work, a look-back
 * reopening back to 整改中. Each transition checks the current status and returns the next state; the service
 * writes it guarded by the status and version it was read with (409 when zero rows change).
 */
public record Measure(Long id, Long planId, Long problemId, int seq, String content, String ownerUsername,
		String ownerName, String leaderUsername, String leaderName, LocalDate deadline, String category,
		String requiredEvidence, String status, String latestProgress, int escalationLevel, boolean accountability,
		String mechanismTitle, String mechanismContent, LocalDateTime submittedAt, LocalDateTime signedOffAt,
		String signedOffBy, int rowVersion, Long ownerId, Long leaderId, String coUnits) {

	public MeasureStatus measureStatus() {
		return MeasureStatus.valueOf(status);
	}

	public String statusLabel() {
		return measureStatus().label();
	}

	public Category categoryValue() {
		return Category.valueOf(category);
	}

	public String categoryLabel() {
		return categoryValue().label();
	}

	public boolean isLongTerm() {
		return Category.LONG_TERM.name().equals(category);
	}

	/** The deadline as the ledger writes it: the date, or 长期坚持 for a long-term measure. */
	public String deadlineText() {
		return deadline == null ? Category.LONG_TERM.label() : deadline.toString();
	}

	/** {@link OverdueRule}: a measure is NOT_STARTED exactly while its plan is a draft (or was discarded as one). */
	public boolean isOverdueOn(LocalDate today) {
		return OverdueRule.isOverdue(true, measureStatus(), deadline, today);
	}

	// transitions

	Measure started() {
		requireStatus(MeasureStatus.NOT_STARTED, "下达");
		return with(b -> b.status = MeasureStatus.IN_PROGRESS);
	}

	Measure progressed(String text) {
		requireWorkable("报告进展");
		return with(b -> b.latestProgress = text);
	}

	Measure submitted(String text, String mechTitle, String mechContent, LocalDateTime at) {
		requireWorkable("申请销号");
		return with(b -> {
			b.status = MeasureStatus.SUBMITTED;
			b.latestProgress = text;
			b.mechanismTitle = mechTitle;
			b.mechanismContent = mechContent;
			b.submittedAt = at;
		});
	}

	Measure signedOff(LocalDateTime at, String by) {
		requireStatus(MeasureStatus.SUBMITTED, "对账销号");
		return with(b -> {
			b.status = MeasureStatus.SIGNED_OFF;
			b.signedOffAt = at;
			b.signedOffBy = by;
		});
	}

	Measure returnedToUnit() {
		requireStatus(MeasureStatus.SUBMITTED, "退回");
		return with(b -> b.status = MeasureStatus.RETURNED);
	}

	/** 撤回 by the unit of its request for sign-off, before the leader acted on it: back to work (整改中). */
	Measure withdrawnByUnit() {
		requireStatus(MeasureStatus.SUBMITTED, "撤回");
		return with(b -> b.status = MeasureStatus.IN_PROGRESS);
	}

	Measure reopened(LocalDate newDeadline) {
		requireStatus(MeasureStatus.SIGNED_OFF, "重新整改");
		return with(b -> {
			b.status = MeasureStatus.IN_PROGRESS;
			b.deadline = isLongTerm() ? null : newDeadline;
			b.escalationLevel = 0;
			b.submittedAt = null;
			b.signedOffAt = null;
			b.signedOffBy = null;
		});
	}

	Measure escalated(int level, boolean flag) {
		requireWorkable("逾期督办");
		return with(b -> {
			b.escalationLevel = level;
			b.accountability = flag;
		});
	}

	Measure withDeadline(LocalDate newDeadline) {
		requireWorkable("调整完成时限");
		return with(b -> {
			b.deadline = newDeadline;
			b.escalationLevel = 0;
		});
	}

	/** An approved amendment after publication: text, unit or leader; a signed-off measure is history. */
	Measure amended(String newContent, Long newOwnerId, String newOwnerName, Long newLeaderId, String newLeaderName) {
		if (measureStatus() == MeasureStatus.SIGNED_OFF) {
			throw new ConflictException("该措施已销号，不能再变更");
		}
		return with(b -> {
			b.content = newContent;
			b.ownerId = newOwnerId;
			b.ownerName = newOwnerName;
			b.leaderId = newLeaderId;
			b.leaderName = newLeaderName;
		});
	}

	/** Editing while the plan is a draft: everything but the status. */
	Measure edited(String newContent, Long newOwnerId, String newOwnerName, String newCoUnits, Long newLeaderId,
			String newLeaderName, LocalDate newDeadline, Category newCategory, String newRequiredEvidence) {
		requireStatus(MeasureStatus.NOT_STARTED, "修改");
		return with(b -> {
			b.content = newContent;
			b.ownerId = newOwnerId;
			b.ownerName = newOwnerName;
			b.coUnits = newCoUnits;
			b.leaderId = newLeaderId;
			b.leaderName = newLeaderName;
			b.deadline = newDeadline;
			b.category = newCategory.name();
			b.requiredEvidence = newRequiredEvidence;
		});
	}

	void requireStatus(MeasureStatus expected, String step) {
		if (measureStatus() != expected) {
			throw new ConflictException("该措施当前状态为“" + statusLabel() + "”，不能" + step);
		}
	}

	void requireWorkable(String step) {
		if (!measureStatus().isWorkable()) {
			throw new ConflictException("该措施当前状态为“" + statusLabel() + "”，不能" + step);
		}
	}

	private Measure with(Consumer<Builder> change) {
		Builder b = new Builder(this);
		change.accept(b);
		return b.build();
	}

	/** Mutable copy for the transitions; never leaves this class. */
	private static final class Builder {

		final Measure m;

		String content;
		String ownerName;
		String leaderName;
		LocalDate deadline;
		String category;
		String requiredEvidence;
		MeasureStatus status;
		String latestProgress;
		int escalationLevel;
		boolean accountability;
		String mechanismTitle;
		String mechanismContent;
		LocalDateTime submittedAt;
		LocalDateTime signedOffAt;
		String signedOffBy;
		Long ownerId;
		Long leaderId;
		String coUnits;

		Builder(Measure m) {
			this.m = m;
			content = m.content;
			ownerName = m.ownerName;
			leaderName = m.leaderName;
			deadline = m.deadline;
			category = m.category;
			requiredEvidence = m.requiredEvidence;
			status = m.measureStatus();
			latestProgress = m.latestProgress;
			escalationLevel = m.escalationLevel;
			accountability = m.accountability;
			mechanismTitle = m.mechanismTitle;
			mechanismContent = m.mechanismContent;
			submittedAt = m.submittedAt;
			signedOffAt = m.signedOffAt;
			signedOffBy = m.signedOffBy;
			ownerId = m.ownerId;
			leaderId = m.leaderId;
			coUnits = m.coUnits;
		}

		Measure build() {
			return new Measure(m.id, m.planId, m.problemId, m.seq, content, m.ownerUsername, ownerName, m.leaderUsername,
					leaderName, deadline, category, requiredEvidence, status.name(), latestProgress, escalationLevel,
					accountability, mechanismTitle, mechanismContent, submittedAt, signedOffAt, signedOffBy, m.rowVersion,
					ownerId, leaderId, coUnits);
		}

	}

	// what a user may do

	/**
	 * How the user stands to the measure: a login of its unit, the plan's coordinator (acts for a unit), one of the
	 * sign-off approvers, the plan leader, a leader of the bureau, one of the approvers of its pending deadline change.
	 */
	public record Role(boolean ownBureau, boolean unitAccount, boolean coordinator, boolean signOffApprover,
			boolean leaderAccount, boolean leading, boolean changeApprover, boolean pendingChange, boolean pendingAmendment) {
	}

	/** What the measure allows the user now; the pages show exactly these, the services refuse the others. */
	public record Actions(boolean work, boolean onBehalf, boolean signOff, boolean requestChange, boolean decideChange,
			boolean amend, boolean edit) {
	}

	public Actions actionsFor(Plan plan, Role r) {
		boolean mine = r.ownBureau() && (r.unitAccount() || r.coordinator());
		boolean workable = measureStatus().isWorkable() && plan.isPublished();
		return new Actions(mine && workable, r.ownBureau() && r.coordinator() && !r.unitAccount() && workable,
				r.ownBureau() && r.signOffApprover() && measureStatus() == MeasureStatus.SUBMITTED,
				r.ownBureau() && (r.unitAccount() || r.coordinator() || r.leaderAccount()) && workable && !isLongTerm()
						&& !r.pendingChange(),
				r.ownBureau() && r.changeApprover() && r.pendingChange(),
				r.ownBureau() && r.leading() && plan.isPublished() && measureStatus() != MeasureStatus.SIGNED_OFF
						&& !r.pendingAmendment() && !plan.isCorrection()
						&& (plan.planStatus() == PlanStatus.IN_PROGRESS || plan.planStatus() == PlanStatus.REPORT_PENDING),
				r.ownBureau() && r.leading() && plan.isDraft());
	}

}

package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayDependents;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * When the working-day calendar changes, the statutory windows of a case that are still running — 陈述申辩 and 听证
 * request while the party is being heard, 送达 until served, 公示 until published, 缴款 until paid — are counted
 * again from the same starting dates through {@link PenaltyDeadlines}; the task due dates read from them
 * ({@code enforcementCaseDueDates}) follow. Windows already closed stay as they were: they are the record.
 */
@Component
class CaseDeadlineRecompute implements WorkingDayDependents {

	private final CaseWindowsMapper windows;

	private final EnforcementCaseMapper mapper;

	private final PenaltyDeadlines deadlines;

	private final CaseTasks steps;

	CaseDeadlineRecompute(CaseWindowsMapper windows, EnforcementCaseMapper mapper, PenaltyDeadlines deadlines, CaseTasks steps) {
		this.windows = windows;
		this.mapper = mapper;
		this.deadlines = deadlines;
		this.steps = steps;
	}

	@Override
	public Collection<String> recompute(AuditActor actor, LocalDate firstChangedDay) {
		List<String> moved = new ArrayList<>();
		for (long id : windows.selectIdsWithRunningWindows(firstChangedDay)) {
			EnforcementCase c = mapper.selectForUpdate(id);
			LocalDate defence = c.getDefenceDue();
			LocalDate hearingRequest = c.getHearingRequestDue();
			if (c.getStatus() == CaseStatus.NOTIFYING && c.getNoticeServedOn() != null) {
				defence = deadlines.statementDefenceDeadline(c.getNoticeServedOn());
				hearingRequest = c.isHearingRight() ? deadlines.hearingRequestDeadline(c.getNoticeServedOn()) : hearingRequest;
			}
			LocalDate service = c.getStatus() == CaseStatus.DECIDED && c.getServiceDue() != null
					&& c.getDecisionOutcome() != Disposition.TRANSFER ? deadlines.serviceDeadline(c.getDecidedOn()) : c.getServiceDue();
			LocalDate publication = c.getPublishedOn() == null && c.getPublicationDue() != null && c.getDecidedOn() != null
					? deadlines.publicationDeadline(c.getDecidedOn()) : c.getPublicationDue();
			LocalDate payment = c.getPaidOn() == null && c.getPaymentDue() != null && c.getServedOn() != null
					? deadlines.paymentDueDate(c.getServedOn()) : c.getPaymentDue();
			List<String> changes = new ArrayList<>();
			change(changes, "陈述申辩截止", c.getDefenceDue(), defence);
			change(changes, "听证申请截止", c.getHearingRequestDue(), hearingRequest);
			change(changes, "送达期限", c.getServiceDue(), service);
			change(changes, "公示期限", c.getPublicationDue(), publication);
			change(changes, "缴款期限", c.getPaymentDue(), payment);
			if (changes.isEmpty()) {
				continue;
			}
			if (windows.updateWindows(id, c.getRowVersion(), defence, hearingRequest, service, publication, payment,
					AppClock.now()) != 1) {
				throw new ConflictException("案件 " + c.displayNumber() + " 刚被其他用户修改，请重试");
			}
			steps.log(actor, c, "DEADLINES_RECALENDARED", null, "工作日历调整，期限重新计算：" + String.join("；", changes));
			if (c.getProcessInstanceId() != null) {
				moved.add(c.getProcessInstanceId());
			}
		}
		return moved;
	}

	private static void change(List<String> changes, String what, LocalDate before, LocalDate after) {
		if (!Objects.equals(before, after)) {
			changes.add(what + " " + before + " → " + after);
		}
	}

}

package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseEnums.PauseReason;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.enforcementcase.process.CaseWorkflow;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.penalty.PenaltyPolicy;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * The case clock (办案期限): extension approved by the director, 中止/恢复 with the deadline moved by the paused
 * days, reminders at the configured working days before the deadline and one escalation to the director once it
 * has passed.
 */
@Service
public class CaseClockService {

	private final EnforcementCaseMapper mapper;
	private final CaseWorkflow workflow;
	private final WorkingDayCalendar calendar;
	private final PenaltyAdvisor penalty;
	private final EnforcementCaseProperties props;
	private final CaseTasks steps;
	private final CasePauses pauses;
	private final CaseNotices notices;

	CaseClockService(EnforcementCaseMapper mapper, CaseWorkflow workflow,
			WorkingDayCalendar calendar, PenaltyAdvisor penalty, EnforcementCaseProperties props, CaseTasks steps,
			CasePauses pauses, CaseNotices notices) {
		this.mapper = mapper;
		this.workflow = workflow;
		this.calendar = calendar;
		this.penalty = penalty;
		this.props = props;
		this.steps = steps;
		this.pauses = pauses;
		this.notices = notices;
	}

	/** 申请延期: correlates the extension request; the director approves it. */
	@Transactional
	public void requestExtension(CurrentUser user, long id, CaseCommands.ExtensionRequest cmd) {
		EnforcementCase c = steps.lockWritable(user, id);
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在办案期限内，无需延期");
		}
		if (c.getExtensionMonths() + cmd.months() > policy().maxExtensionMonths()) {
			throw new BadRequestException("months", "累计延长不得超过" + policy().maxExtensionMonths() + "个月（已延长"
					+ c.getExtensionMonths() + "个月）");
		}
		if (workflow.isAt(c.getProcessInstanceId(), TASK_APPROVE_EXTENSION)) {
			throw new ConflictException("已有待审批的延期申请");
		}
		steps.opinion(c, OpinionKind.EXTENSION, user.username(), user.displayName(), null,
				"申请延长" + cmd.months() + "个月：" + cmd.reason());
		steps.log(AuditActor.user(user), c, "EXTENSION_REQUESTED", cmd.reason(), "申请延长办案期限" + cmd.months() + "个月");
		workflow.requestExtension(c.getProcessInstanceId(), cmd.months());
	}

	@Transactional
	public void approveExtension(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = steps.begin(user, id, TASK_APPROVE_EXTENSION);
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new ConflictException("延长办案期限须经局长批准");
		}
		int months = workflow.extensionMonthsRequested(s.task());
		if (cmd.approved()) {
			if (s.c().getExtensionMonths() + months > policy().maxExtensionMonths()) {
				throw new ConflictException("累计延长不得超过" + policy().maxExtensionMonths() + "个月");
			}
			s.c().extend(months, s.c().getCaseDeadline().plusMonths(months));
		}
		steps.finish(s, OpinionKind.EXTENSION, cmd.approved(), (cmd.approved() ? "同意延长" + months + "个月，期限至 "
				+ s.c().getCaseDeadline() + "：" : "不同意延期：") + cmd.opinion(), Map.of());
	}

	/** 中止 / 恢复: pauses of the case clock, each logged; the deadline moves by the paused days. */
	@Transactional
	public void suspend(CurrentUser user, long id, CaseCommands.Suspension cmd) {
		EnforcementCase c = steps.lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("案件中止须经领导批准");
		}
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在办案期限内");
		}
		pauses.pause(AuditActor.user(user), c, PauseReason.SUSPENSION, cmd.note(), AppClock.today());
		steps.save(c);
	}

	@Transactional
	public void resume(CurrentUser user, long id) {
		EnforcementCase c = steps.lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("恢复办理须经领导批准");
		}
		pauses.endPause(AuditActor.user(user), c, PauseReason.SUSPENSION, AppClock.today());
		steps.save(c);
	}

	/**
	 * Delegate of the daily clock tick: sends reminders at the configured points and, once the deadline has
	 * passed without a decision (and no pause is open), escalates once to the director.
	 *
	 * @return whether to open the director's supervision task
	 */
	@Transactional
	public boolean checkClock(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		LocalDate today = AppClock.today();
		if (!c.getStatus().clockRunning() || c.getCaseDeadline() == null) {
			return false;
		}
		if (mapper.selectPauses(id).stream().anyMatch(p -> p.endedOn() == null || p.endedOn().isAfter(today))) {
			return false;
		}
		if (today.isAfter(c.getCaseDeadline())) {
			return escalate(c);
		}
		remind(c, today);
		return false;
	}

	private boolean escalate(EnforcementCase c) {
		if (c.isOverdueEscalated()) {
			return false;
		}
		c.escalated();
		steps.save(c);
		notices.send(c, notices.members(c.getBureauId(), Role.DIRECTOR), "OVERDUE", "案件超过办案期限：" + c.displayNumber(),
				"办案期限已于 " + c.getCaseDeadline() + " 届满，请督办");
		steps.log(AuditActor.TIMER, c, "OVERDUE", null, "超过办案期限，提请局长督办");
		return true;
	}

	private void remind(EnforcementCase c, LocalDate today) {
		int left = calendar.workingDaysLeft(c.getCaseDeadline());
		if (props.reminderWorkingDays().contains(left) && !today.equals(c.getRemindedOn())) {
			c.reminded(today);
			steps.save(c);
			List<String> to = new ArrayList<>(mapper.selectInspectors(c.getId()).stream().filter(i -> !i.recused())
				.map(CaseParts.Inspector::username).toList());
			if (!to.contains(c.getHandler())) {
				to.add(c.getHandler());
			}
			notices.send(c, to, "REMINDER", "办案期限提醒：" + c.displayNumber(),
					"距办案期限（" + c.getCaseDeadline() + "）还剩 " + left + " 个工作日");
		}
	}

	@Transactional
	public void superviseOverdue(CurrentUser user, long id, CaseCommands.Opinion cmd) {
		Step s = steps.begin(user, id, TASK_SUPERVISE_OVERDUE);
		steps.finish(s, OpinionKind.OVERDUE, null, cmd.opinion(), Map.of());
		notices.send(s.c(), List.of(s.c().getHandler()), "ESCALATION", "局长督办：" + s.c().displayNumber(), cmd.opinion());
	}

	/** The months an extension may still add (the penalty rules' longest extension less what was approved). */
	public int extensionMonthsAvailable(EnforcementCase c) {
		return Math.max(0, policy().maxExtensionMonths() - c.getExtensionMonths());
	}

	private PenaltyPolicy policy() {
		return penalty.policy();
	}

}

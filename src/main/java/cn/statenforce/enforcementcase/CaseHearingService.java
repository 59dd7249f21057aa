package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseEnums.PauseReason;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseEnums.WaiverMethod;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * 事先告知, 陈述申辩 and 听证 (行政处罚法 Arts 44–45, 63–64): the party's windows in working days, a revised
 * proposal never heavier than the notified one, the hearing pausing the case clock until it is recorded.
 */
@Service
public class CaseHearingService {

	private final EnforcementCaseMapper mapper;
	private final UserService users;
	private final PenaltyDeadlines deadlines;
	private final PenaltyAdvisor penalty;
	private final CaseTasks steps;
	private final CasePauses pauses;

	CaseHearingService(EnforcementCaseMapper mapper, UserService users, PenaltyDeadlines deadlines,
			PenaltyAdvisor penalty, CaseTasks steps, CasePauses pauses) {
		this.mapper = mapper;
		this.users = users;
		this.deadlines = deadlines;
		this.penalty = penalty;
		this.steps = steps;
		this.pauses = pauses;
	}

	@Transactional
	public void priorNotice(CurrentUser user, long id, CaseCommands.PriorNotice cmd) {
		Step s = steps.begin(user, id, TASK_PRIOR_NOTICE);
		steps.requireInvestigator(s.c(), user);
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE ? deadlines.publicNoticeServedOn(cmd.servedOn())
				: cmd.servedOn();
		s.c().priorNotice(cmd.servedOn(), effective, deadlines.statementDefenceDeadline(effective),
				s.c().isHearingRight() ? deadlines.hearingRequestDeadline(effective) : null, AppClock.today());
		if (cmd.method() == ServiceMethod.PUBLIC_NOTICE) {
			mapper.insertPause(new CaseParts.Pause(null, id, PauseReason.PUBLIC_NOTICE.name(), "事先告知书公告送达",
					cmd.servedOn(), effective));
			s.c().deadline(s.c().getCaseDeadline().plusDays(java.time.temporal.ChronoUnit.DAYS.between(cmd.servedOn(), effective)));
			steps.log(AuditActor.user(user), s.c(), "PAUSE", null, "公告送达，办案期限暂停至 " + effective + "，期限顺延至 " + s.c().getCaseDeadline());
		}
		steps.finish(s, OpinionKind.PRIOR_NOTICE, null, cmd.method().label() + " " + cmd.servedOn() + "；陈述、申辩期限至 "
				+ s.c().getDefenceDue() + (s.c().isHearingRight() ? "，听证申请期限至 " + s.c().getHearingRequestDue() : "")
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	/**
	 * 陈述申辩, a hearing request, and the party's express waivers. Before a window ends only a hearing request (which
	 * leads to the hearing) or the waiver of that right closes it — a statement alone does not: the party may still
	 * add to it or ask for a hearing until the last day (APL Arts 62, 64). A revised proposal may not be heavier (APL
	 * Art 45) and must still be one the law allows.
	 */
	@Transactional
	public void recordStatement(CurrentUser user, long id, CaseCommands.Statement cmd) {
		Step s = steps.begin(user, id, TASK_RECORD_STATEMENT);
		steps.requireInvestigator(s.c(), user);
		LocalDate today = AppClock.today();
		CaseParts.Waiver statementWaiver = waiver(cmd.statementWaivedOn(), cmd.statementWaiverMethod(), "statementWaivedOn",
				"statementWaiverMethod", "放弃陈述申辩");
		CaseParts.Waiver hearingWaiver = waiver(cmd.hearingWaivedOn(), cmd.hearingWaiverMethod(), "hearingWaivedOn",
				"hearingWaiverMethod", "放弃听证");
		String outcome = cmd.revisedOutcome() == null ? s.c().getProposedOutcome() : cmd.revisedOutcome();
		BigDecimal fine = cmd.revisedOutcome() == null ? s.c().getProposedFine() : cmd.revisedFine();
		checkRevision(s.c(), outcome, fine);
		s.c().statement(outcome, fine, cmd.hearingRequested(), cmd.hearingRequestedOn() == null ? today : cmd.hearingRequestedOn(),
				statementWaiver, hearingWaiver, today);
		if (cmd.hearingRequested()) {
			pauses.pause(AuditActor.user(user), s.c(), PauseReason.HEARING, "当事人申请听证", today);
		}
		String text = (cmd.statementMade() ? "当事人陈述申辩：" + nullToEmpty(cmd.statement()) + "。" : "当事人未陈述申辩。")
				+ (statementWaiver == null ? "" : statementWaiver.describe("陈述、申辩") + "。")
				+ (hearingWaiver == null ? "" : hearingWaiver.describe("听证") + "。")
				+ (cmd.hearingRequested() ? "于 " + s.c().getHearingRequestedOn() + " 申请听证。" : "") + "复核意见：" + cmd.opinion();
		steps.finish(s, OpinionKind.STATEMENT, null, text, Map.of(VAR_HEARING_REQUESTED, cmd.hearingRequested()));
	}

	/** A waiver is its day and how it was given, both or neither (400 naming the missing one). */
	private static CaseParts.Waiver waiver(LocalDate on, WaiverMethod method, String onField, String methodField,
			String what) {
		if (on == null && method == null) {
			return null;
		}
		if (method == null) {
			throw new BadRequestException(methodField, "请选择当事人" + what + "的方式（书面声明、口头表示并记入笔录或在送达回证上签注）");
		}
		if (on == null) {
			throw new BadRequestException(onField, "请填写当事人" + what + "的日期");
		}
		return new CaseParts.Waiver(on, method);
	}

	/** A proposal revised after the statement or the hearing: not heavier (APL Art 45), lawful, within the range. */
	private void checkRevision(EnforcementCase c, String outcome, BigDecimal fine) {
		penalty.checkNotHeavier(c.getProposedOutcome(), c.getProposedFine(), outcome, fine);
		penalty.checkOutcomeAllowed(c, outcome);
		if ("WARNING_AND_FINE".equals(outcome) && !same(fine, c.getProposedFine())) {
			penalty.checkWithinRange(c, outcome, fine);
		}
	}

	/** The earliest hearing date notified today: the hearing notice's working days ahead (APL Art 64). */
	public LocalDate hearingEarliest() {
		return deadlines.earliestHearingDate(AppClock.today());
	}

	/**
	 * 听证通知: served on or after the request, the hearing far enough ahead (APL Art 64, the penalty deadlines'), the
	 * chair not one of the investigators; the chair then records the hearing (the task is assigned to him).
	 */
	@Transactional
	public void scheduleHearing(CurrentUser user, long id, CaseCommands.HearingNotice cmd) {
		Step s = steps.begin(user, id, TASK_SCHEDULE_HEARING);
		steps.requireInvestigator(s.c(), user);
		LocalDate today = AppClock.today();
		LocalDate served = cmd.servedOn() == null ? today : cmd.servedOn();
		if (mapper.selectInspectors(id).stream().anyMatch(i -> i.username().equals(cmd.chair()))) {
			throw new BadRequestException("chair", "听证主持人不得为本案调查人员");
		}
		UserSummary chair = users.byUsernames(List.of(cmd.chair())).get(cmd.chair());
		if (chair == null || !s.c().getBureauId().equals(chair.bureauId())) {
			throw new BadRequestException("chair", "听证主持人须为本局工作人员");
		}
		deadlines.checkHearingNotice(served, cmd.hearingDate());
		s.c().scheduleHearing(cmd.hearingDate(), cmd.chair(), served, today);
		steps.finish(s, OpinionKind.HEARING, null, "听证通知于 " + served + " 送达，听证定于 " + cmd.hearingDate() + "，主持人 "
				+ chair.displayName() + (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of(VAR_HEARING_CHAIR, cmd.chair()));
	}

	/** 听证记录, by the hearing's chair only (APL Art 64: a non-investigator chairs the hearing and its record). */
	@Transactional
	public void recordHearing(CurrentUser user, long id, CaseCommands.HearingRecord cmd) {
		Step s = steps.begin(user, id, TASK_RECORD_HEARING);
		if (!user.username().equals(s.c().getHearingChair())) {
			throw new ConflictException("听证记录须由听证主持人办理");
		}
		String outcome = cmd.revisedOutcome() == null ? s.c().getProposedOutcome() : cmd.revisedOutcome();
		BigDecimal fine = cmd.revisedOutcome() == null ? s.c().getProposedFine() : cmd.revisedFine();
		checkRevision(s.c(), outcome, fine);
		s.c().hearingRecorded(cmd.held(), outcome, fine, AppClock.today());
		pauses.endPause(AuditActor.user(user), s.c(), PauseReason.HEARING, AppClock.today());
		steps.finish(s, OpinionKind.HEARING, null, (cmd.held() ? "听证已举行：" : "当事人无正当理由未到场，视为放弃听证：") + cmd.opinion(), Map.of());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}

package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseEnums.PauseReason;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
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
	private final EnforcementCaseProperties props;
	private final CaseTasks steps;
	private final CasePauses pauses;

	CaseHearingService(EnforcementCaseMapper mapper, UserService users, PenaltyDeadlines deadlines,
			PenaltyAdvisor penalty, EnforcementCaseProperties props, CaseTasks steps, CasePauses pauses) {
		this.mapper = mapper;
		this.users = users;
		this.deadlines = deadlines;
		this.penalty = penalty;
		this.props = props;
		this.steps = steps;
		this.pauses = pauses;
	}

	@Transactional
	public void priorNotice(CurrentUser user, long id, CaseCommands.PriorNotice cmd) {
		Step s = steps.begin(user, id, TASK_PRIOR_NOTICE);
		steps.requireInvestigator(s.c(), user);
		if (cmd.servedOn().isAfter(AppClock.today())) {
			throw new BadRequestException("servedOn", "送达日期不能晚于今天");
		}
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE
				? cmd.servedOn().plusDays(props.publicNoticeDays()) : cmd.servedOn();
		if (cmd.method() == ServiceMethod.PUBLIC_NOTICE) {
			mapper.insertPause(new CaseParts.Pause(null, id, PauseReason.PUBLIC_NOTICE.name(), "事先告知书公告送达",
					cmd.servedOn(), effective));
			s.c().deadline(s.c().getCaseDeadline().plusDays(java.time.temporal.ChronoUnit.DAYS.between(cmd.servedOn(), effective)));
			steps.log(s.c(), "PAUSE", null, "公告送达，办案期限暂停至 " + effective + "，期限顺延至 " + s.c().getCaseDeadline());
		}
		s.c().priorNotice(effective, deadlines.statementDefenceDeadline(effective),
				s.c().isHearingRight() ? deadlines.hearingRequestDeadline(effective) : null);
		steps.finish(s, OpinionKind.PRIOR_NOTICE, null, cmd.method().label() + " " + cmd.servedOn()
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	/**
	 * 陈述申辩 and hearing request. Before the window ends only a statement or an express waiver closes it; a
	 * revised proposal may not be heavier (APL Art 45); a hearing only with the right and within 5 working days.
	 */
	@Transactional
	public void recordStatement(CurrentUser user, long id, CaseCommands.Statement cmd) {
		Step s = steps.begin(user, id, TASK_RECORD_STATEMENT);
		steps.requireInvestigator(s.c(), user);
		LocalDate today = AppClock.today();
		if (!cmd.statementMade() && !cmd.hearingRequested() && !today.isAfter(s.c().getDefenceDue())) {
			throw new ConflictException("陈述申辩期限至 " + s.c().getDefenceDue() + " 届满，当事人未陈述申辩的须待期限届满后登记");
		}
		if (cmd.hearingRequested()) {
			checkHearingRequest(s.c(), cmd.hearingRequestedOn() == null ? today : cmd.hearingRequestedOn());
		}
		String outcome = cmd.revisedOutcome() == null ? s.c().getProposedOutcome() : cmd.revisedOutcome();
		BigDecimal fine = cmd.revisedOutcome() == null ? s.c().getProposedFine() : cmd.revisedFine();
		penalty.checkNotHeavier(s.c().getProposedOutcome(), s.c().getProposedFine(), outcome, fine);
		if (!outcome.equals(s.c().getProposedOutcome()) || !same(fine, s.c().getProposedFine())) {
			if ("WARNING_AND_FINE".equals(outcome)) {
				penalty.checkWithinRange(s.c(), outcome, fine);
			}
		}
		s.c().statement(outcome, fine, cmd.hearingRequested());
		if (cmd.hearingRequested()) {
			pauses.pause(s.c(), PauseReason.HEARING, "当事人申请听证", today);
		}
		String text = (cmd.statementMade() ? "当事人陈述申辩：" + nullToEmpty(cmd.statement()) + "。" : "当事人未陈述申辩。")
				+ (cmd.hearingRequested() ? "申请听证。" : "") + "复核意见：" + cmd.opinion();
		steps.finish(s, OpinionKind.STATEMENT, null, text, Map.of(VAR_HEARING_REQUESTED, cmd.hearingRequested()));
	}

	private static void checkHearingRequest(EnforcementCase c, LocalDate on) {
		if (!c.isHearingRight()) {
			throw new BadRequestException("hearingRequested", "拟罚款未达到听证标准，当事人无听证权利");
		}
		if (on.isAfter(c.getHearingRequestDue())) {
			throw new BadRequestException("hearingRequestedOn", "听证申请已超过告知后5个工作日的期限（" + c.getHearingRequestDue() + "）");
		}
	}

	/** The earliest hearing date notified today: 7 working days ahead (APL Art 64). */
	public LocalDate hearingEarliest() {
		return deadlines.earliestHearingDate(AppClock.today());
	}

	/** 听证通知: ≥7 working days ahead; the chair is not one of the investigators (APL Art 64). */
	@Transactional
	public void scheduleHearing(CurrentUser user, long id, CaseCommands.HearingNotice cmd) {
		Step s = steps.begin(user, id, TASK_SCHEDULE_HEARING);
		steps.requireInvestigator(s.c(), user);
		LocalDate earliest = hearingEarliest();
		if (cmd.hearingDate().isBefore(earliest)) {
			throw new BadRequestException("hearingDate", "听证日期应在通知后至少7个工作日，最早 " + earliest);
		}
		if (mapper.selectInspectors(id).stream().anyMatch(i -> i.username().equals(cmd.chair()))) {
			throw new BadRequestException("chair", "听证主持人不得为本案调查人员");
		}
		UserSummary chair = users.byUsernames(List.of(cmd.chair())).get(cmd.chair());
		if (chair == null || !s.c().getBureauId().equals(chair.bureauId())) {
			throw new BadRequestException("chair", "听证主持人须为本局工作人员");
		}
		s.c().scheduleHearing(cmd.hearingDate(), cmd.chair());
		steps.finish(s, OpinionKind.HEARING, null, "听证定于 " + cmd.hearingDate() + "，主持人 " + chair.displayName()
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	@Transactional
	public void recordHearing(CurrentUser user, long id, CaseCommands.HearingRecord cmd) {
		Step s = steps.begin(user, id, TASK_RECORD_HEARING);
		if (!user.username().equals(s.c().getHearingChair())) {
			steps.requireInvestigator(s.c(), user);
		}
		if (AppClock.today().isBefore(s.c().getHearingDate())) {
			throw new ConflictException("听证日期 " + s.c().getHearingDate() + " 尚未到");
		}
		String outcome = cmd.revisedOutcome() == null ? s.c().getProposedOutcome() : cmd.revisedOutcome();
		BigDecimal fine = cmd.revisedOutcome() == null ? s.c().getProposedFine() : cmd.revisedFine();
		penalty.checkNotHeavier(s.c().getProposedOutcome(), s.c().getProposedFine(), outcome, fine);
		if ("WARNING_AND_FINE".equals(outcome) && !same(fine, s.c().getProposedFine())) {
			penalty.checkWithinRange(s.c(), outcome, fine);
		}
		s.c().hearingRecorded(cmd.held(), outcome, fine);
		pauses.endPause(s.c(), PauseReason.HEARING, AppClock.today());
		steps.finish(s, OpinionKind.HEARING, null, (cmd.held() ? "听证已举行：" : "当事人无正当理由未到场，视为放弃听证：") + cmd.opinion(), Map.of());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}

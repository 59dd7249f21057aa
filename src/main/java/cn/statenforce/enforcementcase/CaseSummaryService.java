package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.penalty.PenaltyRules;
import cn.statenforce.shared.BadRequestException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * 简易程序 (APL Arts 51–52): two inspectors decide on the spot within the summary range (the penalty rules'), order
 * the party to correct (APL Art 28), and the decision is numbered and filed with the bureau.
 */
@Service
public class CaseSummaryService {

	private final EnforcementCaseMapper mapper;
	private final PenaltyAdvisor penalty;
	private final CaseTasks steps;
	private final CaseMembers members;
	private final CaseDecisions decisions;
	private final PenaltyDeadlines deadlines;

	CaseSummaryService(EnforcementCaseMapper mapper, PenaltyAdvisor penalty, CaseTasks steps, CaseMembers members,
			CaseDecisions decisions, PenaltyDeadlines deadlines) {
		this.mapper = mapper;
		this.penalty = penalty;
		this.steps = steps;
		this.members = members;
		this.decisions = decisions;
		this.deadlines = deadlines;
	}

	@Transactional
	public void summaryDecision(CurrentUser user, long id, CaseCommands.SummaryDecision cmd) {
		Step s = steps.begin(user, id, TASK_SUMMARY_DECISION);
		steps.requireCertified(user);
		if (!cmd.inspectors().contains(user.username()) || cmd.inspectors().stream().distinct().count() != 2) {
			throw new BadRequestException("inspectors", "须由包括您在内的两名不同执法人员当场作出");
		}
		BigDecimal fine = "WARNING".equals(cmd.penaltyOutcome()) ? null : cmd.fine();
		if ("WARNING_AND_FINE".equals(cmd.penaltyOutcome()) && (fine == null || fine.signum() <= 0)) {
			throw new BadRequestException("fine", "请填写罚款金额");
		}
		penalty.checkSummaryAllowed(s.c().getPartyType(), cmd.penaltyOutcome(), fine);
		for (String u : cmd.inspectors()) {
			members.add(s.c(), u);
		}
		mapper.deleteViolations(id);
		String violation = cmd.violationType();
		mapper.insertViolation(CaseParts.Violation.found(id, violation, penalty.articleFor(violation, s.c().getConductDate()),
				penalty.regimeFor(s.c().getConductDate()), s.c().getConductDate(), cmd.opinion()));
		LocalDate today = AppClock.today();
		// the decision is handed over on the spot: the 15 days to pay run from today, moved past rest days
		s.c().summaryDecision(cmd.penaltyOutcome(), fine, null, user.username(), today,
				fine == null ? null : deadlines.paymentDueDate(today));
		steps.orderCorrection(s.c(), cmd.correctionMeasure(), cmd.correctionDeadline(),
				PenaltyRules.PENALTY_ORDERS_CORRECTION);
		steps.finish(s, OpinionKind.SUMMARY_DECISION, null, cmd.opinion(), decisions.executionFlags(s.c()));
	}

	/** Delegate: numbers the on-the-spot decision and files it with the bureau (APL Art 52). */
	@Transactional
	public void fileSummaryDecision(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		String number = decisions.number(c);
		c.decisionNumbered(number, decisions.publicationDue(c));
		steps.save(c);
		steps.log(AuditActor.JOB, c, "SUMMARY_FILED", null, "当场处罚决定书 " + number + " 已报本局备案");
	}

}

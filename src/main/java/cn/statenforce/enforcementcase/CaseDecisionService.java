package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.TaskGroups;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * The ordinary procedure's decision: the gates — 法制审核 and 集体讨论 where the law asks for them (APL Arts
 * 57–58) — the approval by the leader or, for major cases, the director, and the numbered decision (文号).
 */
@Service
public class CaseDecisionService {

	private final EnforcementCaseMapper mapper;
	private final BureauService bureaus;
	private final PenaltyDeadlines deadlines;
	private final PenaltyAdvisor penalty;
	private final CaseTasks steps;
	private final CaseDecisions decisions;
	private final CaseChecklist checklist;

	CaseDecisionService(EnforcementCaseMapper mapper, BureauService bureaus, PenaltyDeadlines deadlines,
			PenaltyAdvisor penalty, CaseTasks steps, CaseDecisions decisions, CaseChecklist checklist) {
		this.checklist = checklist;
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.deadlines = deadlines;
		this.penalty = penalty;
		this.steps = steps;
		this.decisions = decisions;
	}

	/** Delegate: which reviews the decision needs and who approves it (DIRECTOR for major cases). */
	@Transactional
	public Map<String, Object> determineGates(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		BigDecimal fine = c.getProposal() == Disposition.PENALTY ? c.getProposedFine() : null;
		boolean major = penalty.legalReviewRequired(c.getPartyType(), fine, false, false);
		boolean review = c.getProposal() == Disposition.TRANSFER
				|| penalty.legalReviewRequired(c.getPartyType(), fine, c.isHearingHeld(), c.isComplexCase());
		boolean discussion = c.isComplexCase() || major;
		c.gates(review, discussion, major);
		steps.save(c);
		Bureau b = bureaus.bureau(c.getBureauId());
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_LEGAL_REVIEW_REQUIRED, review);
		vars.put(VAR_DISCUSSION_REQUIRED, discussion);
		vars.put(VAR_DECISION_APPROVER_GROUP, TaskGroups.of(major ? Role.DIRECTOR : Role.LEADER, b.regionCode()));
		steps.log(AuditActor.JOB, c, "GATES", null, (review ? "需法制审核；" : "无需法制审核；")
				+ (discussion ? "需集体讨论；" : "无需集体讨论；") + (major ? "重大案件由局长审批" : "由分管领导审批"));
		return vars;
	}

	@Transactional
	public void legalReview(CurrentUser user, long id, CaseCommands.LegalReview cmd) {
		Step s = steps.begin(user, id, TASK_LEGAL_REVIEW);
		if (!user.hasRole(Role.LEGAL_REVIEWER)) {
			throw new ConflictException("法制审核须由法制审核人员办理");
		}
		// 法定要件核验 (《行政处罚法》第五十八条): the review cannot pass while one of its items fails; it can return the case
		List<CaseChecklist.Check> lines = checklist.legalReview(s.c());
		String failing = CaseChecklist.firstFailure(lines);
		if (cmd.passed() && failing != null) {
			throw new ConflictException(failing);
		}
		checklist.record(s.c(), TASK_LEGAL_REVIEW, user, lines);
		s.c().legalReview(cmd.passed());
		steps.finish(s, OpinionKind.LEGAL_REVIEW, cmd.passed(), cmd.opinion(), Map.of(VAR_LEGAL_REVIEW_PASSED, cmd.passed()));
	}

	@Transactional
	public void discuss(CurrentUser user, long id, CaseCommands.Discussion cmd) {
		Step s = steps.begin(user, id, TASK_COLLECTIVE_DISCUSSION);
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new ConflictException("集体讨论由局长主持并记录");
		}
		s.c().discussed();
		steps.finish(s, OpinionKind.COLLECTIVE_DISCUSSION, true, "参加人员：" + cmd.attendees() + "。结论：" + cmd.conclusion(), Map.of());
	}

	/**
	 * 决定审批: approver not an investigator; gates satisfied and the party's windows closed (the aggregate refuses
	 * otherwise); an outcome the law allows, within the range, with the order to correct it requires; approves the
	 * proposal or returns it.
	 */
	@Transactional
	public void approveDecision(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = steps.begin(user, id, TASK_APPROVE_DECISION);
		// kept with the approval (and printed on the 决定审批表) as it stands before the decision is taken
		List<CaseChecklist.Check> lines = checklist.decisionApproval(user, s.c());
		String notSeparate = checklist.approverBlock(user, id);
		if (notSeparate != null) {
			throw new ConflictException(notSeparate);
		}
		if (!cmd.approved()) {
			checklist.record(s.c(), TASK_APPROVE_DECISION, user, lines);
			s.c().returnToInvestigation();
			steps.finish(s, OpinionKind.DECISION_APPROVAL, false, cmd.opinion(), Map.of(VAR_APPROVED, false));
			return;
		}
		Disposition d = s.c().getProposal();
		boolean penaltyOutcome = d == Disposition.PENALTY && PenaltyAdvisor.isPenaltyOutcome(s.c().getProposedOutcome());
		Disposition decided = d == Disposition.PENALTY && !penaltyOutcome ? Disposition.NO_PENALTY : d;
		String unlawful = checklist.lawfulOutcomeBlock(s.c());
		if (unlawful != null) {
			throw new ConflictException(unlawful);
		}
		LocalDate today = AppClock.today();
		checklist.record(s.c(), TASK_APPROVE_DECISION, user, lines);
		s.c().decide(decided, penaltyOutcome ? s.c().getProposedOutcome() : null, penaltyOutcome ? s.c().getProposedFine() : null,
				user.username(), today, null, decided == Disposition.TRANSFER ? null
						: deadlines.serviceDeadline(today));
		if (decided == Disposition.NOT_ESTABLISHED || decided == Disposition.TRANSFER) {
			s.c().cancelCorrectionOrder();
		}
		Map<String, Object> vars = new HashMap<>(decisions.executionFlags(s.c()));
		vars.put(VAR_APPROVED, true);
		vars.put(VAR_DISPOSITION, decided.name());
		steps.finish(s, OpinionKind.DECISION_APPROVAL, true, decided.label() + "：" + cmd.opinion(), vars);
	}

	/** Delegate: numbers the decision (文号) and stops the case clock. */
	@Transactional
	public void issueDecision(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		if (c.getDecisionOutcome() != Disposition.TRANSFER) {
			c.decisionNumbered(decisions.number(c), decisions.publicationDue(c));
			steps.save(c);
		}
		steps.log(AuditActor.JOB, c, "DECISION_ISSUED", null,
				c.getDecisionOutcome().label() + (c.getDecisionNumber() == null ? "" : "，决定书 " + c.getDecisionNumber()));
	}

	/**
	 * The decision's new 文号 after its document was voided (作废) and generated again; the register keeps the voided
	 * one. Called by the document capability inside its own transaction.
	 */
	@Transactional
	public void renumberDecision(AuditActor actor, long id, String number) {
		EnforcementCase c = steps.lockUnchecked(id);
		String old = c.getDecisionNumber();
		c.decisionNumbered(number, c.getPublicationDue());
		steps.save(c);
		steps.log(actor, c, "DECISION_RENUMBERED", null, "决定书文号 " + old + " 作废，重新编号为 " + number);
	}

}

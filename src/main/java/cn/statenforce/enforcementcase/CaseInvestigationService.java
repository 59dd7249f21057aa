package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.penalty.Recommendation;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * 调查取证 and 裁量: evidence, the investigation report with the violations found, the discretion benchmark
 * evaluated per violation and combined, and the 拟处理意见 checked against that range.
 */
@Service
public class CaseInvestigationService {

	private final EnforcementCaseMapper mapper;
	private final PenaltyAdvisor penalty;
	private final CaseTasks steps;
	private final CaseChecklist checklist;

	CaseInvestigationService(EnforcementCaseMapper mapper, PenaltyAdvisor penalty, CaseTasks steps,
			CaseChecklist checklist) {
		this.checklist = checklist;
		this.mapper = mapper;
		this.penalty = penalty;
		this.steps = steps;
	}

	@Transactional
	public void addEvidence(CurrentUser user, long id, CaseCommands.AddEvidence cmd) {
		EnforcementCase c = steps.lockWritable(user, id);
		steps.requireCertified(user);
		if (c.getStatus() != CaseStatus.INVESTIGATING) {
			throw new ConflictException("只有调查取证阶段可以登记证据");
		}
		CaseDateRules.evidence(c, cmd.collectedOn(), AppClock.today());
		mapper.insertEvidence(new CaseParts.Evidence(null, id, cmd.kind().name(), cmd.title(), cmd.content(),
				cmd.collectedOn(), user.username()));
		steps.log(AuditActor.user(user), c, "EVIDENCE", null, cmd.kind().label() + "：" + cmd.title());
	}

	/** 调查终结报告: needs ≥2 investigators with certificates valid today, the reporter among them, evidence. */
	@Transactional
	public void reportInvestigation(CurrentUser user, long id, CaseCommands.InvestigationReport cmd) {
		Step s = steps.begin(user, id, TASK_INVESTIGATE);
		steps.requireCertified(user);
		LocalDate today = AppClock.today();
		List<CaseParts.Inspector> team = mapper.selectInspectors(id).stream().filter(i -> i.activeOn(today)).toList();
		String notTwo = checklist.investigatorsBlock(id, today);
		if (notTwo != null) {
			throw new ConflictException(notTwo);
		}
		if (team.stream().noneMatch(i -> i.username().equals(user.username()))) {
			throw new ConflictException("您不是本案调查组成员或已回避");
		}
		String noEvidence = checklist.evidenceBlock(id);
		if (noEvidence != null) {
			throw new ConflictException(noEvidence + "，不能终结调查");
		}
		mapper.deleteViolations(id);
		for (CaseCommands.ViolationItem v : cmd.violations()) {
			insertViolation(s.c(), v.violationType(), v.description());
		}
		s.c().report(cmd.circumstance(), cmd.firstOffence(), cmd.correctedInTime(), cmd.complex(), today);
		steps.finish(s, OpinionKind.INVESTIGATION_REPORT, null, cmd.opinion(), Map.of());
	}

	/** A violation found, with the article and regime in force at the conduct date. */
	private void insertViolation(EnforcementCase c, String violationType, String description) {
		mapper.insertViolation(CaseParts.Violation.found(c.getId(), violationType,
				penalty.articleFor(violationType, c.getConductDate()), penalty.regimeFor(c.getConductDate()),
				c.getConductDate(), description));
	}

	/**
	 * Delegate: the discretion benchmark evaluated for every violation found (分别裁量), each result stored on its
	 * violation with the matched rule and basis, and their combination (合并处罚, see {@link PenaltyAdvisor#combine})
	 * stored on the case: that combined range is what the proposal and the decision are checked against.
	 */
	@Transactional
	public void recommend(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		List<CaseParts.Violation> found = mapper.selectViolations(id);
		List<Recommendation> separate = new ArrayList<>();
		for (CaseParts.Violation v : found) {
			Recommendation r = penalty.recommend(v.violationType(), c.getPartyType(), c.getCircumstance(),
					Boolean.TRUE.equals(c.getFirstOffence()), Boolean.TRUE.equals(c.getCorrectedInTime()), c.getConductDate());
			mapper.updateViolationRecommendation(new CaseParts.Violation(v.id(), id, v.violationType(), v.article(),
					v.regime(), v.conductDate(), v.description(), r.outcome().name(), r.fineMin(), r.fineMax(), r.ruleId(),
					r.legalBasis(), r.explanation()));
			separate.add(r);
		}
		Recommendation r = penalty.combine(separate);
		c.recommend(r.outcome().name(), r.fineMin(), r.fineMax(), r.ruleId(), r.legalBasis(), r.regime(), r.explanation(),
				r.fineRequired(), r.correctionRequired());
		steps.save(c);
		steps.log(AuditActor.JOB, c, "RECOMMENDED", r.explanation(),
				"裁量基准建议：" + r.outcome().label() + (found.size() > 1 ? "（" + found.size() + "项违法行为分别裁量、合并处罚）" : "")
						+ "（规则 " + r.ruleId() + "）");
	}

	/**
	 * 拟处理意见 against the recommendation: the outcome the law leaves open (a fine where the law imposes one), a fine
	 * in the benchmark's range, and the order to correct every penalty gives (APL Art 28) — and a decision not to
	 * penalise where the matched rule says so.
	 */
	@Transactional
	public void proposeHandling(CurrentUser user, long id, CaseCommands.HandlingProposal cmd) {
		Step s = steps.begin(user, id, TASK_PROPOSE_HANDLING);
		steps.requireInvestigator(s.c(), user);
		String outcome = null;
		BigDecimal fine = null;
		s.c().cancelCorrectionOrder();
		if (cmd.disposition() == Disposition.PENALTY) {
			if (cmd.penaltyOutcome() == null) {
				throw new BadRequestException("penaltyOutcome", "请选择处罚种类");
			}
			outcome = cmd.penaltyOutcome();
			fine = "WARNING_AND_FINE".equals(outcome) ? cmd.fine() : null;
			penalty.checkOutcomeAllowed(s.c(), outcome);
			if ("WARNING_AND_FINE".equals(outcome) && (fine == null || fine.signum() <= 0)) {
				throw new BadRequestException("fine", "请填写罚款金额");
			}
			penalty.checkWithinRange(s.c(), outcome, fine);
		}
		if (cmd.disposition() == Disposition.NO_PENALTY) {
			penalty.checkOutcomeAllowed(s.c(), "NO_PENALTY");
		}
		if (cmd.disposition() == Disposition.PENALTY || cmd.disposition() == Disposition.NO_PENALTY) {
			String decided = outcome == null ? "NO_PENALTY" : outcome;
			steps.orderCorrection(s.c(), cmd.correctionMeasure(), cmd.correctionDeadline(),
					penalty.correctionRequired(s.c(), decided) ? penalty.correctionRequiredReason(s.c(), decided) : null);
		}
		boolean major = penalty.legalReviewRequired(s.c().getPartyType(), fine, false, false);
		s.c().propose(cmd.disposition(), outcome, fine, major, fine != null && penalty.hearingRight(s.c().getPartyType(), fine));
		steps.finish(s, OpinionKind.PROPOSAL, null, cmd.disposition().label() + "：" + cmd.opinion(),
				Map.of(VAR_DISPOSITION, cmd.disposition().name()));
	}

}

package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.process.CaseWorkflow;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

import static cn.statenforce.enforcementcase.CaseTasks.blankToNull;
import static cn.statenforce.enforcementcase.CaseTasks.notBlank;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * From lead to filed case: 线索登记 (by a user or handed over by another capability), 核查 and the approval of
 * filing or not filing, the limitation check (APL Art 36) and 立案 with the case number and the case clock.
 * Every method is one transaction: a refused step changes nothing.
 */
@Service
public class CaseIntakeService {

	private final EnforcementCaseMapper mapper;
	private final CaseWorkflow workflow;
	private final BureauService bureaus;
	private final EnterpriseService enterprises;
	private final SequenceService sequences;
	private final PenaltyAdvisor penalty;

	private final PenaltyDeadlines deadlines;
	private final CaseTasks steps;
	private final CaseMembers members;
	private final CaseChecklist checklist;

	CaseIntakeService(EnforcementCaseMapper mapper, CaseWorkflow workflow, BureauService bureaus,
			EnterpriseService enterprises, SequenceService sequences, PenaltyAdvisor penalty, CaseTasks steps,
			CaseMembers members, PenaltyDeadlines deadlines, CaseChecklist checklist) {
		this.checklist = checklist;
		this.mapper = mapper;
		this.workflow = workflow;
		this.bureaus = bureaus;
		this.enterprises = enterprises;
		this.sequences = sequences;
		this.penalty = penalty;
		this.steps = steps;
		this.members = members;
		this.deadlines = deadlines;
	}

	/** 线索登记 by an inspector (or leader) of the bureau; starts the case process. */
	@Transactional
	public EnforcementCase registerLead(CurrentUser user, CaseCommands.RegisterLead cmd) {
		if (!user.hasAnyRole(Role.INSPECTOR, Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("只有执法人员或领导可以登记线索");
		}
		Enterprise e = party(user, cmd.enterpriseId());
		boolean report = cmd.source() == CaseSource.REPORT;
		if (!report && (notBlank(cmd.reporterName()) || notBlank(cmd.reporterContact()))) {
			throw new BadRequestException("reporterName", "只有举报线索才登记举报人");
		}
		EnforcementCase c = newLead(e.bureauId(), e, cmd.source(), cmd.cause(), cmd.findings(), cmd.conductDate(), user.username());
		c.reporter(blankToNull(cmd.reporterName()), blankToNull(cmd.reporterContact()));
		return start(AuditActor.user(user), c, List.of());
	}

	/** The party named by the request: an unknown or unreadable unit is an input error (400), not a missing page. */
	private Enterprise party(CurrentUser user, long enterpriseId) {
		Enterprise e;
		try {
			e = enterprises.get(user, enterpriseId);
		}
		catch (cn.statenforce.shared.NotFoundException notFound) {
			throw new BadRequestException("enterpriseId", "当事人单位不存在或不在本局名录库中（编号 " + enterpriseId + "）");
		}
		bureaus.ensureWritable(user, e.bureauId(), "单位");
		return e;
	}

	/**
	 * A lead handed over by another capability (e.g. an inspection); runs in the caller's transaction, usually a
	 * background step. The inspectors who found it join the team only while they may still enforce: a certificate
	 * that lapsed since the finding is no reason to lose the lead (the team is completed at investigation).
	 */
	@Transactional
	public EnforcementCase registerHandover(long bureauId, CaseSource source, long enterpriseId, String findings,
			List<String> inspectors, LocalDate conductDate, String originType, long originId) {
		Enterprise e = enterprises.getUnchecked(enterpriseId);
		if (!bureaus.isWithin(e.bureauId(), bureauId)) {
			throw new BadRequestException("enterpriseId", "单位不在该统计局及其下级统计局的名录库中");
		}
		if (inspectors == null || inspectors.isEmpty()) {
			throw new BadRequestException("inspectorUsernames", "请提供发现线索的执法人员");
		}
		// the lead is the handing bureau's: a city's inspection of a district's unit becomes a lead of the city
		EnforcementCase c = newLead(bureauId, e, source, source.label() + "发现的涉嫌统计违法行为", findings, conductDate,
				inspectors.get(0));
		c.origin(originType, originId);
		return start(AuditActor.HANDOVER, c, inspectors);
	}

	private EnforcementCase newLead(long bureauId, Enterprise e, CaseSource source, String cause, String findings,
			LocalDate conduct, String handler) {
		CaseDateRules.conduct(conduct, AppClock.today());
		Bureau b = bureaus.bureau(bureauId);
		int year = AppClock.today().getYear();
		String number = String.format("XS%s-%d-%04d", b.regionCode(), year, sequences.next(b.id(), "LEAD", year));
		return EnforcementCase.lead(b.id(), number, source, e.id(), e.name(), e.partyType(), e.creditCode(),
				e.legalRepresentative(), e.address(), cause, findings, conduct, handler, AppClock.now());
	}

	private EnforcementCase start(AuditActor actor, EnforcementCase c, List<String> handedOverBy) {
		mapper.insertCase(c);
		for (String u : handedOverBy) {
			members.addIfCertified(c, u);
		}
		Bureau b = bureaus.bureau(c.getBureauId());
		c.startedAs(workflow.start(c.getLeadNumber(), c.getId(), b.regionCode()));
		steps.save(c);
		steps.log(actor, c, "LEAD_REGISTERED", null, "线索登记：" + c.sourceLabel() + "，当事人 " + c.getPartyName());
		return c;
	}

	@Transactional
	public void assess(CurrentUser user, long id, CaseCommands.Assess cmd) {
		Step s = steps.begin(user, id, TASK_ASSESS_LEAD);
		steps.requireCertified(user);
		switch (cmd.proposal()) {
			case NOT_FILE -> s.c().moveTo(CaseStatus.NOT_FILING_PROPOSED);
			case FILE -> s.c().moveTo(CaseStatus.FILING_PROPOSED);
			case SUMMARY -> s.c().startSummary();
		}
		steps.finish(s, OpinionKind.ASSESSMENT, null, cmd.proposal().label() + "：" + cmd.opinion(),
				Map.of(VAR_PROPOSAL, cmd.proposal().name()));
	}

	@Transactional
	public void approveNotFiling(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = steps.begin(user, id, TASK_APPROVE_NOT_FILING);
		s.c().moveTo(cmd.approved() ? CaseStatus.NOT_FILED : CaseStatus.LEAD);
		steps.finish(s, OpinionKind.NOT_FILING_APPROVAL, cmd.approved(), cmd.opinion(), Map.of(VAR_APPROVED, cmd.approved()));
	}

	/**
	 * Delegate: 追责时效 (APL Art 36), counted from the conduct to its discovery (the lead's registration), not to the
	 * day the job runs; time-barred conduct goes to the not-filing approval.
	 */
	@Transactional
	public boolean checkLimitation(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		boolean barred = penalty.isTimeBarred(c);
		if (barred) {
			c.moveTo(CaseStatus.NOT_FILING_PROPOSED);
			steps.save(c);
			steps.opinion(c, OpinionKind.ASSESSMENT, "system", "系统", false, penalty.timeBarredReason(c) + "，不得立案");
			steps.log(AuditActor.JOB, c, "TIME_BARRED", null, "超过追责时效，转不予立案审批");
		}
		return barred;
	}

	@Transactional
	public void approveFiling(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = steps.begin(user, id, TASK_APPROVE_FILING);
		// separation of duties, as for the decision: whoever registered and assessed the lead, or investigates the case,
		// does not approve its filing (行政处罚法第五十四条: 立案 is approved by the organ's responsible person)
		String notSeparate = checklist.filingApproverBlock(user, s.c());
		if (notSeparate != null) {
			throw new ConflictException(notSeparate);
		}
		// 法定要件核验: the approval is refused in the words of the first requirement that fails (jurisdiction, 追责时效)
		List<CaseChecklist.Check> lines = checklist.filingApproval(user, s.c());
		String failing = CaseChecklist.firstFailure(lines);
		if (cmd.approved() && failing != null) {
			throw new ConflictException(failing);
		}
		checklist.record(s.c(), TASK_APPROVE_FILING, user, lines);
		if (!cmd.approved()) {
			s.c().moveTo(CaseStatus.LEAD);
		}
		steps.finish(s, OpinionKind.FILING_APPROVAL, cmd.approved(), cmd.opinion(), Map.of(VAR_APPROVED, cmd.approved()));
	}

	/** Delegate: assigns the case number (案号) and starts the 3-month case clock. */
	@Transactional
	public String fileCase(long id) {
		EnforcementCase c = steps.lockUnchecked(id);
		Bureau b = bureaus.bureau(c.getBureauId());
		LocalDate today = AppClock.today();
		int n = sequences.next(b.id(), "CASE", today.getYear());
		String code = String.format("AJ%s-%d-%04d", b.regionCode(), today.getYear(), n);
		String number = b.docPrefix() + "立〔" + today.getYear() + "〕" + n + "号";
		c.file(code, number, today, deadlines.caseDeadline(today, 0));
		steps.save(c);
		if (mapper.selectInspectors(id).stream().noneMatch(i -> i.username().equals(c.getHandler()))) {
			members.addIfCertified(c, c.getHandler());
		}
		steps.log(AuditActor.JOB, c, "FILED", null, "立案，案号 " + number + "，办案期限至 " + c.getCaseDeadline());
		return code;
	}

}

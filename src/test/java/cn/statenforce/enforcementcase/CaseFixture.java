package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.EvidenceKind;
import cn.statenforce.organization.AppUser;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/** Drives cases through the stage services as the demo users of 雨湖区统计局. */
@Component
public class CaseFixture {

	public final CaseQueryService queries;

	public final CaseIntakeService intake;

	public final CaseTeamService team;

	public final CaseInvestigationService investigation;

	public final CaseHearingService hearings;

	public final CaseSummaryService summary;

	public final CaseDecisionService decisions;

	public final CaseExecutionService execution;

	public final CaseClosureService closure;

	public final CaseClockService clock;

	final UserService users;

	final EnterpriseService enterprises;

	final RuntimeService runtime;

	CaseFixture(CaseQueryService queries, CaseIntakeService intake, CaseTeamService team,
			CaseInvestigationService investigation, CaseHearingService hearings, CaseSummaryService summary,
			CaseDecisionService decisions, CaseExecutionService execution, CaseClosureService closure, CaseClockService clock,
			UserService users, EnterpriseService enterprises, RuntimeService runtime) {
		this.queries = queries;
		this.intake = intake;
		this.team = team;
		this.investigation = investigation;
		this.hearings = hearings;
		this.summary = summary;
		this.decisions = decisions;
		this.execution = execution;
		this.closure = closure;
		this.clock = clock;
		this.users = users;
		this.enterprises = enterprises;
		this.runtime = runtime;
	}

	public CurrentUser as(String username) {
		AppUser u = users.findByUsername(username);
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), users.roles(u.id()));
	}

	public Enterprise organization(String bureauPrefix) {
		return enterprises.search(as(bureauPrefix + ".inspector1"), null, 1, 100).items().stream()
			.filter(e -> "ORGANIZATION".equals(e.partyType())).findFirst().orElseThrow();
	}

	public EnforcementCase lead(LocalDate conduct) {
		return intake.registerLead(as("yuhu.inspector1"), new CaseCommands.RegisterLead(CaseSource.REPORT,
				organization("yuhu").id(), "涉嫌提供不真实统计资料", "举报称该单位虚报营业收入", conduct, "李四", "13800000000"));
	}

	public ProcessInstance pi(EnforcementCase c) {
		return runtime.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
	}

	public EnforcementCase reload(EnforcementCase c) {
		return queries.getUnchecked(c.getId());
	}

	static CaseCommands.Approval yes() {
		return new CaseCommands.Approval(true, "同意");
	}

	static CaseCommands.Approval no() {
		return new CaseCommands.Approval(false, "退回，理由不充分");
	}

	/** Lead → filed → investigation team of inspector1 and inspector2 with one record. */
	public EnforcementCase filed() {
		EnforcementCase c = lead(AppClock.today().minusMonths(2));
		ProcessInstance pi = pi(c);
		intake.assess(as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", pi));
		intake.approveFiling(as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_FileCase", pi));
		team.addInspector(as("yuhu.inspector1"), c.getId(), "yuhu.inspector2");
		investigation.addEvidence(as("yuhu.inspector1"), c.getId(), new CaseCommands.AddEvidence(EvidenceKind.INSPECTION_RECORD,
				"现场检查笔录", "报表数与台账数不符", AppClock.today()));
		return reload(c);
	}

	/** Investigation report and the recommendation job. */
	public void report(EnforcementCase c, String violation, String circumstance, boolean complex) {
		investigation.reportInvestigation(as("yuhu.inspector2"), c.getId(), new CaseCommands.InvestigationReport(
				List.of(new CaseCommands.ViolationItem(violation, "虚报营业收入")), circumstance, false, false, complex,
				"调查终结"));
		execute(job("Task_RecommendDiscretion", pi(c)));
	}

	public void proposeFine(EnforcementCase c, long fine, String correction) {
		investigation.proposeHandling(as("yuhu.inspector1"), c.getId(), new CaseCommands.HandlingProposal(Disposition.PENALTY,
				"WARNING_AND_FINE", BigDecimal.valueOf(fine), correction,
				correction == null ? null : AppClock.today().plusDays(30), "建议警告并处罚款"));
	}

	/**
	 * Prior notice served today and the statement recorded the same day: the party states its case and, in the
	 * record of it, expressly waives further statement and (unless it asks for one) a hearing — without those waivers
	 * the windows would stay open (APL Art 62).
	 */
	public void noticeAndStatement(EnforcementCase c, boolean hearing) {
		hearings.priorNotice(as("yuhu.inspector1"), c.getId(), new CaseCommands.PriorNotice(AppClock.today(),
				CaseEnums.ServiceMethod.DIRECT, null));
		LocalDate today = AppClock.today();
		boolean hearingRight = reload(c).isHearingRight();
		hearings.recordStatement(as("yuhu.inspector1"), c.getId(), new CaseCommands.Statement(true, "我单位已整改", hearing,
				hearing ? today : null, null, null, "申辩理由不成立，维持拟处罚", today, CaseEnums.WaiverMethod.ORAL_RECORDED,
				hearingRight && !hearing ? today : null, hearingRight && !hearing ? CaseEnums.WaiverMethod.WRITTEN : null));
	}

}

package cn.statenforce.enforcementcase.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.enforcementcase.CaseClockService;
import cn.statenforce.enforcementcase.CaseClosureService;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseDecisionService;
import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseExecutionService;
import cn.statenforce.enforcementcase.CaseFilter;
import cn.statenforce.enforcementcase.CaseHearingService;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseInvestigationService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.CaseSummaryService;
import cn.statenforce.enforcementcase.CaseTeamService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** REST of the enforcement case: one endpoint per step, each with a typed, validated payload. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "执法案件", description = "线索、立案、调查、告知、听证、决定、执行、结案")
@Validated
class EnforcementCaseApiController {

	private final CaseQueryService queries;

	private final CaseIntakeService intake;

	private final CaseTeamService team;

	private final CaseInvestigationService investigation;

	private final CaseHearingService hearings;

	private final CaseSummaryService summary;

	private final CaseDecisionService decisions;

	private final CaseExecutionService execution;

	private final CaseClosureService closure;

	private final CaseClockService clock;

	EnforcementCaseApiController(CaseQueryService queries, CaseIntakeService intake, CaseTeamService team,
			CaseInvestigationService investigation, CaseHearingService hearings, CaseSummaryService summary,
			CaseDecisionService decisions, CaseExecutionService execution, CaseClosureService closure,
			CaseClockService clock) {
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
	}

	/** A case as the API shows it (the reporter withheld unless visible to the user). */
	record CaseView(long id, String leadNumber, String caseNumber, String status, String statusLabel, String stage,
			CaseDetails details) {

		static CaseView of(CaseDetails d) {
			EnforcementCase c = d.enforcementCase();
			return new CaseView(c.getId(), c.getLeadNumber(), c.getCaseNumber(), c.getStatus().name(), c.statusLabel(),
					c.stage(), d);
		}

	}

	record Created(long id, String leadNumber) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "登记线索")
	Created register(@Valid @RequestBody CaseCommands.RegisterLead cmd) {
		EnforcementCase c = intake.registerLead(CurrentUsers.get(), cmd);
		return new Created(c.getId(), c.getLeadNumber());
	}

	@GetMapping
	@Operation(summary = "案件台账（本局及下级）")
	PageResult<CaseRow> list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ViolationType violationType, @RequestParam(required = false) Long bureauId,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return queries.search(CurrentUsers.get(), new CaseFilter(bureauId == null ? null : java.util.List.of(bureauId),
				status == null ? null : status.name(), stage, overdue, year, violationType == null ? null : violationType.name(),
				q, page, size)).map(CaseRow::of);
	}

	/** One ledger line. */
	record CaseRow(long id, String leadNumber, String caseNumber, String partyName, String cause, String source,
			String status, String statusLabel, String stage, java.time.LocalDate filedOn,
			java.time.LocalDate caseDeadline, String decisionOutcome, java.math.BigDecimal fineAmount) {

		static CaseRow of(EnforcementCase c) {
			return new CaseRow(c.getId(), c.getLeadNumber(), c.getCaseNumber(), c.getPartyName(), c.getCause(),
					c.sourceLabel(), c.getStatus().name(), c.statusLabel(), c.stage(), c.getFiledOn(), c.getCaseDeadline(),
					c.getDecisionOutcome() == null ? null : c.getDecisionOutcome().label(), c.getFineAmount());
		}

	}

	@GetMapping("/{id}")
	@Operation(summary = "查看案件（含办理记录）")
	CaseView get(@PathVariable long id) {
		return CaseView.of(queries.details(CurrentUsers.get(), id));
	}

	private CaseView after(long id) {
		return get(id);
	}

	@PostMapping("/{id}/assessment")
	@Operation(summary = "核查线索")
	CaseView assess(@PathVariable long id, @Valid @RequestBody CaseCommands.Assess cmd) {
		intake.assess(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/not-filing-approval")
	@Operation(summary = "审批不予立案")
	CaseView approveNotFiling(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		intake.approveNotFiling(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/filing-approval")
	@Operation(summary = "立案审批")
	CaseView approveFiling(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		intake.approveFiling(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/summary-decision")
	@Operation(summary = "当场处罚（简易程序）")
	CaseView summaryDecision(@PathVariable long id, @Valid @RequestBody CaseCommands.SummaryDecision cmd) {
		summary.summaryDecision(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/inspectors")
	@Operation(summary = "加入调查组")
	CaseView addInspector(@PathVariable long id, @Valid @RequestBody CaseCommands.AddInspector cmd) {
		team.addInspector(CurrentUsers.get(), id, cmd.username());
		return after(id);
	}

	@PostMapping("/{id}/recusals")
	@Operation(summary = "决定回避")
	CaseView recuse(@PathVariable long id, @Valid @RequestBody CaseCommands.Recusal cmd) {
		team.recuse(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/recusal-requests")
	@Operation(summary = "申请回避（执法人员本人或当事人）")
	CaseView requestRecusal(@PathVariable long id, @Valid @RequestBody CaseCommands.RecusalRequest cmd) {
		team.declareRecusal(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/recusal-decisions")
	@Operation(summary = "对回避申请作出决定（局长或分管领导）")
	CaseView decideRecusal(@PathVariable long id, @Valid @RequestBody CaseCommands.RecusalDecision cmd) {
		team.decideRecusal(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/evidence")
	@Operation(summary = "登记证据/笔录")
	CaseView addEvidence(@PathVariable long id, @Valid @RequestBody CaseCommands.AddEvidence cmd) {
		investigation.addEvidence(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/investigation-report")
	@Operation(summary = "调查终结报告")
	CaseView report(@PathVariable long id, @Valid @RequestBody CaseCommands.InvestigationReport cmd) {
		investigation.reportInvestigation(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/handling-proposal")
	@Operation(summary = "拟处理意见")
	CaseView propose(@PathVariable long id, @Valid @RequestBody CaseCommands.HandlingProposal cmd) {
		investigation.proposeHandling(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/prior-notice")
	@Operation(summary = "事先告知")
	CaseView priorNotice(@PathVariable long id, @Valid @RequestBody CaseCommands.PriorNotice cmd) {
		hearings.priorNotice(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/statement")
	@Operation(summary = "陈述申辩及听证申请")
	CaseView statement(@PathVariable long id, @Valid @RequestBody CaseCommands.Statement cmd) {
		hearings.recordStatement(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/hearing-notice")
	@Operation(summary = "听证通知")
	CaseView hearingNotice(@PathVariable long id, @Valid @RequestBody CaseCommands.HearingNotice cmd) {
		hearings.scheduleHearing(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/hearing-record")
	@Operation(summary = "听证记录")
	CaseView hearingRecord(@PathVariable long id, @Valid @RequestBody CaseCommands.HearingRecord cmd) {
		hearings.recordHearing(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/legal-review")
	@Operation(summary = "法制审核")
	CaseView legalReview(@PathVariable long id, @Valid @RequestBody CaseCommands.LegalReview cmd) {
		decisions.legalReview(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/collective-discussion")
	@Operation(summary = "集体讨论")
	CaseView discuss(@PathVariable long id, @Valid @RequestBody CaseCommands.Discussion cmd) {
		decisions.discuss(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/decision-approval")
	@Operation(summary = "处罚决定审批")
	CaseView approveDecision(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		decisions.approveDecision(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "移送司法机关")
	CaseView transfer(@PathVariable long id, @Valid @RequestBody CaseCommands.Transfer cmd) {
		execution.transfer(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/service")
	@Operation(summary = "送达决定书")
	CaseView serve(@PathVariable long id, @Valid @RequestBody CaseCommands.Service cmd) {
		execution.serve(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/publication")
	@Operation(summary = "公示")
	CaseView publish(@PathVariable long id, @Valid @RequestBody CaseCommands.Publication cmd) {
		execution.publish(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/payment")
	@Operation(summary = "登记缴款")
	CaseView pay(@PathVariable long id, @Valid @RequestBody CaseCommands.Payment cmd) {
		execution.recordPayment(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/uncorrected-handling")
	@Operation(summary = "未改正处理")
	CaseView uncorrected(@PathVariable long id, @Valid @RequestBody CaseCommands.Opinion cmd) {
		closure.handleUncorrected(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/closure-approval")
	@Operation(summary = "结案审批")
	CaseView approveClosure(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		closure.approveClosure(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/supplement")
	@Operation(summary = "补充执行材料")
	CaseView supplement(@PathVariable long id, @Valid @RequestBody CaseCommands.Opinion cmd) {
		closure.supplementExecution(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "立卷归档")
	CaseView archive(@PathVariable long id, @Valid @RequestBody CaseCommands.Archive cmd) {
		closure.archive(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/extension-request")
	@Operation(summary = "申请延长办案期限")
	CaseView requestExtension(@PathVariable long id, @Valid @RequestBody CaseCommands.ExtensionRequest cmd) {
		clock.requestExtension(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/extension-approval")
	@Operation(summary = "延期审批（局长）")
	CaseView approveExtension(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		clock.approveExtension(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/overdue-supervision")
	@Operation(summary = "逾期督办（局长）")
	CaseView supervise(@PathVariable long id, @Valid @RequestBody CaseCommands.Opinion cmd) {
		clock.superviseOverdue(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/suspension")
	@Operation(summary = "案件中止（办案期限暂停）")
	CaseView suspend(@PathVariable long id, @Valid @RequestBody CaseCommands.Suspension cmd) {
		clock.suspend(CurrentUsers.get(), id, cmd);
		return after(id);
	}

	@PostMapping("/{id}/resumption")
	@Operation(summary = "恢复办理")
	CaseView resume(@PathVariable long id) {
		clock.resume(CurrentUsers.get(), id);
		return after(id);
	}

	@PostMapping("/{id}/appeals")
	@Operation(summary = "登记复议/诉讼")
	CaseView appeal(@PathVariable long id, @Valid @RequestBody CaseCommands.AppealRecord cmd) {
		execution.recordAppeal(CurrentUsers.get(), id, cmd);
		return after(id);
	}

}

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

import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseFilter;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * REST of the enforcement case: one endpoint per step, each with a typed, validated payload, performed through the
 * one dispatch table of the case's steps ({@link CaseStepPosts}) that the page uses too.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "执法案件", description = "线索、立案、调查、告知、听证、决定、执行、结案")
@Validated
class EnforcementCaseApiController {

	private final CaseQueryService queries;

	private final CaseIntakeService intake;

	private final CaseStepPosts steps;

	EnforcementCaseApiController(CaseQueryService queries, CaseIntakeService intake, CaseStepPosts steps) {
		this.queries = queries;
		this.intake = intake;
		this.steps = steps;
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
		steps.perform(CurrentUsers.get(), id, TASK_ASSESS_LEAD, cmd);
		return after(id);
	}

	@PostMapping("/{id}/not-filing-approval")
	@Operation(summary = "审批不予立案")
	CaseView approveNotFiling(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_APPROVE_NOT_FILING, cmd);
		return after(id);
	}

	@PostMapping("/{id}/filing-approval")
	@Operation(summary = "立案审批")
	CaseView approveFiling(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_APPROVE_FILING, cmd);
		return after(id);
	}

	@PostMapping("/{id}/summary-decision")
	@Operation(summary = "当场处罚（简易程序）")
	CaseView summaryDecision(@PathVariable long id, @Valid @RequestBody CaseCommands.SummaryDecision cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_SUMMARY_DECISION, cmd);
		return after(id);
	}

	@PostMapping("/{id}/inspectors")
	@Operation(summary = "加入调查组")
	CaseView addInspector(@PathVariable long id, @Valid @RequestBody CaseCommands.AddInspector cmd) {
		steps.perform(CurrentUsers.get(), id, "inspector", cmd);
		return after(id);
	}

	@PostMapping("/{id}/recusals")
	@Operation(summary = "决定回避")
	CaseView recuse(@PathVariable long id, @Valid @RequestBody CaseCommands.Recusal cmd) {
		steps.perform(CurrentUsers.get(), id, "recusal", cmd);
		return after(id);
	}

	@PostMapping("/{id}/recusal-requests")
	@Operation(summary = "申请回避（执法人员本人或当事人）")
	CaseView requestRecusal(@PathVariable long id, @Valid @RequestBody CaseCommands.RecusalRequest cmd) {
		steps.perform(CurrentUsers.get(), id, "recusal-request", cmd);
		return after(id);
	}

	@PostMapping("/{id}/recusal-decisions")
	@Operation(summary = "对回避申请作出决定（局长或分管领导）")
	CaseView decideRecusal(@PathVariable long id, @Valid @RequestBody CaseCommands.RecusalDecision cmd) {
		steps.perform(CurrentUsers.get(), id, "recusal-decision", cmd);
		return after(id);
	}

	@PostMapping("/{id}/evidence")
	@Operation(summary = "登记证据/笔录")
	CaseView addEvidence(@PathVariable long id, @Valid @RequestBody CaseCommands.AddEvidence cmd) {
		steps.perform(CurrentUsers.get(), id, "evidence", cmd);
		return after(id);
	}

	@PostMapping("/{id}/investigation-report")
	@Operation(summary = "调查终结报告")
	CaseView report(@PathVariable long id, @Valid @RequestBody CaseCommands.InvestigationReport cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_INVESTIGATE, cmd);
		return after(id);
	}

	@PostMapping("/{id}/handling-proposal")
	@Operation(summary = "拟处理意见")
	CaseView propose(@PathVariable long id, @Valid @RequestBody CaseCommands.HandlingProposal cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_PROPOSE_HANDLING, cmd);
		return after(id);
	}

	@PostMapping("/{id}/prior-notice")
	@Operation(summary = "事先告知")
	CaseView priorNotice(@PathVariable long id, @Valid @RequestBody CaseCommands.PriorNotice cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_PRIOR_NOTICE, cmd);
		return after(id);
	}

	@PostMapping("/{id}/statement")
	@Operation(summary = "陈述申辩及听证申请")
	CaseView statement(@PathVariable long id, @Valid @RequestBody CaseCommands.Statement cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_RECORD_STATEMENT, cmd);
		return after(id);
	}

	@PostMapping("/{id}/hearing-notice")
	@Operation(summary = "听证通知")
	CaseView hearingNotice(@PathVariable long id, @Valid @RequestBody CaseCommands.HearingNotice cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_SCHEDULE_HEARING, cmd);
		return after(id);
	}

	@PostMapping("/{id}/hearing-record")
	@Operation(summary = "听证记录")
	CaseView hearingRecord(@PathVariable long id, @Valid @RequestBody CaseCommands.HearingRecord cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_RECORD_HEARING, cmd);
		return after(id);
	}

	@PostMapping("/{id}/legal-review")
	@Operation(summary = "法制审核")
	CaseView legalReview(@PathVariable long id, @Valid @RequestBody CaseCommands.LegalReview cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_LEGAL_REVIEW, cmd);
		return after(id);
	}

	@PostMapping("/{id}/collective-discussion")
	@Operation(summary = "集体讨论")
	CaseView discuss(@PathVariable long id, @Valid @RequestBody CaseCommands.Discussion cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_COLLECTIVE_DISCUSSION, cmd);
		return after(id);
	}

	@PostMapping("/{id}/decision-approval")
	@Operation(summary = "处罚决定审批")
	CaseView approveDecision(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_APPROVE_DECISION, cmd);
		return after(id);
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "移送司法机关")
	CaseView transfer(@PathVariable long id, @Valid @RequestBody CaseCommands.Transfer cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_TRANSFER_CASE, cmd);
		return after(id);
	}

	@PostMapping("/{id}/service")
	@Operation(summary = "送达决定书")
	CaseView serve(@PathVariable long id, @Valid @RequestBody CaseCommands.Service cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_SERVE_DECISION, cmd);
		return after(id);
	}

	@PostMapping("/{id}/publication")
	@Operation(summary = "公示")
	CaseView publish(@PathVariable long id, @Valid @RequestBody CaseCommands.Publication cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_PUBLISH, cmd);
		return after(id);
	}

	@PostMapping("/{id}/payment")
	@Operation(summary = "登记缴款")
	CaseView pay(@PathVariable long id, @Valid @RequestBody CaseCommands.Payment cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_RECORD_PAYMENT, cmd);
		return after(id);
	}

	@PostMapping("/{id}/uncorrected-handling")
	@Operation(summary = "未改正处理")
	CaseView uncorrected(@PathVariable long id, @Valid @RequestBody CaseCommands.Opinion cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_HANDLE_UNCORRECTED, cmd);
		return after(id);
	}

	@PostMapping("/{id}/closure-approval")
	@Operation(summary = "结案审批")
	CaseView approveClosure(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_APPROVE_CLOSURE, cmd);
		return after(id);
	}

	@PostMapping("/{id}/supplement")
	@Operation(summary = "补充执行材料")
	CaseView supplement(@PathVariable long id, @Valid @RequestBody CaseCommands.Opinion cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_SUPPLEMENT_EXECUTION, cmd);
		return after(id);
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "立卷归档")
	CaseView archive(@PathVariable long id, @Valid @RequestBody CaseCommands.Archive cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_ARCHIVE, cmd);
		return after(id);
	}

	@PostMapping("/{id}/extension-request")
	@Operation(summary = "申请延长办案期限")
	CaseView requestExtension(@PathVariable long id, @Valid @RequestBody CaseCommands.ExtensionRequest cmd) {
		steps.perform(CurrentUsers.get(), id, "extension", cmd);
		return after(id);
	}

	@PostMapping("/{id}/extension-approval")
	@Operation(summary = "延期审批（局长）")
	CaseView approveExtension(@PathVariable long id, @Valid @RequestBody CaseCommands.Approval cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_APPROVE_EXTENSION, cmd);
		return after(id);
	}

	@PostMapping("/{id}/overdue-supervision")
	@Operation(summary = "逾期督办（局长）")
	CaseView supervise(@PathVariable long id, @Valid @RequestBody CaseCommands.Opinion cmd) {
		steps.perform(CurrentUsers.get(), id, TASK_SUPERVISE_OVERDUE, cmd);
		return after(id);
	}

	@PostMapping("/{id}/suspension")
	@Operation(summary = "案件中止（办案期限暂停）")
	CaseView suspend(@PathVariable long id, @Valid @RequestBody CaseCommands.Suspension cmd) {
		steps.perform(CurrentUsers.get(), id, "suspension", cmd);
		return after(id);
	}

	@PostMapping("/{id}/resumption")
	@Operation(summary = "恢复办理")
	CaseView resume(@PathVariable long id) {
		steps.perform(CurrentUsers.get(), id, "resumption", null);
		return after(id);
	}

	@PostMapping("/{id}/appeals")
	@Operation(summary = "登记复议/诉讼")
	CaseView appeal(@PathVariable long id, @Valid @RequestBody CaseCommands.AppealRecord cmd) {
		steps.perform(CurrentUsers.get(), id, "appeal", cmd);
		return after(id);
	}

}

package cn.statenforce.enforcementcase.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseClockService;
import cn.statenforce.enforcementcase.CaseClosureService;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseDecisionService;
import cn.statenforce.enforcementcase.CaseDiagrams;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseExecutionService;
import cn.statenforce.enforcementcase.CaseFilter;
import cn.statenforce.enforcementcase.CaseHearingService;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseInvestigationService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseSource;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.CaseTeamService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.PageResult;
import cn.statenforce.shared.Xlsx;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/** Pages: lead form, ledger (案件台账) with XLSX export, case page; the task forms post here. */
@Controller
class EnforcementCaseController {

	private final CaseQueryService queries;

	private final CaseIntakeService intake;

	private final CaseTeamService team;

	private final CaseInvestigationService investigation;

	private final CaseHearingService hearings;

	private final CaseDecisionService decisions;

	private final CaseExecutionService execution;

	private final CaseClosureService closure;

	private final CaseClockService clock;

	private final EnterpriseService enterprises;

	private final Validator validator;

	private final CaseDiagrams diagrams;

	EnforcementCaseController(CaseQueryService queries, CaseIntakeService intake, CaseTeamService team,
			CaseInvestigationService investigation, CaseHearingService hearings, CaseDecisionService decisions, CaseExecutionService execution,
			CaseClosureService closure, CaseClockService clock,
			EnterpriseService enterprises, Validator validator, CaseDiagrams diagrams) {
		this.queries = queries;
		this.intake = intake;
		this.team = team;
		this.investigation = investigation;
		this.hearings = hearings;
		this.decisions = decisions;
		this.execution = execution;
		this.closure = closure;
		this.clock = clock;
		this.enterprises = enterprises;
		this.validator = validator;
		this.diagrams = diagrams;
	}

	@GetMapping("/cases")
	String ledger(@RequestParam(required = false) String status, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String violationType, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		CaseFilter f = new CaseFilter(null, blank(status), blank(stage), overdue, year, blank(violationType), blank(q), page, 20);
		model.addAttribute("result", queries.search(CurrentUsers.get(), f));
		model.addAttribute("filter", f);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("stages", List.of("线索", "立案", "调查", "审核告知", "决定", "执行", "结案"));
		model.addAttribute("violationTypes", ViolationType.values());
		return "enforcementcase/list";
	}

	@GetMapping("/cases/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String status, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String violationType, @RequestParam(required = false) String q) {
		PageResult<EnforcementCase> all = queries.search(CurrentUsers.get(),
				new CaseFilter(null, blank(status), blank(stage), overdue, year, blank(violationType), blank(q), 1, 10_000));
		List<List<?>> rows = all.items().stream().<List<?>>map(c -> java.util.Arrays.asList(c.displayNumber(),
				c.getPartyName(), c.getCause(), c.sourceLabel(), c.statusLabel(), c.getFiledOn(), c.getCaseDeadline(),
				c.getDecisionOutcome() == null ? null : c.getDecisionOutcome().label(), c.getFineAmount(), c.getDecisionNumber(),
				c.getClosedOn())).toList();
		byte[] xlsx = Xlsx.write("案件台账", List.of("案号/线索编号", "当事人", "案由", "案件来源", "状态", "立案日期", "办案期限",
				"处理结果", "罚款（元）", "决定书文号", "结案日期"), rows);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Xlsx.CONTENT_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.xlsx\"; filename*=UTF-8''%E6%A1%88%E4%BB%B6%E5%8F%B0%E8%B4%A6.xlsx")
			.body(xlsx);
	}

	@GetMapping("/cases/new")
	String leadForm(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("enterprises", enterprises.search(CurrentUsers.get(), blank(q), 1, 50).items());
		model.addAttribute("q", q);
		return "enforcementcase/new";
	}

	@PostMapping("/cases")
	String register(@RequestParam Map<String, String> p, RedirectAttributes redirect) {
		CaseCommands.RegisterLead cmd = new CaseCommands.RegisterLead(enumOf(CaseSource.class, p.get("source")),
				longOf(p.get("enterpriseId")), p.get("cause"), p.get("findings"), dateOf(p.get("conductDate")),
				p.get("reporterName"), p.get("reporterContact"));
		try {
			validate(cmd);
			EnforcementCase c = intake.registerLead(CurrentUsers.get(), cmd);
			redirect.addFlashAttribute("message", "线索已登记：" + c.getLeadNumber());
			return "redirect:/cases/" + c.getId();
		}
		catch (BadRequestException | ConflictException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:/cases/new";
		}
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser u = CurrentUsers.get();
		var d = queries.details(u, id);
		boolean ownBureau = u.bureauId().equals(d.enforcementCase().getBureauId());
		model.addAttribute("d", d);
		model.addAttribute("steps", CaseSteps.STEPS);
		model.addAttribute("ownBureau", ownBureau);
		model.addAttribute("decider", ownBureau && u.hasAnyRole(Role.LEADER, Role.DIRECTOR));
		model.addAttribute("suspended", d.pauses().stream()
			.anyMatch(p -> p.endedOn() == null && CaseEnums.PauseReason.SUSPENSION.name().equals(p.reason())));
		model.addAttribute("appealKinds", CaseEnums.AppealKind.values());
		return "enforcementcase/show";
	}

	/** The BPMN XML of the process definition the case runs on, for the diagram on the case page. */
	@GetMapping("/cases/{id}/diagram.bpmn")
	ResponseEntity<String> diagramXml(@PathVariable long id) {
		return ResponseEntity.ok().contentType(new org.springframework.http.MediaType("application", "xml",
				java.nio.charset.StandardCharsets.UTF_8)).body(diagrams.bpmnXml(CurrentUsers.get(), id));
	}

	/** Active and completed activity ids, highlighted on the diagram. */
	@GetMapping("/cases/{id}/diagram/state")
	ResponseEntity<CaseDiagrams.State> diagramState(@PathVariable long id) {
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(diagrams.state(CurrentUsers.get(), id));
	}

	/** The task forms of the generic task page post here; the step is named by its task key. */
	@PostMapping("/cases/{id}/steps/{taskKey}")
	String step(@PathVariable long id, @PathVariable String taskKey, @RequestParam Map<String, String> p,
			RedirectAttributes redirect) {
		CurrentUser u = CurrentUsers.get();
		try {
			perform(u, id, taskKey, p);
			redirect.addFlashAttribute("message", "已办理");
			return "redirect:/cases/" + id;
		}
		catch (BadRequestException | ConflictException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return p.containsKey("taskId") ? "redirect:/tasks/" + p.get("taskId") : "redirect:/cases/" + id;
		}
	}

	private void perform(CurrentUser u, long id, String key, Map<String, String> p) {
		switch (key) {
			case TASK_ASSESS_LEAD -> intake.assess(u, id, valid(new CaseCommands.Assess(
					enumOf(CaseEnums.AssessmentProposal.class, p.get("proposal")), p.get("opinion"))));
			case TASK_APPROVE_NOT_FILING -> intake.approveNotFiling(u, id, approval(p));
			case TASK_APPROVE_FILING -> intake.approveFiling(u, id, approval(p));
			case TASK_SUMMARY_DECISION -> decisions.summaryDecision(u, id, valid(new CaseCommands.SummaryDecision(
					List.of(u.username(), p.getOrDefault("secondInspector", "")), p.get("violationType"), p.get("penaltyOutcome"),
					decimalOf(p.get("fine")), blank(p.get("correctionMeasure")), dateOf(p.get("correctionDeadline")), p.get("opinion"))));
			case "inspector" -> team.addInspector(u, id, p.get("username"));
			case "evidence" -> investigation.addEvidence(u, id, valid(new CaseCommands.AddEvidence(
					enumOf(CaseEnums.EvidenceKind.class, p.get("kind")), p.get("title"), p.get("content"), dateOf(p.get("collectedOn")))));
			case TASK_INVESTIGATE -> investigation.reportInvestigation(u, id, valid(new CaseCommands.InvestigationReport(
					violations(p), p.get("circumstance"),
					p.containsKey("firstOffence"), p.containsKey("correctedInTime"), p.containsKey("complex"), p.get("opinion"))));
			case TASK_PROPOSE_HANDLING -> investigation.proposeHandling(u, id, valid(new CaseCommands.HandlingProposal(
					enumOf(CaseEnums.Disposition.class, p.get("disposition")), blank(p.get("penaltyOutcome")), decimalOf(p.get("fine")),
					blank(p.get("correctionMeasure")), dateOf(p.get("correctionDeadline")), p.get("opinion"))));
			case TASK_PRIOR_NOTICE -> hearings.priorNotice(u, id, valid(new CaseCommands.PriorNotice(dateOf(p.get("servedOn")),
					enumOf(CaseEnums.ServiceMethod.class, p.get("method")), blank(p.get("opinion")))));
			case TASK_RECORD_STATEMENT -> hearings.recordStatement(u, id, valid(new CaseCommands.Statement(p.containsKey("statementMade"),
					blank(p.get("statement")), p.containsKey("hearingRequested"), dateOf(p.get("hearingRequestedOn")),
					blank(p.get("revisedOutcome")), decimalOf(p.get("revisedFine")), p.get("opinion"))));
			case TASK_SCHEDULE_HEARING -> hearings.scheduleHearing(u, id, valid(new CaseCommands.HearingNotice(
					dateOf(p.get("hearingDate")), p.get("chair"), blank(p.get("opinion")))));
			case TASK_RECORD_HEARING -> hearings.recordHearing(u, id, valid(new CaseCommands.HearingRecord(p.containsKey("held"),
					blank(p.get("revisedOutcome")), decimalOf(p.get("revisedFine")), p.get("opinion"))));
			case TASK_LEGAL_REVIEW -> decisions.legalReview(u, id, valid(new CaseCommands.LegalReview(boolOf(p.get("approved")), p.get("opinion"))));
			case TASK_COLLECTIVE_DISCUSSION -> decisions.discuss(u, id, valid(new CaseCommands.Discussion(p.get("attendees"), p.get("opinion"))));
			case TASK_APPROVE_DECISION -> decisions.approveDecision(u, id, approval(p));
			case TASK_APPROVE_EXTENSION -> clock.approveExtension(u, id, approval(p));
			case TASK_SUPERVISE_OVERDUE -> clock.superviseOverdue(u, id, valid(new CaseCommands.Opinion(p.get("opinion"))));
			case TASK_TRANSFER_CASE -> execution.transfer(u, id, valid(new CaseCommands.Transfer(p.get("transferredTo"), p.get("opinion"))));
			case TASK_SERVE_DECISION -> execution.serve(u, id, valid(new CaseCommands.Service(dateOf(p.get("servedOn")),
					enumOf(CaseEnums.ServiceMethod.class, p.get("method")), blank(p.get("opinion")))));
			case TASK_PUBLISH -> execution.publish(u, id, valid(new CaseCommands.Publication(dateOf(p.get("publishedOn")), blank(p.get("opinion")))));
			case TASK_RECORD_PAYMENT -> execution.recordPayment(u, id, valid(new CaseCommands.Payment(dateOf(p.get("paidOn")), decimalOf(p.get("amount")))));
			case TASK_RECHECK_CORRECTION -> closure.recheck(u, id, valid(new CaseCommands.Recheck(boolOf(p.get("approved")), p.get("opinion"))));
			case TASK_HANDLE_UNCORRECTED -> closure.handleUncorrected(u, id, valid(new CaseCommands.Opinion(p.get("opinion"))));
			case TASK_APPROVE_CLOSURE -> closure.approveClosure(u, id, approval(p));
			case TASK_SUPPLEMENT_EXECUTION -> closure.supplementExecution(u, id, valid(new CaseCommands.Opinion(p.get("opinion"))));
			case TASK_ARCHIVE -> closure.archive(u, id, valid(new CaseCommands.Archive(p.get("archiveNumber"))));
			case "recusal-request" -> team.declareRecusal(u, id, valid(new CaseCommands.RecusalRequest(p.get("username"),
					boolOf(p.get("byParty")), p.get("reason"))));
			case "recusal-decision" -> team.decideRecusal(u, id, valid(new CaseCommands.RecusalDecision(p.get("username"),
					boolOf(p.get("approved")), p.get("reason"))));
			case "recusal" -> team.recuse(u, id, valid(new CaseCommands.Recusal(p.get("username"), p.get("reason"))));
			case "suspension" -> clock.suspend(u, id, valid(new CaseCommands.Suspension(p.get("reason"))));
			case "resumption" -> clock.resume(u, id);
			case "appeal" -> execution.recordAppeal(u, id, valid(new CaseCommands.AppealRecord(
					enumOf(CaseEnums.AppealKind.class, p.get("kind")), dateOf(p.get("filedOn")), p.get("body"), blank(p.get("result")))));
			case "extension" -> clock.requestExtension(u, id, valid(new CaseCommands.ExtensionRequest(
					intOf(p.get("months")), p.getOrDefault("reason", p.get("opinion")))));
			default -> throw new BadRequestException("未知的办理环节: " + key);
		}
	}

	/** The first violation row and the optional further ones (violationType2/description2, …) of the report form. */
	private static List<CaseCommands.ViolationItem> violations(Map<String, String> p) {
		List<CaseCommands.ViolationItem> items = new java.util.ArrayList<>();
		items.add(new CaseCommands.ViolationItem(p.get("violationType"), p.get("description")));
		for (int n = 2; n <= 3; n++) {
			if (blank(p.get("violationType" + n)) != null) {
				items.add(new CaseCommands.ViolationItem(p.get("violationType" + n), p.get("description" + n)));
			}
		}
		return items;
	}

	private CaseCommands.Approval approval(Map<String, String> p) {
		return valid(new CaseCommands.Approval(boolOf(p.get("approved")), p.get("opinion")));
	}

	private <T> T valid(T cmd) {
		validate(cmd);
		return cmd;
	}

	private void validate(Object cmd) {
		Set<ConstraintViolation<Object>> v = validator.validate(cmd);
		if (!v.isEmpty()) {
			ConstraintViolation<Object> first = v.iterator().next();
			throw new BadRequestException(first.getPropertyPath().toString(), first.getMessage());
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Boolean boolOf(String s) {
		return s == null ? null : Boolean.valueOf(s);
	}

	private static int intOf(String s) {
		try {
			return blank(s) == null ? 0 : Integer.parseInt(s.trim());
		}
		catch (NumberFormatException e) {
			throw new BadRequestException("months", "请填写有效的月数");
		}
	}

	private static Long longOf(String s) {
		try {
			return blank(s) == null ? null : Long.valueOf(s.trim());
		}
		catch (NumberFormatException e) {
			throw new BadRequestException("请填写有效的编号");
		}
	}

	private static BigDecimal decimalOf(String s) {
		try {
			return blank(s) == null ? null : new BigDecimal(s.trim());
		}
		catch (NumberFormatException e) {
			throw new BadRequestException("fine", "请填写有效的金额");
		}
	}

	private static LocalDate dateOf(String s) {
		try {
			return blank(s) == null ? null : LocalDate.parse(s.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new BadRequestException("请填写有效的日期");
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
		try {
			return blank(s) == null ? null : Enum.valueOf(type, s.trim());
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException("选项无效: " + s);
		}
	}

}

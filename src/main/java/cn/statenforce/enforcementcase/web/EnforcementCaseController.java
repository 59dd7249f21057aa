package cn.statenforce.enforcementcase.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.document.DocumentService;
import cn.statenforce.enforcementcase.CaseClockService;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.process.CaseDiagrams;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseFilter;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseSource;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.PageResult;
import cn.statenforce.shared.Xlsx;

import static cn.statenforce.enforcementcase.web.CaseFormValues.*;

/** Pages: lead form, ledger (案件台账) with XLSX export, case page; the task forms post here. */
@Controller
class EnforcementCaseController {

	private final CaseQueryService queries;

	private final CaseIntakeService intake;

	private final EnterpriseService enterprises;

	private final CaseDiagrams diagrams;

	private final CaseStepPosts posts;

	private final CaseClockService clock;

	/** the case's documents (执法文书) for the page's document section */
	private final DocumentService documents;

	EnforcementCaseController(CaseQueryService queries, CaseIntakeService intake, EnterpriseService enterprises,
			CaseDiagrams diagrams, CaseStepPosts posts, CaseClockService clock, DocumentService documents) {
		this.documents = documents;
		this.clock = clock;
		this.queries = queries;
		this.intake = intake;
		this.enterprises = enterprises;
		this.diagrams = diagrams;
		this.posts = posts;
	}

	@GetMapping("/cases")
	String ledger(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ViolationType violationType, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		CaseFilter f = new CaseFilter(null, name(status), blank(stage), overdue, year, name(violationType), blank(q), page, 20);
		model.addAttribute("result", queries.search(CurrentUsers.get(), f));
		model.addAttribute("filter", f);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("stages", List.of("线索", "立案", "调查", "审核告知", "决定", "执行", "结案"));
		model.addAttribute("violationTypes", ViolationType.values());
		return "enforcementcase/list";
	}

	@GetMapping("/cases/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ViolationType violationType, @RequestParam(required = false) String q) {
		PageResult<EnforcementCase> all = queries.search(CurrentUsers.get(),
				new CaseFilter(null, name(status), blank(stage), overdue, year, name(violationType), blank(q), 1, 10_000));
		List<List<?>> rows = all.items().stream().<List<?>>map(c -> java.util.Arrays.asList(c.displayNumber(),
				c.getPartyName(), c.getCause(), c.sourceLabel(), c.statusLabel(), c.getFiledOn(), c.getCaseDeadline(),
				c.getDecisionOutcome() == null ? null : c.getDecisionOutcome().label(), c.getFineAmount(), c.getDecisionNumber(),
				c.getClosedOn())).toList();
		byte[] xlsx = Xlsx.write("案件台账", List.of("案号/线索编号", "当事人", "案由", "案件来源", "状态", "立案日期", "办案期限",
				"处理结果", "罚款（元）", "决定书文号", "结案日期"), rows);
		return Xlsx.download("案件台账.xlsx", xlsx);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
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
		CaseCommands.RegisterLead cmd = new CaseCommands.RegisterLead(enumOf(CaseSource.class, p, "source"),
				longOf(p, "enterpriseId"), p.get("cause"), p.get("findings"), dateOf(p, "conductDate"),
				p.get("reporterName"), p.get("reporterContact"));
		try {
			posts.validate(cmd);
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
		model.addAttribute("caseDocuments", documents.caseDocuments(u, id));
		model.addAttribute("extensionMonths", java.util.stream.IntStream.rangeClosed(1,
				clock.extensionMonthsAvailable(d.enforcementCase())).boxed().toList());
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
	ResponseEntity<cn.statenforce.workbench.ProcessDiagrams.State> diagramState(@PathVariable long id) {
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(diagrams.state(CurrentUsers.get(), id));
	}

	/** The task forms of the generic task page post here; the step is named by its task key. */
	@PostMapping("/cases/{id}/steps/{taskKey}")
	String step(@PathVariable long id, @PathVariable String taskKey, @RequestParam Map<String, String> p,
			RedirectAttributes redirect) {
		CurrentUser u = CurrentUsers.get();
		try {
			posts.perform(u, id, taskKey, p);
			redirect.addFlashAttribute("message", "已办理");
			return "redirect:/cases/" + id;
		}
		catch (BadRequestException | ConflictException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return p.containsKey("taskId") ? "redirect:/tasks/" + p.get("taskId") : "redirect:/cases/" + id;
		}
	}

}

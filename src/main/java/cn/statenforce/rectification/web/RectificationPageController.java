package cn.statenforce.rectification.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.system.UploadRoles;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.AmendmentCommand;
import cn.statenforce.rectification.AmendmentService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.FeedbackCommand;
import cn.statenforce.rectification.ImportColumn;
import cn.statenforce.rectification.ImportPreview;
import cn.statenforce.rectification.LedgerImportService;
import cn.statenforce.rectification.LedgerFilter;
import cn.statenforce.rectification.LedgerRow;
import cn.statenforce.rectification.LedgerService;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureCommand;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.MeasureStatus;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.PlanStatus;
import cn.statenforce.rectification.RecheckCommand;
import cn.statenforce.rectification.RectificationDocuments;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.ResponsibleDirectory;
import cn.statenforce.rectification.ResponsibleKind;
import cn.statenforce.rectification.Source;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.rectification.process.RectificationWorkflow;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Xlsx;

/**
 * Rectification pages: the board (整改台账), the unit's own measures, the leader's sign-off list, feedback
 * registration, the plan page and the measure page. Forms post here; a rejected step comes back to the page
 * with its Chinese message and nothing written.
 */
@Controller
class RectificationPageController {

	private final RectificationService plans;

	private final MeasureService measures;

	private final LedgerService ledger;

	private final CorrectionService corrections;

	private final RectificationWorkflow workflow;

	private final UserService users;

	private final LedgerImportService imports;

	private final AmendmentService amendments;

	private final ResponsibleDirectory directory;

	private final RectificationDocuments documents;

	RectificationPageController(RectificationService plans, MeasureService measures, LedgerService ledger,
			CorrectionService corrections, RectificationWorkflow workflow, UserService users, LedgerImportService imports,
			AmendmentService amendments, ResponsibleDirectory directory, RectificationDocuments documents) {
		this.documents = documents;
		this.plans = plans;
		this.measures = measures;
		this.ledger = ledger;
		this.corrections = corrections;
		this.workflow = workflow;
		this.users = users;
		this.imports = imports;
		this.amendments = amendments;
		this.directory = directory;
	}

	@ModelAttribute
	void labels(Model model) {
		model.addAttribute("sources", Source.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("measureStatuses", MeasureStatus.values());
		model.addAttribute("today", AppClock.today());
	}

	// board and lists

	@GetMapping("/rectification")
	String board(LedgerParams params, Model model) {
		CurrentUser user = CurrentUsers.get();
		List<LedgerRow> rows = ledger.rows(user, params.filter());
		model.addAttribute("params", params);
		model.addAttribute("rows", rows);
		model.addAttribute("summary", ledger.summarize(rows));
		model.addAttribute("problems", ledger.problemProgress(rows));
		List<Plan> visible = plans.plans(user, null, null);
		model.addAttribute("plans", visible);
		model.addAttribute("planProgress", planProgress(visible, rows));
		model.addAttribute("owners", directory.entries(user, ResponsibleKind.UNIT));
		model.addAttribute("exportQuery", exportQuery(params));
		return "rectification/board";
	}

	@GetMapping("/rectification/mine")
	String mine(Model model) {
		CurrentUser user = CurrentUsers.get();
		boolean unit = user.hasRole(Role.RECTIFICATION_OWNER);
		LedgerFilter f = unit ? new LedgerFilter(null, null, null, user.username(), null, null, null)
				: new LedgerFilter(null, null, null, null, user.username(), null, null);
		model.addAttribute("rows", ledger.rows(user, f));
		model.addAttribute("title", unit ? "我的整改任务" : "我负责的整改措施");
		return "rectification/mine";
	}

	@GetMapping("/rectification/sign-off")
	String signOffList(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("rows", ledger.rows(user,
				new LedgerFilter(null, null, MeasureStatus.SUBMITTED.name(), null, user.username(), null, null)));
		model.addAttribute("title", "待我对账销号");
		return "rectification/mine";
	}

	@GetMapping("/rectification/ledger/export")
	ResponseEntity<byte[]> export(LedgerParams params) {
		return Xlsx.download("整改台账.xlsx", ledger.export(CurrentUsers.get(), params.filter()));
	}

	@GetMapping("/rectification/ledger/template")
	ResponseEntity<byte[]> template() {
		return Xlsx.download("整改问题清单模板.xlsx", ledger.template());
	}

	// directory of responsible units and leaders

	@GetMapping("/rectification/directory")
	String directoryPage(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("units", directory.entries(user, ResponsibleKind.UNIT));
		model.addAttribute("leaderEntries", directory.entries(user, ResponsibleKind.LEADER));
		model.addAttribute("unitLogins", users.usersWithRole(user.bureauId(), Role.RECTIFICATION_OWNER));
		model.addAttribute("leaderLogins", leaders(user.bureauId()));
		model.addAttribute("canEdit", user.hasAnyRole(Role.LEADER, Role.DIRECTOR, Role.ADMIN));
		return "rectification/directory";
	}

	@PostMapping("/rectification/directory")
	String addEntry(@RequestParam String kind, @RequestParam String name,
			@RequestParam(required = false) String username, RedirectAttributes redirect) {
		return act(redirect, "/rectification/directory", () -> {
			directory.create(CurrentUsers.get(), RectificationApiController.kind(kind, false), name,
					username == null || username.isBlank() ? List.of() : List.of(username));
			return "/rectification/directory";
		}, "已添加到目录");
	}

	@PostMapping("/rectification/directory/{id}")
	String editEntry(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam String name,
			RedirectAttributes redirect) {
		return act(redirect, "/rectification/directory", () -> {
			directory.rename(CurrentUsers.get(), id, version, name);
			return "/rectification/directory";
		}, "已保存");
	}

	@PostMapping("/rectification/directory/{id}/active")
	String setEntryActive(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return act(redirect, "/rectification/directory", () -> {
			directory.setActive(CurrentUsers.get(), id, version, active);
			return "/rectification/directory";
		}, active ? "已启用" : "已停用，新的整改措施不再提供该条目");
	}

	@PostMapping("/rectification/directory/{id}/accounts")
	String linkAccount(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
		return act(redirect, "/rectification/directory", () -> {
			directory.linkAccount(CurrentUsers.get(), id, username);
			measures.refreshAssignments(id);
			return "/rectification/directory";
		}, "已关联登录账号，该单位的待办已转给该账号");
	}

	@PostMapping("/rectification/directory/{id}/accounts/remove")
	String unlinkAccount(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
		return act(redirect, "/rectification/directory", () -> {
			directory.unlinkAccount(CurrentUsers.get(), id, username);
			measures.refreshAssignments(id);
			return "/rectification/directory";
		}, "已取消关联");
	}

	// feedback and plan

	@GetMapping("/rectification/feedback/new")
	String newFeedback(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("leaders", leaders(user.bureauId()));
		model.addAttribute("me", user);
		return "rectification/feedback";
	}

	@PostMapping("/rectification/feedback")
	String registerFeedback(@RequestParam String source, @RequestParam String sourceBody,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String documentNumber, @RequestParam String title,
			@RequestParam(required = false) String planLeader, RedirectAttributes redirect) {
		return act(redirect, "/rectification/feedback/new", () -> {
			Plan p = plans.registerFeedback(CurrentUsers.get(),
					new FeedbackCommand(source, sourceBody, receivedOn, documentNumber, title, planLeader, null, null));
			return "/rectification/plans/" + p.id();
		}, "反馈已登记，请制定问题清单和任务清单");
	}

	@GetMapping("/rectification/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		Plan plan = plans.plan(user, id);
		List<LedgerRow> rows = ledger.rows(user, LedgerFilter.ofPlan(id));
		model.addAttribute("plan", plan);
		model.addAttribute("aspects", plans.aspects(user, id));
		model.addAttribute("problemList", plans.problems(user, id));
		model.addAttribute("rows", rows);
		model.addAttribute("summary", ledger.summarize(rows));
		model.addAttribute("problems", ledger.problemProgress(rows));
		model.addAttribute("mechanisms", plans.mechanisms(user, id));
		model.addAttribute("responsibility", plans.responsibility(user, id));
		model.addAttribute("owners", directory.entries(plan.bureauId(), ResponsibleKind.UNIT));
		model.addAttribute("leaderEntries", directory.entries(plan.bureauId(), ResponsibleKind.LEADER));
		model.addAttribute("leaders", leaders(plan.bureauId()));
		model.addAttribute("staff", users.search(List.of(plan.bureauId()), null, null, 1, 200).items());
		model.addAttribute("planMeasures", plans.measures(user, id));
		model.addAttribute("amendments", plans.amendments(user, id));
		model.addAttribute("rectNoticeNumber", documents.noticeNumber(user, id));
		model.addAttribute("pdfAvailable", documents.pdfAvailable());
		model.addAttribute("amendmentText", (java.util.function.Function<cn.statenforce.rectification.Amendment, String>) amendments::describe);
		Plan.Actions actions = plans.actions(user, plan);
		boolean planLeader = user.username().equals(plan.planLeader()) && user.bureauId().equals(plan.bureauId());
		model.addAttribute("actions", actions);
		model.addAttribute("editor", actions.edit());
		model.addAttribute("canReport", actions.report());
		model.addAttribute("canLookBack", planLeader && plan.planStatus() == PlanStatus.CLOSED && plan.processInstanceId() != null
				&& workflow.planTask(plan.processInstanceId(), RectificationProcess.TASK_LOOK_BACK).isPresent());
		model.addAttribute("canReviewMechanisms", planLeader && plan.processInstanceId() != null
				&& workflow.planTask(plan.processInstanceId(), RectificationProcess.TASK_REVIEW_MECHANISMS).isPresent());
		model.addAttribute("canReview", user.bureauId().equals(plan.bureauId()) && user.hasAnyRole(Role.LEADER, Role.DIRECTOR)
				&& plan.processInstanceId() != null
				&& workflow.planTask(plan.processInstanceId(), RectificationProcess.TASK_REVIEW_MECHANISMS).isPresent());
		if (plan.isCorrection()) {
			var c = corrections.correction(user, id);
			model.addAttribute("correction", c);
			model.addAttribute("correctionInspectors", corrections.displayNames(c.inspectorList()));
			model.addAttribute("recheckTeam", corrections.displayNames(c.recheckTeamList()));
			boolean canRecheck = corrections.canRecheck(user, id);
			model.addAttribute("canRecheck", canRecheck);
			if (canRecheck) {
				model.addAttribute("recheckCompanions", corrections.recheckCompanions(user, id));
				model.addAttribute("today", AppClock.today());
			}
		}
		return "rectification/plan";
	}

	@PostMapping("/rectification/plans/{id}/aspects")
	String addAspect(@PathVariable long id, @RequestParam String title, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.addAspect(CurrentUsers.get(), id, title);
			return planPage(id);
		}, "已添加问题方面");
	}

	@PostMapping("/rectification/plans/{id}/problems")
	String addProblem(@PathVariable long id, @RequestParam long aspectId, @RequestParam String description,
			RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.addProblem(CurrentUsers.get(), id, aspectId, description);
			return planPage(id);
		}, "已添加问题");
	}

	@PostMapping("/rectification/plans/{id}/measures")
	String addMeasure(@PathVariable long id, @RequestParam long problemId, @RequestParam String content,
			@RequestParam String owner, @RequestParam String leader,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam String category, @RequestParam(required = false) String requiredEvidence,
			RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.addMeasure(CurrentUsers.get(), problemId, new MeasureCommand(content, owner, leader, deadline, category, requiredEvidence));
			return planPage(id);
		}, "已添加整改措施");
	}

	/**
	 * 导入预览: the uploaded sheet (or, when the user changed a column mapping or a name decision, the same file carried
	 * in the form) is read and shown; nothing is written.
	 */
	@PostMapping("/rectification/plans/{id}/import/preview")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	String previewImport(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String fileData, @RequestParam(required = false) String fileName,
			@RequestParam Map<String, String> params, @RequestParam(name = "decision", required = false) List<String> decisions,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			byte[] bytes = file != null && !file.isEmpty() ? RectificationApiController.bytes(file)
					: fileData != null ? ImportParams.decode(fileData) : new byte[0];
			String name = file != null && !file.isEmpty() ? file.getOriginalFilename() : fileName;
			ImportPreview preview = imports.preview(user, id, name, bytes, ImportParams.mapping(params), ImportParams.decisions(decisions));
			model.addAttribute("plan", plans.plan(user, id));
			model.addAttribute("preview", preview);
			model.addAttribute("fileData", java.util.Base64.getEncoder().encodeToString(bytes));
			model.addAttribute("importColumns", ImportColumn.mappable());
			return "rectification/import-preview";
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:" + planPage(id);
		}
	}

	/** 确认导入: writes what the preview showed (all or nothing). */
	@PostMapping("/rectification/plans/{id}/import/confirm")
	String confirmImport(@PathVariable long id, @RequestParam String fileData, @RequestParam(required = false) String fileName,
			@RequestParam Map<String, String> params, @RequestParam(name = "decision", required = false) List<String> decisions,
			RedirectAttributes redirect) {
		try {
			var result = imports.commit(CurrentUsers.get(), id, fileName, ImportParams.decode(fileData), ImportParams.mapping(params),
					ImportParams.decisions(decisions));
			if (result.ok()) {
				redirect.addFlashAttribute("message", "已导入" + result.aspects() + "个方面、" + result.problems() + "个问题、"
						+ result.measures() + "条措施" + (result.skipped() > 0 ? "；" + result.skipped() + "行已在方案中或重复，未重复导入" : ""));
			}
			else {
				redirect.addFlashAttribute("errorMessage", "导入文件有 " + result.errors().size() + " 处错误，未导入任何数据");
				redirect.addFlashAttribute("importErrors", result.errors());
			}
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:" + planPage(id);
	}

	@PostMapping("/rectification/plans/{id}/discard")
	String discard(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.discard(CurrentUsers.get(), id, version, reason);
			return planPage(id);
		}, "整改方案已作废，不再计入任何统计");
	}

	@PostMapping("/rectification/plans/{id}/coordinator")
	String coordinator(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam String coordinator, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.assignCoordinator(CurrentUsers.get(), id, version, coordinator);
			return planPage(id);
		}, "已指定整改联络人");
	}

	@PostMapping("/rectification/aspects/{id}")
	String editAspect(@PathVariable long id, @RequestParam long planId, @RequestParam(required = false) Integer version, 
			@RequestParam String title, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			plans.editAspect(CurrentUsers.get(), id, version, title);
			return planPage(planId);
		}, "已修改问题方面");
	}

	@PostMapping("/rectification/aspects/{id}/delete")
	String deleteAspect(@PathVariable long id, @RequestParam long planId, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			plans.deleteAspect(CurrentUsers.get(), id);
			return planPage(planId);
		}, "已删除问题方面及其问题、措施");
	}

	@PostMapping("/rectification/problems/{id}")
	String editProblem(@PathVariable long id, @RequestParam long planId, @RequestParam(required = false) Integer version, 
			@RequestParam(required = false) Long aspectId,
			@RequestParam String description, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			plans.editProblem(CurrentUsers.get(), id, version, aspectId, description);
			return planPage(planId);
		}, "已修改问题");
	}

	@PostMapping("/rectification/problems/{id}/delete")
	String deleteProblem(@PathVariable long id, @RequestParam long planId, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			plans.deleteProblem(CurrentUsers.get(), id);
			return planPage(planId);
		}, "已删除问题及其措施");
	}

	@PostMapping("/rectification/measures/{id}/edit")
	String editMeasure(@PathVariable long id, @RequestParam long planId, @RequestParam(required = false) Integer version, 
			@RequestParam String content,
			@RequestParam String owner, @RequestParam String leader,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam String category, @RequestParam(required = false) String requiredEvidence,
			@RequestParam(required = false) String coUnits, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			plans.editMeasure(CurrentUsers.get(), id, version, new MeasureCommand(content, owner, leader, deadline, category,
					requiredEvidence, coUnits));
			return planPage(planId);
		}, "已修改整改措施");
	}

	@PostMapping("/rectification/measures/{id}/delete")
	String deleteMeasure(@PathVariable long id, @RequestParam long planId, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			plans.deleteMeasure(CurrentUsers.get(), id);
			return planPage(planId);
		}, "已删除整改措施");
	}

	@PostMapping("/rectification/measures/{id}/amendments")
	String amendMeasure(@PathVariable long id, @RequestParam(required = false) String content,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String leader,
			@RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, measurePage(id), () -> {
			amendments.requestMeasureAmendment(CurrentUsers.get(), id, new AmendmentCommand(content, owner, leader, reason));
			return measurePage(id);
		}, "变更申请已提交审批，批准后生效");
	}

	@PostMapping("/rectification/plans/{planId}/problem-amendments")
	String amendProblem(@PathVariable long planId, @RequestParam long problemId, @RequestParam String description,
			@RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			amendments.requestProblemAmendment(CurrentUsers.get(), problemId, description, reason);
			return planPage(planId);
		}, "变更申请已提交审批，批准后生效");
	}

	@PostMapping("/rectification/amendments/{id}/decision")
	String decideAmendment(@PathVariable long id, @RequestParam long planId, @RequestParam boolean approve,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			amendments.decide(CurrentUsers.get(), id, approve, opinion);
			return planPage(planId);
		}, approve ? "已批准变更" : "未批准变更");
	}

	@PostMapping("/rectification/plans/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.publish(CurrentUsers.get(), id);
			return planPage(id);
		}, "整改方案已发布，整改任务已下达到责任单位");
	}

	@PostMapping("/rectification/plans/{id}/report")
	String report(@PathVariable long id, @RequestParam String content, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.submitReport(CurrentUsers.get(), id, content);
			return planPage(id);
		}, "整改报告已报送");
	}

	@PostMapping("/rectification/plans/{id}/look-back")
	String lookBack(@PathVariable long id, @RequestParam String opinion,
			@RequestParam(name = "reopenProblemIds", required = false) List<Long> reopen, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.lookBack(CurrentUsers.get(), id, opinion, reopen, null);
			return planPage(id);
		}, "回头看已记录");
	}

	@PostMapping("/rectification/plans/{id}/mechanism-review")
	String reviewMechanisms(@PathVariable long id, @RequestParam String opinion,
			@RequestParam(name = "retireMechanismIds", required = false) List<Long> retire, RedirectAttributes redirect) {
		return act(redirect, planPage(id), () -> {
			plans.reviewMechanisms(CurrentUsers.get(), id, opinion, retire);
			return planPage(id);
		}, "长效机制定期评估已记录");
	}

	@PostMapping("/rectification/mechanisms/{id}/review")
	String reviewMechanism(@PathVariable long id, @RequestParam long planId, @RequestParam(required = false) Integer version, 
			@RequestParam String opinion,
			RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			measures.reviewMechanism(CurrentUsers.get(), id, version, opinion);
			return planPage(planId);
		}, "长效机制评估已记录");
	}

	@PostMapping("/rectification/corrections/{planId}/recheck")
	String recheck(@PathVariable long planId, @RequestParam(required = false) Integer version, @RequestParam boolean corrected, @RequestParam String opinion,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recheckedOn,
			@RequestParam(required = false) String companion, RedirectAttributes redirect) {
		return act(redirect, planPage(planId), () -> {
			CurrentUser user = CurrentUsers.get();
			List<String> team = companion == null || companion.isBlank() ? null : List.of(user.username(), companion.trim());
			corrections.recheck(user, planId, version, new RecheckCommand(corrected, opinion, recheckedOn, team));
			return planPage(planId);
		}, "复查结论已记录");
	}

	// measure

	@GetMapping("/rectification/measures/{id}")
	String measure(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		Measure m = measures.measure(user, id);
		Plan plan = plans.plan(user, m.planId());
		var changes = measures.deadlineChanges(user, id);
		model.addAttribute("measure", m);
		model.addAttribute("plan", plan);
		model.addAttribute("problem", measures.problemOf(m));
		model.addAttribute("progress", measures.progress(user, id));
		model.addAttribute("evidence", measures.evidence(user, id));
		model.addAttribute("changes", changes);
		Measure.Actions actions = measures.actions(user, m);
		model.addAttribute("actions", actions);
		model.addAttribute("canWork", actions.work());
		model.addAttribute("canSignOff", actions.signOff());
		model.addAttribute("canRequestChange", actions.requestChange());
		model.addAttribute("canAmend", actions.amend());
		model.addAttribute("needsNewEvidence", measures.needsNewEvidence(m));
		model.addAttribute("evidenceRule", measures.evidenceRule());
		model.addAttribute("owners", directory.entries(plan.bureauId(), ResponsibleKind.UNIT));
		model.addAttribute("leaderEntries", directory.entries(plan.bureauId(), ResponsibleKind.LEADER));
		model.addAttribute("pendingChange", actions.decideChange()
				? changes.stream().filter(c -> "PENDING".equals(c.status())).findFirst().orElse(null) : null);
		return "rectification/measure";
	}

	@PostMapping("/rectification/measures/{id}/progress")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.RECTIFICATION_OWNER })
	String progress(@PathVariable long id, @RequestParam String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(redirect, measurePage(id), () -> {
			measures.reportProgress(CurrentUsers.get(), id, content, RectificationApiController.uploads(nonEmpty(files)));
			return measurePage(id);
		}, "进展已报告");
	}

	@PostMapping("/rectification/measures/{id}/completion")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.RECTIFICATION_OWNER })
	String completion(@PathVariable long id, @RequestParam String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String mechanismTitle, @RequestParam(required = false) String mechanismContent,
			@RequestParam(required = false) String keepEvidenceNote, RedirectAttributes redirect) {
		return act(redirect, measurePage(id), () -> {
			measures.submitCompletion(CurrentUsers.get(), id, content, RectificationApiController.uploads(nonEmpty(files)),
					mechanismTitle, mechanismContent, keepEvidenceNote);
			return measurePage(id);
		}, "已申请销号，等待责任领导对账销号");
	}

	@PostMapping("/rectification/measures/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		return act(redirect, measurePage(id), () -> {
			measures.signOff(CurrentUsers.get(), id, approve, opinion);
			return measurePage(id);
		}, approve ? "已对账销号" : "已退回责任单位");
	}

	@PostMapping("/rectification/measures/{id}/deadline-changes")
	String requestChange(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeadline,
			@RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, measurePage(id), () -> {
			measures.requestDeadlineChange(CurrentUsers.get(), id, newDeadline, reason);
			return measurePage(id);
		}, "调整完成时限的申请已提交方案责任领导审批");
	}

	@PostMapping("/rectification/deadline-changes/{id}/decision")
	String decideChange(@PathVariable long id, @RequestParam long measureId, @RequestParam boolean approve,
			@RequestParam(required = false) String opinion, RedirectAttributes redirect) {
		return act(redirect, measurePage(measureId), () -> {
			measures.decideDeadlineChange(CurrentUsers.get(), id, approve, opinion);
			return measurePage(measureId);
		}, approve ? "已同意调整完成时限" : "未同意调整完成时限");
	}

	@GetMapping("/rectification/measures/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
		MeasureService.EvidenceFile f = measures.evidenceFile(CurrentUsers.get(), id, evidenceId);
		// images, PDF and plain text open in the browser (viewable from the sign-off task page); anything else downloads
		String type = f.evidence().contentType();
		boolean viewable = type != null && (type.startsWith("image/") && !type.contains("svg") || type.equals("application/pdf") || type.startsWith("text/plain"));
		ContentDisposition.Builder disposition = viewable ? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(f.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(type.startsWith("text/plain") && !type.contains("charset") ? type + ";charset=UTF-8" : type))
			.body(f.content());
	}

	/** A plan with the counts of its rows in the current selection. */
	record PlanProgress(Plan plan, cn.statenforce.rectification.LedgerSummary summary) {
	}

	private List<PlanProgress> planProgress(List<Plan> visible, List<LedgerRow> rows) {
		var byPlan = rows.stream().collect(java.util.stream.Collectors.groupingBy(LedgerRow::planId));
		return visible.stream().filter(p -> byPlan.containsKey(p.id()))
			.map(p -> new PlanProgress(p, ledger.summarize(byPlan.get(p.id())))).toList();
	}

	// helpers

	/** Runs a step; on a rejected step returns to {@code back} with the message (the step wrote nothing). */
	private static String act(RedirectAttributes redirect, String back, Supplier<String> step, String done) {
		try {
			String target = step.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:" + target;
		}
		catch (BadRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:" + back;
		}
	}

	private static List<MultipartFile> nonEmpty(List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
	}

	private List<cn.statenforce.organization.UserSummary> leaders(long bureauId) {
		var list = new java.util.ArrayList<>(users.usersWithRole(bureauId, Role.LEADER));
		list.addAll(users.usersWithRole(bureauId, Role.DIRECTOR));
		return list;
	}

	private static String planPage(long id) {
		return "/rectification/plans/" + id;
	}

	private static String measurePage(long id) {
		return "/rectification/measures/" + id;
	}

	private static String exportQuery(LedgerParams p) {
		var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/rectification/ledger/export");
		if (p.planId() != null) {
			b.queryParam("planId", p.planId());
		}
		if (p.ownerId() != null) {
			b.queryParam("ownerId", p.ownerId());
		}
		for (String[] kv : new String[][] { { "source", p.source() }, { "status", p.status() }, { "owner", p.owner() },
				{ "leader", p.leader() }, { "category", p.category() } }) {
			if (kv[1] != null && !kv[1].isBlank()) {
				b.queryParam(kv[0], kv[1]);
			}
		}
		if (Boolean.TRUE.equals(p.overdue())) {
			b.queryParam("overdue", true);
		}
		return b.encode().build().toUriString();
	}

}

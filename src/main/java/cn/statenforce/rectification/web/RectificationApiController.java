package cn.statenforce.rectification.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.rectification.Amendment;
import cn.statenforce.rectification.AmendmentCommand;
import cn.statenforce.rectification.AmendmentService;
import cn.statenforce.rectification.Aspect;
import cn.statenforce.rectification.Correction;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.RecheckCommand;
import cn.statenforce.rectification.RectificationCommands;
import cn.statenforce.rectification.DeadlineChange;
import cn.statenforce.rectification.Evidence;
import cn.statenforce.rectification.FeedbackCommand;
import cn.statenforce.rectification.ImportColumn;
import cn.statenforce.rectification.ImportPreview;
import cn.statenforce.rectification.LedgerImportService;
import cn.statenforce.rectification.LedgerFilter;
import cn.statenforce.rectification.LedgerRow;
import cn.statenforce.rectification.LedgerService;
import cn.statenforce.rectification.LedgerSummary;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureCommand;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Mechanism;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.Problem;
import cn.statenforce.rectification.ProgressEntry;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.Responsible;
import cn.statenforce.rectification.ResponsibleDirectory;
import cn.statenforce.rectification.ResponsibleEntry;
import cn.statenforce.rectification.ResponsibleKind;
import cn.statenforce.rectification.Upload;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Xlsx;

/** REST API of rectification: plans and their lists, measures, the ledger with XLSX export/import, corrections. */
@RestController
@RequestMapping("/api/rectification")
class RectificationApiController {

	private final RectificationService plans;

	private final MeasureService measures;

	private final LedgerService ledger;

	private final CorrectionService corrections;

	private final LedgerImportService imports;

	private final AmendmentService amendments;

	private final ResponsibleDirectory directory;

	RectificationApiController(RectificationService plans, MeasureService measures, LedgerService ledger,
			CorrectionService corrections, LedgerImportService imports, AmendmentService amendments,
			ResponsibleDirectory directory) {
		this.plans = plans;
		this.measures = measures;
		this.ledger = ledger;
		this.corrections = corrections;
		this.imports = imports;
		this.amendments = amendments;
		this.directory = directory;
	}

	record AmendmentRequest(String content, String owner, String leader, String description, String reason) {
	}

	record DirectoryRequest(String kind, String name, List<String> accounts) {
	}

	/** Rename (name) or 停用/启用 (active) a directory entry, on the version read. */
	record DirectoryEditRequest(String name, Boolean active, Integer version) {
	}

	record AccountRequest(String username) {
	}

	/** {@code inspectors}: everyone who re-checked, the caller among them (default: the inspectors named in the order). */
	record RecheckRequest(Boolean corrected, String opinion, LocalDate recheckedOn, List<String> inspectors) {
	}

	record PlanDetail(Plan plan, List<Aspect> aspects, List<Problem> problems, List<Measure> measures,
			List<Mechanism> mechanisms, LedgerSummary summary, Plan.Actions actions, List<Amendment> amendments) {
	}

	record MeasureDetail(Measure measure, Problem problem, List<ProgressEntry> progress, List<Evidence> evidence,
			List<DeadlineChange> deadlineChanges, Measure.Actions actions) {
	}

	record LedgerView(LedgerSummary summary, List<LedgerRow> rows) {
	}

	// plans

	@GetMapping("/plans")
	List<Plan> plans(@RequestParam(required = false) String status, @RequestParam(required = false) String source) {
		return plans.plans(CurrentUsers.get(), status, source);
	}

	@PostMapping("/plans")
	ResponseEntity<Plan> register(@RequestBody FeedbackCommand cmd) {
		return ResponseEntity.status(HttpStatus.CREATED).body(plans.registerFeedback(CurrentUsers.get(), cmd));
	}

	@GetMapping("/plans/{id}")
	PlanDetail plan(@PathVariable long id) {
		var user = CurrentUsers.get();
		Plan plan = plans.plan(user, id);
		return new PlanDetail(plan, plans.aspects(user, id), plans.problems(user, id),
				plans.measures(user, id), plans.mechanisms(user, id), ledger.summary(user, LedgerFilter.ofPlan(id)),
				plans.actions(user, plan), plans.amendments(user, id));
	}

	@PostMapping("/plans/{id}/discard")
	Plan discard(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody RectificationCommands.Discard r) {
		return plans.discard(CurrentUsers.get(), id, version, r.reason());
	}

	@PostMapping("/plans/{id}/coordinator")
	Plan coordinator(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody RectificationCommands.Coordinator r) {
		return plans.assignCoordinator(CurrentUsers.get(), id, version, r.coordinator());
	}

	@PutMapping("/aspects/{id}")
	Aspect editAspect(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody RectificationCommands.AspectText r) {
		return plans.editAspect(CurrentUsers.get(), id, version, r.title());
	}

	@DeleteMapping("/aspects/{id}")
	ResponseEntity<Void> deleteAspect(@PathVariable long id) {
		plans.deleteAspect(CurrentUsers.get(), id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/problems/{id}")
	Problem editProblem(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody RectificationCommands.ProblemText r) {
		return plans.editProblem(CurrentUsers.get(), id, version, r.aspectId(), r.description());
	}

	@DeleteMapping("/problems/{id}")
	ResponseEntity<Void> deleteProblem(@PathVariable long id) {
		plans.deleteProblem(CurrentUsers.get(), id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/measures/{id}")
	Measure editMeasure(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody MeasureCommand cmd) {
		return plans.editMeasure(CurrentUsers.get(), id, version, cmd);
	}

	@DeleteMapping("/measures/{id}")
	ResponseEntity<Void> deleteMeasure(@PathVariable long id) {
		plans.deleteMeasure(CurrentUsers.get(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/measures/{id}/amendments")
	ResponseEntity<Amendment> amendMeasure(@PathVariable long id, @RequestBody AmendmentRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(amendments.requestMeasureAmendment(CurrentUsers.get(), id,
				new AmendmentCommand(r.content(), r.owner(), r.leader(), r.reason())));
	}

	@PostMapping("/problems/{id}/amendments")
	ResponseEntity<Amendment> amendProblem(@PathVariable long id, @RequestBody AmendmentRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(amendments.requestProblemAmendment(CurrentUsers.get(), id, r.description(), r.reason()));
	}

	@PostMapping("/amendments/{id}/decision")
	Amendment decideAmendment(@PathVariable long id, @RequestBody RectificationCommands.Decision r) {
		return amendments.decide(CurrentUsers.get(), id, approve(r.approve()), r.opinion());
	}

	// directory of responsible units and leaders

	@GetMapping("/directory")
	List<ResponsibleEntry> directory(@RequestParam(required = false) String kind) {
		return directory.entries(CurrentUsers.get(), kind(kind, true));
	}

	@PostMapping("/directory")
	ResponseEntity<Responsible> addEntry(@RequestBody DirectoryRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(directory.create(CurrentUsers.get(), kind(r.kind(), false), r.name(), r.accounts()));
	}

	/** Renames and/or 停用/启用 an entry on the version read (409 when stale, 400 without a change). */
	@PutMapping("/directory/{id}")
	Responsible editEntry(@PathVariable long id, @RequestBody DirectoryEditRequest r) {
		var user = CurrentUsers.get();
		if (r.name() == null && r.active() == null) {
			throw new BadRequestException("name", "请填写名称或选择停用、启用");
		}
		Responsible e = r.name() == null ? directory.entry(id) : directory.rename(user, id, r.version(), r.name());
		if (r.active() != null && (r.name() == null || directory.isActive(e) != r.active())) {
			e = directory.setActive(user, id, r.name() == null ? r.version() : Integer.valueOf(e.rowVersion()), r.active());
		}
		return e;
	}

	@PostMapping("/directory/{id}/accounts")
	Responsible linkAccount(@PathVariable long id, @RequestBody AccountRequest r) {
		return directory.linkAccount(CurrentUsers.get(), id, r.username());
	}

	@DeleteMapping("/directory/{id}/accounts/{username}")
	Responsible unlinkAccount(@PathVariable long id, @PathVariable String username) {
		return directory.unlinkAccount(CurrentUsers.get(), id, username);
	}

	static ResponsibleKind kind(String kind, boolean optional) {
		if (kind == null || kind.isBlank()) {
			if (optional) {
				return null;
			}
			throw new BadRequestException("kind", "请选择责任单位或责任领导");
		}
		for (ResponsibleKind k : ResponsibleKind.values()) {
			if (k.name().equals(kind.trim()) || k.label().equals(kind.trim())) {
				return k;
			}
		}
		throw new BadRequestException("kind", "类型应为责任单位或责任领导");
	}

	@PostMapping("/plans/{id}/aspects")
	ResponseEntity<Aspect> addAspect(@PathVariable long id, @RequestBody RectificationCommands.AspectText r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(plans.addAspect(CurrentUsers.get(), id, r.title()));
	}

	@PostMapping("/plans/{id}/problems")
	ResponseEntity<Problem> addProblem(@PathVariable long id, @RequestBody RectificationCommands.ProblemText r) {
		if (r.aspectId() == null) {
			throw new BadRequestException("aspectId", "请选择问题方面");
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(plans.addProblem(CurrentUsers.get(), id, r.aspectId(), r.description()));
	}

	@PostMapping("/problems/{id}/measures")
	ResponseEntity<Measure> addMeasure(@PathVariable long id, @RequestBody MeasureCommand cmd) {
		return ResponseEntity.status(HttpStatus.CREATED).body(plans.addMeasure(CurrentUsers.get(), id, cmd));
	}

	/**
	 * The preview of an import: nothing is written. Optional {@code column.<index>} parameters map a column (0-based)
	 * to a field ({@link ImportColumn} code, IGNORE to leave it out); {@code decision} parameters
	 * ({@code UNIT|名称|CREATE} or {@code LEADER|名称|<目录条目id>}) say what an unknown name becomes.
	 */
	@PostMapping(path = "/plans/{id}/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	ImportPreview previewImport(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam Map<String, String> params, @RequestParam(name = "decision", required = false) List<String> decisions) {
		return imports.preview(CurrentUsers.get(), id, file.getOriginalFilename(), bytes(file), ImportParams.mapping(params),
				ImportParams.decisions(decisions));
	}

	@PostMapping(path = "/plans/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN })
	ResponseEntity<Object> importLedger(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam Map<String, String> params, @RequestParam(name = "decision", required = false) List<String> decisions) {
		LedgerImportService.ImportResult result = imports.commit(CurrentUsers.get(), id, file.getOriginalFilename(), bytes(file),
				ImportParams.mapping(params), ImportParams.decisions(decisions));
		if (result.ok()) {
			return ResponseEntity.ok(result);
		}
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"导入文件有 " + result.errors().size() + " 处错误，未导入任何数据");
		p.setTitle("导入失败");
		p.setProperty("errors", result.errors());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	@PostMapping("/plans/{id}/publish")
	Plan publish(@PathVariable long id) {
		return plans.publish(CurrentUsers.get(), id);
	}

	@PostMapping("/plans/{id}/report")
	Plan report(@PathVariable long id, @RequestBody RectificationCommands.Report r) {
		return plans.submitReport(CurrentUsers.get(), id, r.content());
	}

	@PostMapping("/plans/{id}/look-back")
	Plan lookBack(@PathVariable long id, @RequestBody RectificationCommands.LookBack r) {
		return plans.lookBack(CurrentUsers.get(), id, r.opinion(), r.reopenProblemIds(), r.newDeadline());
	}

	@GetMapping("/plans/{id}/responsibility")
	List<RectificationService.Responsibility> responsibility(@PathVariable long id) {
		return plans.responsibility(CurrentUsers.get(), id);
	}

	@GetMapping("/plans/{id}/mechanisms")
	List<Mechanism> mechanisms(@PathVariable long id) {
		return plans.mechanisms(CurrentUsers.get(), id);
	}

	@PostMapping("/plans/{id}/mechanism-review")
	List<Mechanism> reviewMechanisms(@PathVariable long id, @RequestBody RectificationCommands.MechanismsReview r) {
		return plans.reviewMechanisms(CurrentUsers.get(), id, r.opinion(), r.retireMechanismIds());
	}

	@PostMapping("/mechanisms/{id}/review")
	Mechanism reviewMechanism(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody RectificationCommands.MechanismReview r) {
		return measures.reviewMechanism(CurrentUsers.get(), id, version, r.opinion());
	}

	// measures

	@GetMapping("/measures/{id}")
	MeasureDetail measure(@PathVariable long id) {
		var user = CurrentUsers.get();
		Measure m = measures.measure(user, id);
		return new MeasureDetail(m, measures.problemOf(m), measures.progress(user, id), measures.evidence(user, id),
				measures.deadlineChanges(user, id), measures.actions(user, m));
	}

	@PostMapping(path = "/measures/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.RECTIFICATION_OWNER })
	ResponseEntity<ProgressEntry> progress(@PathVariable long id, @RequestParam(required = false) String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(measures.reportProgress(CurrentUsers.get(), id, content, uploads(files)));
	}

	@PostMapping(path = "/measures/{id}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.RECTIFICATION_OWNER })
	Measure completion(@PathVariable long id, @RequestParam(required = false) String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String mechanismTitle, @RequestParam(required = false) String mechanismContent,
			@RequestParam(required = false) String keepEvidenceNote) {
		return measures.submitCompletion(CurrentUsers.get(), id, content, uploads(files), mechanismTitle, mechanismContent,
				keepEvidenceNote);
	}

	@PostMapping("/measures/{id}/sign-off")
	Measure signOff(@PathVariable long id, @RequestBody RectificationCommands.Decision r) {
		return measures.signOff(CurrentUsers.get(), id, approve(r.approve()), r.opinion());
	}

	@PostMapping("/measures/{id}/deadline-changes")
	ResponseEntity<DeadlineChange> requestChange(@PathVariable long id, @RequestBody RectificationCommands.DeadlineChangeRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(measures.requestDeadlineChange(CurrentUsers.get(), id, r.newDeadline(), r.reason()));
	}

	@PostMapping("/deadline-changes/{id}/decision")
	DeadlineChange decideChange(@PathVariable long id, @RequestBody RectificationCommands.Decision r) {
		return measures.decideDeadlineChange(CurrentUsers.get(), id, approve(r.approve()), r.opinion());
	}

	@GetMapping("/measures/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
		MeasureService.EvidenceFile f = measures.evidenceFile(CurrentUsers.get(), id, evidenceId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", f.evidence().sha256())
			.contentType(MediaType.parseMediaType(f.evidence().contentType()))
			.body(f.content());
	}

	// ledger

	@GetMapping("/ledger")
	LedgerView ledger(LedgerParams params) {
		var user = CurrentUsers.get();
		List<LedgerRow> rows = ledger.rows(user, params.filter());
		return new LedgerView(ledger.summarize(rows), rows);
	}

	@GetMapping("/ledger/export")
	ResponseEntity<byte[]> export(LedgerParams params) {
		return Xlsx.download("整改台账.xlsx", ledger.export(CurrentUsers.get(), params.filter()));
	}

	@GetMapping("/ledger/template")
	ResponseEntity<byte[]> template() {
		return Xlsx.download("整改问题清单模板.xlsx", ledger.template());
	}

	// corrections

	@GetMapping("/corrections/{planId}")
	Correction correction(@PathVariable long planId) {
		return corrections.correction(CurrentUsers.get(), planId);
	}

	@PostMapping("/corrections/{planId}/recheck")
	Correction recheck(@PathVariable long planId, @RequestParam(required = false) Integer version, @RequestBody RecheckRequest r) {
		if (r.corrected() == null) {
			throw new BadRequestException("corrected", "请选择复查结论：已改正或未改正");
		}
		return corrections.recheck(CurrentUsers.get(), planId, version,
				new RecheckCommand(r.corrected(), r.opinion(), r.recheckedOn(), r.inspectors()));
	}

	static boolean approve(Boolean approve) {
		if (approve == null) {
			throw new BadRequestException("approve", "请选择同意或不同意");
		}
		return approve;
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
			.map(f -> new Upload(f.getOriginalFilename(), f.getContentType(), bytes(f)))
			.toList();
	}

}

package cn.statenforce.inspection.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.inspection.DirectoryImport;
import cn.statenforce.inspection.DirectoryImportService;
import cn.statenforce.inspection.Draw;
import cn.statenforce.inspection.DrawUnitView;
import cn.statenforce.inspection.DrawVerification;
import cn.statenforce.inspection.ImportError;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionCheck;
import cn.statenforce.inspection.InspectionCommands;
import cn.statenforce.inspection.InspectionItem;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionProperties;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.Inspector;
import cn.statenforce.inspection.InspectorChange;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanTarget;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** REST API of the inspection capability under {@code /api/inspection}. */
@RestController
@RequestMapping("/api/inspection")
@Tag(name = "执法检查", description = "双随机、一公开：检查计划、抽取、检查、名录导入")
@Validated
class InspectionApiController {

	private final InspectionPlanService plans;

	private final InspectionService inspections;

	private final InspectionRegisters registers;

	private final DirectoryImportService imports;

	InspectionApiController(InspectionPlanService plans, InspectionService inspections, InspectionRegisters registers,
			DirectoryImportService imports) {
		this.plans = plans;
		this.inspections = inspections;
		this.registers = registers;
		this.imports = imports;
	}

	/** Approval decision. */
	record Decision(boolean approve, String opinion) {
	}

	/** Redraw approval by a leader. */
	record Redraw(@NotBlank(message = "请填写重新抽取的理由") String reason, Long seed) {
	}

	@GetMapping("/plans")
	@Operation(summary = "检查计划列表（本局及下级）")
	PageResult<InspectionPlan> plans(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return plans.list(CurrentUsers.get(), page, size);
	}

	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "编制检查计划（草拟）；专项、重点检查须选检查专题，重点检查以 targets 列明检查对象及理由")
	InspectionPlan create(@Valid @RequestBody PlanCommand command) {
		return plans.create(CurrentUsers.get(), command);
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "查看检查计划")
	InspectionPlan plan(@PathVariable long id) {
		return plans.get(CurrentUsers.get(), id);
	}

	@PutMapping("/plans/{id}")
	@Operation(summary = "修改草拟的检查计划（需提供当前版本号 version）")
	InspectionPlan update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody PlanCommand command) {
		return plans.update(CurrentUsers.get(), id, version, command);
	}

	@PostMapping("/plans/{id}/submit")
	@Operation(summary = "提交分管领导审批")
	InspectionPlan submit(@PathVariable long id) {
		return plans.submit(CurrentUsers.get(), id);
	}

	@PostMapping("/plans/{id}/decision")
	@Operation(summary = "分管领导审批（批准或退回）")
	InspectionPlan decide(@PathVariable long id, @RequestBody Decision decision) {
		return plans.decide(CurrentUsers.get(), id, decision.approve(), decision.opinion());
	}

	@PostMapping("/plans/{id}/draws")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "随机抽取（可指定随机种子）；重点检查只随机分派执法人员，检查对象由计划指定")
	Draw draw(@PathVariable long id, @RequestParam(required = false) Long seed) {
		return plans.draw(CurrentUsers.get(), id, seed);
	}

	@PostMapping("/plans/{id}/redraws")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "经分管领导批准重新抽取（须说明理由，原抽取保留）")
	Draw redraw(@PathVariable long id, @Valid @RequestBody Redraw redraw) {
		return plans.redraw(CurrentUsers.get(), id, redraw.reason(), redraw.seed());
	}

	@GetMapping("/plans/{id}/targets")
	@Operation(summary = "重点检查对象（计划指定的单位及理由）")
	List<PlanTarget> targets(@PathVariable long id) {
		plans.get(CurrentUsers.get(), id);
		return plans.targets(id);
	}

	@GetMapping("/topics")
	@Operation(summary = "可选的检查专题（代码与名称）")
	List<InspectionProperties.Topic> topics() {
		return plans.topics();
	}

	@GetMapping("/plans/{id}/draws")
	@Operation(summary = "计划的全部抽取记录")
	List<Draw> draws(@PathVariable long id) {
		return plans.draws(CurrentUsers.get(), id);
	}

	@GetMapping("/draws/{drawId}/units")
	@Operation(summary = "抽中单位及执法人员")
	List<DrawUnitView> drawUnits(@PathVariable long drawId) {
		return plans.drawUnits(CurrentUsers.get(), drawId);
	}

	@PostMapping("/draws/{drawId}/verification")
	@Operation(summary = "复核：以种子、参数和名录快照重新抽取并比对")
	DrawVerification verify(@PathVariable long drawId) {
		return plans.verify(CurrentUsers.get(), drawId);
	}

	@PostMapping("/plans/{id}/start")
	@Operation(summary = "启动检查（为每个抽中单位生成检查任务）")
	List<Inspection> start(@PathVariable long id) {
		return plans.start(CurrentUsers.get(), id);
	}

	@PostMapping("/plans/{id}/publication")
	@Operation(summary = "公开计划和结果")
	InspectionPlan publish(@PathVariable long id) {
		return plans.publish(CurrentUsers.get(), id);
	}

	@GetMapping("/inspections/{id}")
	@Operation(summary = "查看检查")
	Inspection inspection(@PathVariable long id) {
		return inspections.get(CurrentUsers.get(), id);
	}

	@PostMapping("/inspections/{id}/inspector-replacements")
	@Operation(summary = "更换执法人员（分管领导；须说明理由，如执法证在检查期间失效）")
	Inspection replaceInspector(@PathVariable long id, @Valid @RequestBody InspectionCommands.ReplaceInspector cmd) {
		return inspections.replaceInspector(CurrentUsers.get(), id, cmd);
	}

	@GetMapping("/inspections/{id}/inspector-replacements")
	@Operation(summary = "执法人员更换记录")
	List<InspectorChange> inspectorChanges(@PathVariable long id) {
		inspections.get(CurrentUsers.get(), id);
		return inspections.inspectorChanges(id);
	}

	@GetMapping("/inspections/{id}/checks")
	@Operation(summary = "现场检查记录")
	List<InspectionCheck> checks(@PathVariable long id) {
		inspections.get(CurrentUsers.get(), id);
		return inspections.checks(id);
	}

	@PostMapping("/inspections/{id}/notice-number")
	@Operation(summary = "制作检查通知书：取得文号（只取一次）")
	Inspection numberNotice(@PathVariable long id) {
		return inspections.numberNotice(CurrentUsers.get(), id);
	}

	@PostMapping("/tasks/{taskId}/notice")
	@Operation(summary = "办理：送达检查通知书")
	Inspection notice(@PathVariable String taskId, @Valid @RequestBody InspectionCommands.ServeNotice cmd) {
		return inspections.serveNotice(CurrentUsers.get(), taskId, cmd);
	}

	@PostMapping("/tasks/{taskId}/onsite")
	@Operation(summary = "办理：现场检查（逐项记录与检查结果）")
	Inspection onsite(@PathVariable String taskId, @Valid @RequestBody InspectionCommands.RecordInspection cmd) {
		return inspections.recordInspection(CurrentUsers.get(), taskId, cmd);
	}

	@PostMapping("/tasks/{taskId}/summary-decision")
	@Operation(summary = "办理：登记当场处罚决定")
	Inspection summary(@PathVariable String taskId, @Valid @RequestBody InspectionCommands.SummaryDecision cmd) {
		return inspections.recordSummaryDecision(CurrentUsers.get(), taskId, cmd);
	}

	@GetMapping("/items")
	@Operation(summary = "检查事项清单（默认事项和本局事项）")
	List<InspectionItem> items() {
		return registers.items(CurrentUsers.get().bureauId(), false);
	}

	@GetMapping("/inspectors")
	@Operation(summary = "执法检查人员名录库（本局）")
	List<Inspector> inspectors() {
		return registers.inspectors(CurrentUsers.get().bureauId());
	}

	@PostMapping(path = "/imports", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "名录导入（CSV/XLSX，后台执行，返回导入记录以查询进度）")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.ADMIN })
	DirectoryImport upload(@RequestParam("file") MultipartFile file) {
		return imports.start(CurrentUsers.get(), file.getOriginalFilename(), DirectoryImportController.store(file));
	}

	@GetMapping("/imports/{id}")
	@Operation(summary = "导入进度和结果")
	DirectoryImport importStatus(@PathVariable long id) {
		return imports.get(CurrentUsers.get(), id);
	}

	@GetMapping("/imports/{id}/errors")
	@Operation(summary = "导入错误报告（行号、列、原因）")
	PageResult<ImportError> importErrors(@PathVariable long id, @RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
		return imports.errors(CurrentUsers.get(), id, page, size);
	}

}

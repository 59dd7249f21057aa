package cn.statenforce.inspection.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.inspection.Draw;
import cn.statenforce.inspection.DrawVerification;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Xlsx;
import jakarta.validation.Valid;

/** 检查计划 pages: list, draft, approval, draw, verification, redraw, start, publication, export. */
@Controller
class InspectionPlanController {

	private final InspectionPlanService plans;

	private final InspectionService inspections;

	private final InspectionRegisters registers;

	private final UserService users;

	InspectionPlanController(InspectionPlanService plans, InspectionService inspections, InspectionRegisters registers,
			UserService users) {
		this.plans = plans;
		this.inspections = inspections;
		this.registers = registers;
		this.users = users;
	}

	@GetMapping("/inspection/plans")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("result", plans.list(CurrentUsers.get(), page, 20));
		model.addAttribute("bureauNames", plans.bureauNames());
		return "inspection/plans";
	}

	@GetMapping("/inspection/plans/new")
	String newPlan(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("types", PlanType.values());
		model.addAttribute("topics", plans.topics());
		model.addAttribute("items", registers.items(user.bureauId(), true));
		model.addAttribute("today", AppClock.today());
		return "inspection/plan-form";
	}

	@PostMapping("/inspection/plans")
	String create(@Valid @ModelAttribute PlanCommand command, BindingResult binding,
			@RequestParam(required = false) String targetLines, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("errorMessage", binding.getAllErrors().stream()
				.map(e -> e.getDefaultMessage()).collect(Collectors.joining("；")));
			return newPlan(model);
		}
		InspectionPlan p;
		try {
			p = plans.create(CurrentUsers.get(), command.withTargets(targets(targetLines)));
		}
		catch (BadRequestException e) {
			model.addAttribute("errorMessage", e.getMessage());
			return newPlan(model);
		}
		redirect.addFlashAttribute("message", "检查计划已保存，编号 " + p.planNumber());
		return "redirect:/inspection/plans/" + p.id();
	}

	/**
	 * The 重点检查对象 as the form's text area sends them: one unit a line, its unified social credit code, then the
	 * reason (separated by a space, comma or colon), e.g. {@code 91430302MA4L1234X5 税务数据显示营业收入与报表差异较大}.
	 */
	static List<PlanCommand.Target> targets(String lines) {
		List<PlanCommand.Target> targets = new java.util.ArrayList<>();
		if (lines == null) {
			return targets;
		}
		String[] rows = lines.split("\\R");
		for (int n = 0; n < rows.length; n++) {
			String row = rows[n].strip();
			if (row.isEmpty()) {
				continue;
			}
			java.util.regex.Matcher m = TARGET_LINE.matcher(row);
			if (!m.matches()) {
				throw new BadRequestException("targets", "重点检查对象第" + (n + 1) + "行应为“统一社会信用代码 列为重点的理由”：" + row);
			}
			targets.add(new PlanCommand.Target(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2).strip()));
		}
		return targets;
	}

	private static final java.util.regex.Pattern TARGET_LINE = java.util.regex.Pattern
		.compile("([0-9A-Za-z]{18})[\\s,，、:：;；]+(.+)");

	@GetMapping("/inspection/plans/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		InspectionPlan p = plans.get(user, id);
		List<Draw> draws = plans.draws(user, id);
		Draw current = draws.stream().filter(Draw::current).findFirst().orElse(null);
		model.addAttribute("plan", p);
		model.addAttribute("items", plans.items(id));
		model.addAttribute("targets", plans.targets(id));
		model.addAttribute("topicLabel", plans.topicLabel(p.topic()));
		model.addAttribute("draws", draws);
		model.addAttribute("current", current);
		model.addAttribute("units", current == null ? List.of() : plans.drawUnits(user, current.id()));
		model.addAttribute("inspections", inspections.ofPlan(id));
		model.addAttribute("people", people(p.bureauId()));
		model.addAttribute("bureauNames", plans.bureauNames());
		return "inspection/plan";
	}

	@PostMapping("/inspection/plans/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		plans.submit(CurrentUsers.get(), id);
		return back(id, redirect, "已提交分管领导审批");
	}

	@PostMapping("/inspection/plans/{id}/decide")
	String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		plans.decide(CurrentUsers.get(), id, approve, opinion);
		return back(id, redirect, approve ? "计划已批准，可以抽取" : "计划已退回");
	}

	@PostMapping("/inspection/plans/{id}/draw")
	String draw(@PathVariable long id, @RequestParam(required = false) Long seed, RedirectAttributes redirect) {
		Draw d = plans.draw(CurrentUsers.get(), id, seed);
		InspectionPlan p = plans.get(CurrentUsers.get(), id);
		return back(id, redirect, p.targeted() ? "已为计划指定的 " + d.unitCount() + " 家检查对象随机分派执法人员，随机种子 " + d.seed()
				: "抽取完成：抽中 " + d.unitCount() + " 家，随机种子 " + d.seed());
	}

	@PostMapping("/inspection/plans/{id}/redraw")
	String redraw(@PathVariable long id, @RequestParam String reason, @RequestParam(required = false) Long seed,
			RedirectAttributes redirect) {
		Draw d = plans.redraw(CurrentUsers.get(), id, reason, seed);
		return back(id, redirect, "已重新抽取（第" + d.drawNo() + "次），原抽取结果保留备查");
	}

	@PostMapping("/inspection/draws/{drawId}/verify")
	String verify(@PathVariable long drawId, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		DrawVerification v = plans.verify(user, drawId);
		Draw d = plans.draw(user, drawId);
		if (v.identical()) {
			return back(d.planId(), redirect, v.message());
		}
		redirect.addFlashAttribute("errorMessage", v.message());
		return "redirect:/inspection/plans/" + d.planId();
	}

	@GetMapping("/inspection/draws/{drawId}/snapshot")
	ResponseEntity<byte[]> snapshot(@PathVariable long drawId) {
		Draw d = plans.draw(CurrentUsers.get(), drawId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"draw-" + d.id() + "-snapshot.txt.gz\"")
			.header(HttpHeaders.CONTENT_TYPE, "application/gzip")
			.body(plans.snapshotGzip(CurrentUsers.get(), drawId));
	}

	@PostMapping("/inspection/plans/{id}/start")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		List<Inspection> started = plans.start(CurrentUsers.get(), id);
		return back(id, redirect, "已启动 " + started.size() + " 项检查，任务已派给抽中的执法人员");
	}

	@PostMapping("/inspection/plans/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		plans.publish(CurrentUsers.get(), id);
		return back(id, redirect, "计划、抽取结果和检查结果已向社会公开");
	}

	@GetMapping("/inspection/plans/{id}/results.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		InspectionPlan p = plans.get(CurrentUsers.get(), id);
		Map<String, UserSummary> people = people(p.bureauId());
		List<List<?>> rows = inspections.ofPlan(id).stream().<List<?>>map(i -> java.util.Arrays.asList(
				i.inspectionNumber(), i.enterpriseName(), i.creditCode(), name(people, i.inspector1()),
				name(people, i.inspector2()), i.status().label(), i.result() == null ? null : i.result().label(),
				i.inspectedOn(), i.closedOn(), i.leadNumber())).toList();
		byte[] xlsx = Xlsx.write("检查结果", List.of("检查编号", "被检查单位", "统一社会信用代码", "执法人员1", "执法人员2", "状态",
				"检查结果", "检查日期", "办结日期", "移交案件"), rows);
		return xlsx(p.planNumber() + "-results.xlsx", xlsx);
	}

	static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
		return Xlsx.download(fileName, body);
	}

	private Map<String, UserSummary> people(long bureauId) {
		return users.search(List.of(bureauId), null, null, 1, 500).items().stream()
			.collect(Collectors.toMap(UserSummary::username, Function.identity()));
	}

	private static String name(Map<String, UserSummary> people, String username) {
		UserSummary u = people.get(username);
		return u == null ? username : u.displayName();
	}

	private static String back(long id, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/inspection/plans/" + id;
	}

}

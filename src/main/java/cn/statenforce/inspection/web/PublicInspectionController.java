package cn.statenforce.inspection.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.statenforce.inspection.Draw;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.shared.Xlsx;

/**
 * 一公开: published plans, their draw (seed, parameters, snapshot hash, drawn units) and results, without
 * login. Only unit name, credit code and result are shown: no inspector or other personal data.
 */
@Controller
class PublicInspectionController {

	private final InspectionPlanService plans;

	private final InspectionService inspections;

	PublicInspectionController(InspectionPlanService plans, InspectionService inspections) {
		this.plans = plans;
		this.inspections = inspections;
	}

	@GetMapping("/public/inspections")
	String list(Model model) {
		model.addAttribute("plans", plans.published());
		model.addAttribute("bureauNames", plans.bureauNames());
		return "inspection/public-list";
	}

	@GetMapping("/public/inspections/{planId}")
	String show(@PathVariable long planId, Model model) {
		InspectionPlan p = plans.publishedPlan(planId);
		Draw current = plans.currentDraw(planId);
		model.addAttribute("plan", p);
		model.addAttribute("draw", current);
		model.addAttribute("units", current == null ? List.of() : plans.publicDrawUnits(current.id()));
		model.addAttribute("results", inspections.publishedResults(planId));
		model.addAttribute("bureauNames", plans.bureauNames());
		return "inspection/public-plan";
	}

	@GetMapping("/public/inspections/{planId}.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long planId) {
		InspectionPlan p = plans.publishedPlan(planId);
		List<List<?>> rows = inspections.publishedResults(planId).stream()
			.<List<?>>map(i -> List.of(i.enterpriseName(), i.creditCode(), i.result().label(), i.closedOn()))
			.toList();
		return InspectionPlanController.xlsx(p.planNumber() + ".xlsx",
				Xlsx.write("抽查结果", List.of("单位名称", "统一社会信用代码", "检查结果", "办结日期"), rows));
	}

}

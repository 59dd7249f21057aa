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
import cn.statenforce.inspection.PublicDrawProperties;
import cn.statenforce.inspection.PublicDraws;
import cn.statenforce.shared.Xlsx;

/**
 * 一公开: published plans, their draw (seed, parameters, snapshot hash, drawn units) and results, without
 * login. Only unit name, credit code and result are shown: no inspector or other personal data.
 */
@Controller
class PublicInspectionController {

	private final InspectionPlanService plans;

	private final InspectionService inspections;

	private final PublicDraws draws;

	private final PublicDrawProperties limits;

	/** One re-run at a time; re-runs per client address in the current hour. */
	private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(1);

	private final java.util.Map<String, Integer> perAddress = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile long hour = -1;

	PublicInspectionController(InspectionPlanService plans, InspectionService inspections, PublicDraws draws,
			PublicDrawProperties limits) {
		this.plans = plans;
		this.inspections = inspections;
		this.draws = draws;
		this.limits = limits;
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
		model.addAttribute("published", current == null ? null : draws.published(planId));
		return "inspection/public-plan";
	}

	/** 验证抽取结果: the server re-runs the choice of units from the published inputs and shows the outcome. */
	@GetMapping("/public/inspections/{planId}/verify")
	String verify(@PathVariable long planId, Model model, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		String refusal = admit(request.getRemoteAddr());
		if (refusal == null) {
			try {
				model.addAttribute("verification", draws.verify(planId));
			}
			finally {
				running.release();
			}
		}
		else {
			response.setStatus(429);
			model.addAttribute("refusal", refusal);
		}
		return show(planId, model);
	}

	/** The population that could be drawn, as a CSV file anyone can re-run the draw from. */
	@GetMapping("/public/inspections/{planId}/population.csv")
	ResponseEntity<byte[]> population(@PathVariable long planId) {
		InspectionPlan p = plans.publishedPlan(planId);
		return ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment().filename("可抽单位名单（" + p.planNumber() + "）.csv", java.nio.charset.StandardCharsets.UTF_8)
				.build().toString())
			.contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(draws.populationCsv(planId));
	}

	/** How the draw works, precisely enough to re-run it with one's own program. */
	@GetMapping("/public/inspections/algorithm")
	String algorithm() {
		return "inspection/public-algorithm";
	}

	private String admit(String address) {
		long now = System.currentTimeMillis() / 3_600_000L;
		if (now != hour) {
			perAddress.clear();
			hour = now;
		}
		if (perAddress.merge(address == null ? "" : address, 1, Integer::sum) > limits.verificationsPerAddressPerHour()) {
			return "验证次数过多，请一小时后再试（也可下载可抽单位名单和算法说明自行验证）";
		}
		if (!running.tryAcquire()) {
			return "正在进行其他验证，请稍后再试";
		}
		return null;
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

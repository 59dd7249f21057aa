package cn.statenforce.complaint.web;

import org.springframework.ui.Model;

import cn.statenforce.complaint.ComplaintEnums;

/** The code lists the complaint pages and forms show. */
final class ComplaintLabels {

	private ComplaintLabels() {
	}

	static void addTo(Model model) {
		model.addAttribute("channels", java.util.Arrays.stream(ComplaintEnums.Channel.values())
			.filter(c -> c != ComplaintEnums.Channel.WEB).toList());
		model.addAttribute("statuses", ComplaintEnums.ComplaintStatus.values());
		model.addAttribute("decisions", ComplaintEnums.TriageDecision.values());
		model.addAttribute("results", ComplaintEnums.HandlingResult.values());
		model.addAttribute("toldMethods", ComplaintEnums.ToldMethod.values());
	}

}

package cn.statenforce.operations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.statenforce.operations.ConsistencyCheck;
import cn.statenforce.organization.CurrentUsers;

/** 系统管理 → 一致性检查 (ADMIN of the bureau; the security chain guards /admin/**). */
@Controller
class ConsistencyController {

	private final ConsistencyCheck check;

	ConsistencyController(ConsistencyCheck check) {
		this.check = check;
	}

	@GetMapping("/admin/consistency")
	String show(Model model) {
		model.addAttribute("report", check.ofBureau(CurrentUsers.get()));
		return "operations/consistency";
	}

}

package cn.statenforce.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.UserService;

/** 系统管理 → 用户与统计局 (ADMIN; the security chain guards /admin/**). */
@Controller
class AdminUsersController {

	private final BureauService bureaus;

	private final UserService users;

	AdminUsersController(BureauService bureaus, UserService users) {
		this.bureaus = bureaus;
		this.users = users;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		CurrentUser me = CurrentUsers.get();
		model.addAttribute("bureaus", bureaus.readableBureaus(me));
		model.addAttribute("q", q);
		model.addAttribute("result", users.search(bureaus.readableBureauIds(me), null, q, page, 50));
		return "admin/users";
	}

}

package cn.statenforce.organization.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.Inputs;

/**
 * The user picker of the pages (search as you type, {@code static/js/app.js}): people of the signed-in user's bureau
 * and the bureaus below it by name or login name, optionally of one role; the value is the login name, the label the
 * person's name. Also the region picker (the bureaus' regions).
 */
@RestController
class UserPickerController {

	private final UserService users;

	private final BureauService bureaus;

	UserPickerController(UserService users, BureauService bureaus) {
		this.users = users;
		this.bureaus = bureaus;
	}

	record Option(String value, String label, String hint) {
	}

	@GetMapping("/pickers/users")
	List<Option> users(@RequestParam(required = false) String q, @RequestParam(required = false) String role) {
		CurrentUser me = CurrentUsers.get();
		Role r = role == null || role.isBlank() ? null : Inputs.oneOf("role", "角色", Role.class, role);
		return users.search(bureaus.readableBureauIds(me), r, q, 1, 20).items().stream()
			.filter(u -> u.enabled())
			.map(u -> new Option(u.username(), u.displayName(), u.bureauName()
					+ (u.certNumber() != null ? " · 执法证 " + u.certNumber() : "")))
			.toList();
	}

	/** The regions of the bureaus the user may read (own and below), by code or name; the value is the region code. */
	@GetMapping("/pickers/regions")
	List<Option> regions(@RequestParam(required = false) String q) {
		String t = q == null ? "" : q.strip();
		return bureaus.readableBureaus(CurrentUsers.get()).stream()
			.filter(b -> t.isEmpty() || b.regionCode().startsWith(t) || b.name().contains(t))
			.map(b -> new Option(b.regionCode(), b.name().replace("统计局", ""), b.regionCode()))
			.toList();
	}

}

package cn.statenforce.organization.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.AppUser;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;

/**
 * 系统管理 → 用户与统计局 (ADMIN; the security chain guards /admin/**): users of the administrator's bureau and the
 * bureaus below it (create, roles, password, lock, 统计执法证), and the bureaus below the administrator's own.
 */
@Controller
class AdminUsersController {

	private final BureauService bureaus;

	private final UserService users;

	AdminUsersController(BureauService bureaus, UserService users) {
		this.bureaus = bureaus;
		this.users = users;
	}

	/** The roles an administrator grants (the system administrator's comes from the deployment only). */
	static List<Role> grantableRoles() {
		return EnumSet.allOf(Role.class).stream().filter(Role::isBureauRole).toList();
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		CurrentUser me = CurrentUsers.get();
		model.addAttribute("bureaus", bureaus.readableBureaus(me));
		model.addAttribute("ownBureau", bureaus.bureau(me.bureauId()));
		model.addAttribute("q", q);
		model.addAttribute("result", users.search(bureaus.readableBureauIds(me), null, q, page, 50));
		model.addAttribute("grantableRoles", grantableRoles());
		return "admin/users";
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable long id, Model model) {
		CurrentUser me = CurrentUsers.get();
		AppUser u = users.managedUser(me, id);
		model.addAttribute("account", u);
		model.addAttribute("summary", users.summary(u.username()));
		model.addAttribute("certificates", users.certificates(id));
		model.addAttribute("grantableRoles", grantableRoles());
		model.addAttribute("today", AppClock.today());
		model.addAttribute("locked", u.lockedUntil() != null && u.lockedUntil().isAfter(AppClock.now()));
		return "admin/user";
	}

	@PostMapping("/admin/users")
	String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam long bureauId, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(required = false) String certNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(required = false) String issuedBy, RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		return act(redirect, "/admin/users", () -> {
			String name = Inputs.required("username", "用户名", username, 64);
			if (!name.matches("[a-z][a-z0-9._-]{2,63}")) {
				throw new BadRequestException("username", "用户名须为3-64位小写字母、数字、点、下划线或连字符，以字母开头");
			}
			String cert = Inputs.optional("certNumber", "统计执法证号", certNumber, 50);
			if (cert != null) {
				users.checkCertificate(cert, validFrom, validTo);
			}
			var created = users.createUser(me, name, Inputs.required("displayName", "姓名", displayName, 64), password, bureauId,
					roles == null ? Set.of() : roles, Inputs.optional("phone", "联系电话", phone, 30), Inputs.optional("email", "电子邮箱", email, 100));
			if (cert != null) {
				users.addCertificate(me, created.id(), cert, validFrom, validTo, Inputs.optional("issuedBy", "发证机关", issuedBy, 100), null);
			}
			return "/admin/users/" + created.id();
		}, "已新建用户");
	}

	@PostMapping("/admin/users/{id}")
	String updateUser(@PathVariable long id, @RequestParam String displayName, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		return act(redirect, "/admin/users/" + id, () -> {
			users.updateUser(me, id, Inputs.required("displayName", "姓名", displayName, 64), roles == null ? Set.of() : roles,
					Inputs.optional("phone", "联系电话", phone, 30), Inputs.optional("email", "电子邮箱", email, 100), enabled);
			return "/admin/users/" + id;
		}, "已保存");
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		return act(redirect, "/admin/users/" + id, () -> {
			users.resetPassword(me, id, password);
			return "/admin/users/" + id;
		}, "已重置密码，请将新密码告知本人并提醒其尽快修改");
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		return act(redirect, "/admin/users/" + id, () -> {
			users.unlock(me, id);
			return "/admin/users/" + id;
		}, "已解除锁定");
	}

	@PostMapping("/admin/users/{id}/certificates")
	String addCertificate(@PathVariable long id, @RequestParam String certNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(required = false) String issuedBy, @RequestParam(required = false) String specialties,
			RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		return act(redirect, "/admin/users/" + id, () -> {
			users.addCertificate(me, id, Inputs.required("certNumber", "统计执法证号", certNumber, 50), validFrom, validTo,
					Inputs.optional("issuedBy", "发证机关", issuedBy, 100), Inputs.optional("specialties", "专业领域", specialties, 200));
			return "/admin/users/" + id;
		}, "已登记统计执法证");
	}

	@PostMapping("/admin/bureaus")
	String createBureau(@RequestParam String regionCode, @RequestParam String name, @RequestParam String docPrefix,
			RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		// under the administrator's own bureau only (a district's ADMIN registers nothing under the city or as a root)
		return act(redirect, "/admin/users", () -> {
			String code = Inputs.required("regionCode", "行政区划代码", regionCode, 6);
			if (!code.matches("\\d{6}")) {
				throw new BadRequestException("regionCode", "行政区划代码应为6位数字");
			}
			bureaus.createBureau(me, code, Inputs.required("name", "名称", name, 100), Inputs.required("docPrefix", "文书代字", docPrefix, 20), me.bureauId());
			return "/admin/users";
		}, "已新建下级统计局");
	}

	@PostMapping("/admin/bureaus/{id}")
	String updateBureau(@PathVariable long id, @RequestParam String name, @RequestParam String docPrefix,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.get();
		return act(redirect, "/admin/users", () -> {
			// the version the page showed; without one, the version read now (a concurrent edit still gives 409)
			int read = version != null ? version : bureaus.bureau(id).rowVersion();
			bureaus.updateBureau(me, id, read, Inputs.required("name", "名称", name, 100),
					Inputs.required("docPrefix", "文书代字", docPrefix, 20));
			return "/admin/users";
		}, "已保存统计局信息");
	}

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

}

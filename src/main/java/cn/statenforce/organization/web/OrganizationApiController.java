package cn.statenforce.organization.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.PasswordPolicy;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
@Tag(name = "组织机构", description = "统计局、用户与角色")
@Validated
class OrganizationApiController {

	private final BureauService bureaus;

	private final UserService users;

	OrganizationApiController(BureauService bureaus, UserService users) {
		this.bureaus = bureaus;
		this.users = users;
	}

	record BureauRequest(@NotBlank(message = "行政区划代码不能为空") @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String regionCode,
			@NotBlank(message = "名称不能为空") @Size(max = 100) String name,
			@NotBlank(message = "机关代字不能为空") @Size(max = 20) String docPrefix, Long parentId) {
	}

	record UserRequest(
			@NotBlank(message = "用户名不能为空") @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "用户名须为3-64位小写字母、数字、点、下划线或连字符，以字母开头") String username,
			@NotBlank(message = "姓名不能为空") @Size(max = 64) String displayName,
			@NotBlank(message = "密码不能为空") @Size(min = 8, max = 64, message = "密码长度须为8-64位") String password,
			@NotNull(message = "所属统计局不能为空") Long bureauId, @NotEmpty(message = "至少指定一个角色") Set<Role> roles,
			@Size(max = 30) String phone, @Size(max = 100) String email) {
	}

	@GetMapping("/me")
	@Operation(summary = "当前用户")
	UserSummary me() {
		return users.summary(CurrentUsers.get().username());
	}

	@GetMapping("/bureaus")
	@Operation(summary = "可查看的统计局（本局及下级）")
	List<Bureau> bureaus() {
		return bureaus.readableBureaus(CurrentUsers.get());
	}

	@GetMapping("/users")
	@Operation(summary = "可查看的用户，可按角色筛选")
	PageResult<UserSummary> users(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		CurrentUser me = CurrentUsers.get();
		return users.search(bureaus.readableBureauIds(me), role, q, page, size);
	}

	@PostMapping("/admin/bureaus")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "新建统计局（下级统计局由上级统计局的管理员登记，最上级统计局由系统管理员登记）")
	Bureau createBureau(@Valid @RequestBody BureauRequest req) {
		return bureaus.createBureau(CurrentUsers.get(), req.regionCode(), req.name(), req.docPrefix(), req.parentId());
	}

	@PostMapping("/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "新建用户（管理员，只能建在本局或下级局）")
	UserSummary createUser(@Valid @RequestBody UserRequest req) {
		bureaus.ensureWritableOrBelow(CurrentUsers.get(), req.bureauId());
		PasswordPolicy.check(req.username(), req.password());
		return users.createUser(req.username(), req.displayName(), req.password(), req.bureauId(), req.roles(),
				req.phone(), req.email());
	}

}

package cn.statenforce.system;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/auth/token}: an API token for the signed-in user (authenticate once with HTTP Basic, then send
 * {@code Authorization: Bearer <accessToken>}); {@code POST /api/auth/logout} revokes the token sent,
 * {@code POST /api/auth/logout-all} every token of the user.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "认证", description = "API 令牌的获取与注销")
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/token")
	@Operation(summary = "获取 API 令牌（用 HTTP Basic 认证一次，此后以 Bearer 令牌访问）")
	ApiTokens.Issued token() {
		return tokens.issue(CurrentUsers.get().username());
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "注销当前令牌")
	void logout() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth.getCredentials() instanceof Jwt jwt)) {
			throw new BadRequestException("Authorization", "请以要注销的 Bearer 令牌调用");
		}
		tokens.revoke(CurrentUsers.get().username(), jwt.getId());
	}

	@PostMapping("/logout-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "注销本人的全部令牌")
	void logoutAll() {
		tokens.revokeAll(CurrentUsers.get().username());
	}

}

package cn.statenforce.organization;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.statenforce.shared.ForbiddenException;

/** Access to the signed-in user of the current request. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal p) {
			return Optional.of(p.user());
		}
		return Optional.empty();
	}

	/** The signed-in user; a request without one never reaches a controller, so this is a programming error. */
	public static CurrentUser get() {
		return find().orElseThrow(() -> new ForbiddenException("未登录"));
	}

}

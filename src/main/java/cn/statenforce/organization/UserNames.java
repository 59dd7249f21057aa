package cn.statenforce.organization;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * 姓名 for a username, for pages that hold only the username of who did something (uploaded a file, recorded a
 * check): templates call {@code ${@userNames.of(f.uploadedBy())}} so no username stands where a name belongs. One
 * look-up per username and request. A username no longer in the directory is shown as it was recorded.
 */
@Component("userNames")
public class UserNames {

	private static final String CACHE = UserNames.class.getName() + ".cache";

	private final UserService users;

	UserNames(UserService users) {
		this.users = users;
	}

	/** The user's display name; empty for no user. */
	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return cache().computeIfAbsent(username, n -> {
			AppUser u = users.findByUsername(n);
			return u == null || u.displayName() == null || u.displayName().isBlank() ? n : u.displayName();
		});
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> cache() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HashMap<>();
		}
		Map<String, String> cache = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (cache == null) {
			cache = new HashMap<>();
			request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
		}
		return cache;
	}

}

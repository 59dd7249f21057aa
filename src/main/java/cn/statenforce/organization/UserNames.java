package cn.statenforce.organization;

import org.springframework.stereotype.Component;

/**
 * 姓名 for a username, for pages that hold only the username of who did something (uploaded a file, recorded a
 * check): templates call {@code ${@userNames.of(f.uploadedBy())}} so no username stands where a name belongs. One
 * look-up per username and request. A username no longer in the directory is shown as it was recorded.
 */
@Component("userNames")
public class UserNames {

	private final UserService users;

	UserNames(UserService users) {
		this.users = users;
	}

	/** The user's display name; empty for no user. */
	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return ScopedMemo.get("userName:" + username, () -> {
			AppUser u = users.findByUsername(username);
			return u == null || u.displayName() == null || u.displayName().isBlank() ? username : u.displayName();
		});
	}

}

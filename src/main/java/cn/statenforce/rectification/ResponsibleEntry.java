package cn.statenforce.rectification;

import java.util.List;

/**
 * A directory entry with its linked accounts (username and display name), the aliases learnt from sheets and whether
 * it is in use (a deactivated entry, 已停用, is not offered for new measures).
 */
public record ResponsibleEntry(Responsible responsible, List<Account> accounts, List<String> aliases, boolean active) {

	/** A linked login. */
	public record Account(String username, String displayName) {
	}

	public boolean hasLogin() {
		return !accounts.isEmpty();
	}

}

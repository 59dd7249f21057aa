package cn.statenforce.rectification;

import java.util.List;

/** A directory entry with its linked accounts (username and display name) and the aliases learnt from sheets. */
public record ResponsibleEntry(Responsible responsible, List<Account> accounts, List<String> aliases) {

	/** A linked login. */
	public record Account(String username, String displayName) {
	}

	public boolean hasLogin() {
		return !accounts.isEmpty();
	}

}

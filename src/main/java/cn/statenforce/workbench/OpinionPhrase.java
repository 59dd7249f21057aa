package cn.statenforce.workbench;

import java.time.LocalDateTime;

/** A common opinion (常用意见) of a user; {@code id} is null for the defaults every user has. */
public record OpinionPhrase(Long id, String username, String phrase, LocalDateTime createdAt, Integer rowVersion) {

	public boolean isDefault() {
		return id == null;
	}

}

package cn.statenforce.organization;

import java.time.LocalDateTime;

/** A user as stored; its roles and certificates are separate rows. */
public record AppUser(Long id, String username, String displayName, String passwordHash, Long bureauId, String phone,
		String email, boolean enabled, int failedLogins, LocalDateTime lockedUntil, LocalDateTime createdAt,
		int rowVersion) {
}

package cn.statenforce.organization;

import java.time.LocalDate;
import java.util.Set;

/** A user as other capabilities and the UI see it: no password, roles resolved, current certificate. */
public record UserSummary(Long id, String username, String displayName, Long bureauId, String bureauName,
		Set<Role> roles, String certNumber, LocalDate certValidFrom, LocalDate certValidTo, boolean enabled,
		int rowVersion) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** True when the current 统计执法证 covers the date (not yet valid and expired certificates do not). */
	public boolean hasCertificateValidOn(LocalDate date) {
		return certNumber != null && certValidFrom != null && certValidTo != null && !date.isBefore(certValidFrom)
				&& !date.isAfter(certValidTo);
	}

}

package cn.statenforce.workbench;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 委托代理: from {@code validFrom} to {@code validTo} (both days included) the tasks assigned to {@code principal}
 * go to {@code proxy}, a user of the same bureau holding the principal's roles. It ends by itself after
 * {@code validTo}: the routing reads the dates when a task is assigned.
 */
public record TaskProxy(Long id, Long bureauId, String principal, String principalName, String proxy,
		String proxyName, LocalDate validFrom, LocalDate validTo, String reason, LocalDateTime createdAt,
		LocalDateTime revokedAt) {

	public boolean isActiveOn(LocalDate day) {
		return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

}

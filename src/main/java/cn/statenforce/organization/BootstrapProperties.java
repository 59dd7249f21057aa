package cn.statenforce.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First start of a production installation (no demo data). On an empty database it creates the root bureau
 * and its first ADMIN, but only when {@code statenforce.bootstrap.admin-password} is set explicitly; there is
 * no default password. Independently, when {@code sysadmin-username} and {@code sysadmin-password} are set
 * and no such user exists yet, it creates the system administrator (engine console and engine REST) in the
 * root bureau, also on an existing database.
 */
@ConfigurationProperties("statenforce.bootstrap")
public record BootstrapProperties(String regionCode, String bureauName, String docPrefix, String adminUsername,
		String adminPassword, String sysadminUsername, String sysadminPassword) {

	/** Shortest bootstrap password (ADMIN and system administrator). */
	public static final int MIN_PASSWORD_LENGTH = 12;

	public boolean isComplete() {
		return notBlank(regionCode) && notBlank(bureauName) && notBlank(docPrefix) && notBlank(adminUsername)
				&& notBlank(adminPassword);
	}

	/** True when the system administrator is configured (username and password). */
	public boolean hasSysadmin() {
		return notBlank(sysadminUsername) && notBlank(sysadminPassword);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

}

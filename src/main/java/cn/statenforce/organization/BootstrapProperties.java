package cn.statenforce.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First start of a production installation (no bureau yet, no demo data): creates the root bureau and
 * its first ADMIN, but only when {@code statenforce.bootstrap.admin-password} is set explicitly; there
 * is no default password.
 */
@ConfigurationProperties("statenforce.bootstrap")
public record BootstrapProperties(String regionCode, String bureauName, String docPrefix, String adminUsername,
		String adminPassword) {

	public boolean isComplete() {
		return notBlank(regionCode) && notBlank(bureauName) && notBlank(docPrefix) && notBlank(adminUsername)
				&& notBlank(adminPassword);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

}

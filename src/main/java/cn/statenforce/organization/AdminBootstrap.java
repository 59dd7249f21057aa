package cn.statenforce.organization;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.shared.BadRequestException;

/**
 * Creates the first bureau and ADMIN of an empty production database, and the system administrator, from
 * explicit settings ({@link BootstrapProperties}).
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

	private final BootstrapProperties properties;

	private final BureauService bureaus;

	private final UserService users;

	private final TransactionTemplate tx;

	AdminBootstrap(BootstrapProperties properties, BureauService bureaus, UserService users, TransactionTemplate tx) {
		this.properties = properties;
		this.bureaus = bureaus;
		this.users = users;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		createFirstAdmin();
		createSystemAdministrator();
	}

	private void createFirstAdmin() {
		if (!bureaus.bureaus().isEmpty()) {
			return;
		}
		if (!properties.isComplete()) {
			LOG.warn("No bureau and no user exist yet. Set STATENFORCE_BOOTSTRAP_REGION_CODE, _BUREAU_NAME, _DOC_PREFIX, "
					+ "_ADMIN_USERNAME and _ADMIN_PASSWORD (statenforce.bootstrap.*) to create the first ADMIN.");
			return;
		}
		requireLongPassword(properties.adminPassword(), "statenforce.bootstrap.admin-password");
		PasswordPolicy.check(properties.adminUsername(), properties.adminPassword());
		tx.executeWithoutResult(s -> {
			Bureau root = bureaus.createBureau(properties.regionCode(), properties.bureauName(), properties.docPrefix(), null);
			users.createUser(properties.adminUsername(), "管理员", properties.adminPassword(), root.id(),
					EnumSet.of(Role.ADMIN), null, null);
		});
		LOG.info("bootstrap: created bureau {} and ADMIN user {}", properties.regionCode(), properties.adminUsername());
	}

	private void createSystemAdministrator() {
		if (!properties.hasSysadmin()) {
			return;
		}
		String username = properties.sysadminUsername();
		AppUser existing = users.findByUsername(username);
		if (existing != null) {
			if (!users.roles(existing.id()).contains(Role.SYSTEM_ADMIN)) {
				LOG.warn("bootstrap: user {} exists but is not the system administrator; choose another "
						+ "STATENFORCE_BOOTSTRAP_SYSADMIN_USERNAME (an existing account is never promoted)", username);
			}
			return;
		}
		Bureau root = bureaus.bureaus().stream().filter(b -> b.parentId() == null).findFirst().orElse(null);
		if (root == null) {
			LOG.warn("bootstrap: no bureau exists yet, so the system administrator {} cannot be created", username);
			return;
		}
		requireLongPassword(properties.sysadminPassword(), "statenforce.bootstrap.sysadmin-password");
		PasswordPolicy.check(username, properties.sysadminPassword());
		tx.executeWithoutResult(s -> users.createSystemAdministrator(username, "系统管理员",
				properties.sysadminPassword(), root.id()));
		LOG.info("bootstrap: created system administrator {} in bureau {}", username, root.regionCode());
	}

	private static void requireLongPassword(String password, String property) {
		if (password.length() < BootstrapProperties.MIN_PASSWORD_LENGTH) {
			throw new BadRequestException(property + " must have at least " + BootstrapProperties.MIN_PASSWORD_LENGTH
					+ " characters");
		}
	}

}

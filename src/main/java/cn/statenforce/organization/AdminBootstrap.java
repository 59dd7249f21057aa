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

/** Creates the first bureau and ADMIN of an empty production database from explicit settings. */
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
		if (!bureaus.bureaus().isEmpty()) {
			return;
		}
		if (!properties.isComplete()) {
			LOG.warn("No bureau and no user exist yet. Set STATENFORCE_BOOTSTRAP_REGION_CODE, _BUREAU_NAME, _DOC_PREFIX, "
					+ "_ADMIN_USERNAME and _ADMIN_PASSWORD (statenforce.bootstrap.*) to create the first ADMIN.");
			return;
		}
		if (properties.adminPassword().length() < 12) {
			throw new BadRequestException("statenforce.bootstrap.admin-password must have at least 12 characters");
		}
		tx.executeWithoutResult(s -> {
			Bureau root = bureaus.createBureau(properties.regionCode(), properties.bureauName(), properties.docPrefix(), null);
			users.createUser(properties.adminUsername(), "系统管理员", properties.adminPassword(), root.id(),
					EnumSet.of(Role.ADMIN), null, null);
		});
		LOG.info("bootstrap: created bureau {} and ADMIN user {}", properties.regionCode(), properties.adminUsername());
	}

}

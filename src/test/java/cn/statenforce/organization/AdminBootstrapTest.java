package cn.statenforce.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.BadRequestException;

/**
 * The mysql profile's bootstrap of the system administrator, run against the demo organisation (bureaus exist,
 * so only the system administrator step applies). Removes the accounts it creates, since other tests count
 * the system administrators.
 */
@StatEnforceTest
class AdminBootstrapTest {

	private static final String OPERATOR = "ops.bootstrap";

	@Autowired
	BureauService bureaus;

	@Autowired
	UserService users;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void removeOperator() {
		jdbc.update("DELETE FROM user_role WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)", OPERATOR);
		jdbc.update("DELETE FROM app_user WHERE username = ?", OPERATOR);
	}

	@Test
	void shouldCreateTheConfiguredSystemAdministratorInTheRootBureauOnce() {
		bootstrap(OPERATOR, "operator-secret-1").run(null);
		AppUser created = users.findByUsername(OPERATOR);
		assertThat(created).isNotNull();
		assertThat(bureaus.bureau(created.bureauId()).regionCode()).isEqualTo("430300");
		assertThat(users.roles(created.id())).containsExactly(Role.SYSTEM_ADMIN);
		assertThat(identityService.checkPassword(OPERATOR, "operator-secret-1")).isTrue();
		assertThat(identityService.createGroupQuery().groupMember(OPERATOR).list()).extracting(Group::getId)
			.containsExactlyInAnyOrder("SYSTEM_ADMIN", "camunda-admin");
		// a second start with the same settings changes nothing
		bootstrap(OPERATOR, "another-secret-2").run(null);
		assertThat(identityService.checkPassword(OPERATOR, "operator-secret-1")).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, OPERATOR)).isEqualTo(1);
	}

	@Test
	void shouldNeverPromoteAnExistingAccount() {
		bootstrap("yuhu.admin", "operator-secret-1").run(null);
		AppUser admin = users.findByUsername("yuhu.admin");
		assertThat(users.roles(admin.id())).containsExactly(Role.ADMIN);
		assertThat(identityService.checkPassword("yuhu.admin", "operator-secret-1")).isFalse();
	}

	@Test
	void shouldRefuseAShortPassword() {
		assertThatThrownBy(() -> bootstrap(OPERATOR, "short-pw-11").run(null)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("statenforce.bootstrap.sysadmin-password must have at least 12 characters");
		assertThat(users.findByUsername(OPERATOR)).isNull();
	}

	@Test
	void shouldDoNothingWithoutAPassword() {
		bootstrap(OPERATOR, "").run(null);
		assertThat(users.findByUsername(OPERATOR)).isNull();
		assertThat(jdbc.queryForList("""
				SELECT u.username FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'SYSTEM_ADMIN'""",
				String.class)).isEqualTo(List.of("sysadmin"));
	}

	private AdminBootstrap bootstrap(String username, String password) {
		return new AdminBootstrap(new BootstrapProperties(null, null, null, null, null, username, password), bureaus,
				users, tx);
	}

}

package cn.statenforce.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/** The demo organisation the README promises. */
@StatEnforceTest
class DemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldHaveACityWithTwoDistricts() {
		assertThat(jdbc.queryForList("SELECT region_code FROM bureau WHERE region_code IN ('430300','430302','430304') ORDER BY region_code", String.class))
			.containsExactly("430300", "430302", "430304");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bureau WHERE parent_id = (SELECT id FROM bureau WHERE region_code = '430300')", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void shouldHaveAUserForEveryRoleInEveryBureau() {
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(DISTINCT CONCAT(u.bureau_id, r.role)) FROM app_user u JOIN user_role r ON r.user_id = u.id
				WHERE u.username NOT LIKE '%.clerk' AND u.username NOT LIKE '%.target' AND r.role <> 'SYSTEM_ADMIN'""",
				Integer.class)).isEqualTo(3 * 6);
	}

	@Test
	void shouldHaveOneSystemAdministratorInTheCityBureau() {
		assertThat(jdbc.queryForList("""
				SELECT CONCAT(u.username, '@', b.region_code) FROM app_user u JOIN user_role r ON r.user_id = u.id
				JOIN bureau b ON b.id = u.bureau_id WHERE r.role = 'SYSTEM_ADMIN'""", String.class))
			.containsExactly("sysadmin@430300");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = 'sysadmin'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void shouldHaveAboutTwoHundredUnitsWithValidCreditCodes() {
		List<String> codes = jdbc.queryForList("SELECT credit_code FROM enterprise WHERE name NOT LIKE '测试%'", String.class);
		assertThat(codes).hasSizeGreaterThanOrEqualTo(200).allMatch(UnifiedSocialCreditCode::isValid);
	}

	@Test
	void shouldHaveOneExpiredCertificatePerDistrict() {
		assertThat(jdbc.queryForList("""
				SELECT u.username FROM enforcement_certificate c JOIN app_user u ON u.id = c.user_id
				WHERE c.valid_to < CURRENT_DATE ORDER BY u.username""", String.class))
			.containsExactly("yuetang.inspector3", "yuhu.inspector3");
	}

}

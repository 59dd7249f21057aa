package cn.statenforce.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapPropertiesTest {

	@Test
	void shouldRequireAnExplicitPassword() {
		assertThat(admin(null).isComplete()).isFalse();
		assertThat(admin(" ").isComplete()).isFalse();
		assertThat(admin("a-long-secret-1").isComplete()).isTrue();
	}

	@Test
	void shouldConfigureTheSystemAdministratorOnlyWithUsernameAndPassword() {
		assertThat(sysadmin("sysadmin", null).hasSysadmin()).isFalse();
		assertThat(sysadmin("sysadmin", "").hasSysadmin()).isFalse();
		assertThat(sysadmin(" ", "a-long-secret-2").hasSysadmin()).isFalse();
		assertThat(sysadmin("sysadmin", "a-long-secret-2").hasSysadmin()).isTrue();
	}

	private static BootstrapProperties admin(String password) {
		return new BootstrapProperties("430302", "雨湖区统计局", "雨统", "admin", password, null, null);
	}

	private static BootstrapProperties sysadmin(String username, String password) {
		return new BootstrapProperties(null, null, null, null, null, username, password);
	}

}

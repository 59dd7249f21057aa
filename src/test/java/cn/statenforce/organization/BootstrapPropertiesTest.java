package cn.statenforce.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapPropertiesTest {

	@Test
	void shouldRequireAnExplicitPassword() {
		assertThat(new BootstrapProperties("430302", "雨湖区统计局", "雨统", "admin", null).isComplete()).isFalse();
		assertThat(new BootstrapProperties("430302", "雨湖区统计局", "雨统", "admin", " ").isComplete()).isFalse();
		assertThat(new BootstrapProperties("430302", "雨湖区统计局", "雨统", "admin", "a-long-secret-1").isComplete()).isTrue();
	}

}

package cn.statenforce.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "430000", "430300", "430302", "120111", "110101" })
	void shouldAcceptValidCodes(String code) {
		assertThat(RegionCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "990000", "43030", "4303021", "43a302", "430012", "" })
	void shouldRejectInvalidCodes(String code) {
		assertThat(RegionCode.isValid(code)).isFalse();
	}

	@Test
	void shouldKnowLevelsAndContainment() {
		RegionCode province = new RegionCode("430000");
		RegionCode city = new RegionCode("430300");
		RegionCode county = new RegionCode("430302");
		assertThat(province.level()).isEqualTo(RegionCode.Level.PROVINCE);
		assertThat(city.level()).isEqualTo(RegionCode.Level.CITY);
		assertThat(county.level()).isEqualTo(RegionCode.Level.COUNTY);
		assertThat(province.contains(city)).isTrue();
		assertThat(city.contains(county)).isTrue();
		assertThat(city.contains(new RegionCode("430102"))).isFalse();
		assertThat(county.contains(county)).isFalse();
		assertThat(city.contains(city)).isFalse();
	}

}

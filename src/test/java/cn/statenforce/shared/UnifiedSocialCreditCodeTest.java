package cn.statenforce.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = {
			// codes as printed on real business licences (Beijing, Shenzhen, Fuzhou)
			"911100001000080343", "91440300708461136T", "91350100M000100Y43" })
	void shouldAcceptPublishedCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
		assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "911100001000080344", // wrong check character
			"91110000100008034", // 17 characters
			"91110000I00008034X", // I is not in the alphabet
			"91440300708461136t", // lower case
			"" })
	void shouldRejectInvalidCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
		assertThatThrownBy(() -> new UnifiedSocialCreditCode(code)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("统一社会信用代码无效");
	}

	@Test
	void shouldBuildValidCodesFromParts() {
		var code = UnifiedSocialCreditCode.of("91", "430302", "12345678");
		assertThat(UnifiedSocialCreditCode.isValid(code.value())).isTrue();
		assertThat(code.regionCode()).isEqualTo("430302");
		// GB 11714 check character of 12345678 is 8 (3+14+27+40+25+48+28+16 = 201; 11 - 201 % 11 = 8)
		assertThat(code.value().substring(8, 17)).isEqualTo("123456788");
	}

	@Test
	void shouldRejectNull() {
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
	}

}

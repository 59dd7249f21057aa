package cn.statenforce.document;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The numerals and dates documents print: the periods as the laws write them (三日, 十五日, 六十日, 六个月). */
class ChineseTextTest {

	@ParameterizedTest
	@CsvSource({ "3,三", "5,五", "7,七", "10,十", "15,十五", "20,二十", "30,三十", "60,六十", "99,九十九", "100,一百",
			"105,一百零五", "110,一百一十", "180,一百八十" })
	void shouldWriteNumbersAsTheLawsDo(int n, String text) {
		assertThat(ChineseText.number(n)).isEqualTo(text);
	}

	@Test
	void shouldWriteDatesAndAmountsWithoutPadding() {
		assertThat(ChineseText.date(LocalDate.of(2026, 3, 2))).isEqualTo("2026年3月2日");
		assertThat(ChineseText.yuan(new BigDecimal("20000.00"))).isEqualTo("20000");
		assertThat(ChineseText.yuan(new BigDecimal("1500.50"))).isEqualTo("1500.5");
	}

}

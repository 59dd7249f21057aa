package cn.statenforce.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@link Inputs#valid}: the command back when its constraints hold; otherwise one 400 for the first broken field in
 * the order the record declares its fields (not the random order of the violation set), named by its label.
 */
class InputsValidTest {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	/** 反馈单位 (label in field-labels.properties) before 文号; the messages as the rectification feedback has them. */
	record Feedback(@NotBlank(message = "请填写反馈单位") String sourceBody,
			@Size(max = 100, message = "输入过长，不能超过{max}个字") String documentNumber) {
	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void shouldReturnAValidCommand() {
		Feedback f = new Feedback("中共长沙市雨湖区委第二巡察组", "雨巡反〔2026〕3号");
		assertThat(Inputs.valid(FACTORY.getValidator(), f)).isSameAs(f);
	}

	@Test
	void shouldNameTheFirstFieldInTheRecordsOrder() {
		// both fields are wrong: the first declared is reported, every time
		for (int i = 0; i < 20; i++) {
			assertThatThrownBy(() -> Inputs.valid(FACTORY.getValidator(), new Feedback(" ", "文".repeat(101))))
				.isInstanceOfSatisfying(BadRequestException.class, e -> {
					assertThat(e.field()).isEqualTo("sourceBody");
					assertThat(e.getMessage()).isEqualTo("请填写反馈单位");
				});
		}
	}

	@Test
	void shouldPutTheLabelBeforeAMessageThatDoesNotNameTheField() {
		assertThatThrownBy(() -> Inputs.valid(FACTORY.getValidator(), new Feedback("区审计局", "文".repeat(101))))
			.isInstanceOfSatisfying(BadRequestException.class, e -> {
				assertThat(e.field()).isEqualTo("documentNumber");
				assertThat(e.getMessage()).isEqualTo("文号：输入过长，不能超过100个字");
			});
	}

}

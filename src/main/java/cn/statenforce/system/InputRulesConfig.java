package cn.statenforce.system;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import cn.statenforce.shared.BusinessDates;
import cn.statenforce.shared.InputText;

/**
 * The input rules every request body and parameter passes before a controller sees it, so that no hostile value
 * reaches a service as something it would fail on with a 500:
 * <ul>
 * <li>JSON: a key given twice is refused (the parser's strict duplicate detection: which of the two did the sender
 * mean?); a {@code null} item in a list is refused, not handed on as an element; text passes {@link InputText}
 * (control characters refused, line breaks as {@code \n}); a date must lie in {@link BusinessDates}' range;</li>
 * <li>query, path and form parameters: a date must lie in the same range (text is checked by
 * {@link RequestParameterRules}).</li>
 * </ul>
 * Each refusal is a 400 naming the field ({@link ProblemDetailsAdvice}).
 */
@Configuration
class InputRulesConfig implements WebMvcConfigurer {

	/** A JSON value refused by an input rule; the message is the Chinese reason. */
	static final class RejectedValueException extends MismatchedInputException {

		RejectedValueException(JsonParser p, String reason, Class<?> type) {
			super(p, reason, type);
		}

	}

	/** A date parameter outside the business-date range. */
	static final class DateOutOfRangeException extends IllegalArgumentException {

		DateOutOfRangeException() {
			super(BusinessDates.outOfRange());
		}

	}

	@Bean
	Jackson2ObjectMapperBuilderCustomizer inputRules() {
		return b -> b.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.postConfigurer(m -> m.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
	}

	/** Picked up by Spring Boot's Jackson auto-configuration like every {@link com.fasterxml.jackson.databind.Module} bean. */
	@Bean
	SimpleModule inputRulesModule() {
		SimpleModule m = new SimpleModule("statenforce-input-rules");
		m.addDeserializer(String.class, new CheckedString());
		m.addDeserializer(LocalDate.class, new CheckedDate());
		m.setDeserializerModifier(new BeanDeserializerModifier() {

			@Override
			public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
					BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
				return new CheckedEnum(deserializer);
			}

		});
		return m;
	}

	/** An enum's code: Jackson trims spaces around it; a control character in it (a NUL pad) is refused. */
	private static final class CheckedEnum extends DelegatingDeserializer {

		CheckedEnum(JsonDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
			return new CheckedEnum(newDelegatee);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
			if (p.currentToken() == JsonToken.VALUE_STRING) {
				String text = p.getText();
				for (int i = 0; i < text.length(); i++) {
					if (Character.isISOControl(text.charAt(i))) {
						throw new RejectedValueException(p, InputText.CONTROL_CHARACTERS, handledType());
					}
				}
			}
			return super.deserialize(p, ctxt);
		}

	}

	/** Later than Spring's own String→LocalDate converters, so tried first, for {@code @DateTimeFormat} ones too. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new Converter<String, LocalDate>() {

			@Override
			public LocalDate convert(String source) {
				String s = source.strip();
				if (s.isEmpty()) {
					return null;
				}
				LocalDate d = LocalDate.parse(s);
				if (!BusinessDates.inRange(d)) {
					throw new DateOutOfRangeException();
				}
				return d;
			}

		});
	}

	private static final class CheckedString extends StdScalarDeserializer<String> {

		CheckedString() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
			String s = StringDeserializer.instance.deserialize(p, ctxt);
			if (s == null) {
				return null;
			}
			if (!InputText.isAcceptable(s)) {
				throw new RejectedValueException(p, InputText.CONTROL_CHARACTERS, String.class);
			}
			return InputText.normalizeLineBreaks(s);
		}

	}

	private static final class CheckedDate extends StdScalarDeserializer<LocalDate> {

		CheckedDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
			LocalDate d = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
			if (d != null && !BusinessDates.inRange(d)) {
				throw new RejectedValueException(p, BusinessDates.outOfRange() + "（" + d + "）", LocalDate.class);
			}
			return d;
		}

	}

	static boolean isDateOutOfRange(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof DateOutOfRangeException) {
				return true;
			}
			if (c instanceof DateTimeParseException) {
				return false;
			}
		}
		return false;
	}

}

package cn.statenforce.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A code held as text that must name a constant of the given enum (e.g. a violation type stored as its name): an
 * unknown value is a validation error of that field (400 naming it), not an exception deep in the service. Null passes
 * (combine with {@code @NotBlank} where the code is required).
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumName {

	Class<? extends Enum<?>> value();

	String message() default "取值无效：${validatedValue}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the text against the enum's constant names. */
	class Validator implements ConstraintValidator<EnumName, CharSequence> {

		private java.util.Set<String> names;

		@Override
		public void initialize(EnumName annotation) {
			names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || names.contains(value.toString());
		}

	}

}

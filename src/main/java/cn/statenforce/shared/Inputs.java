package cn.statenforce.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks of typed input at the user step, each failing with a 400 that names the field in Chinese; text is trimmed
 * and its length counted in characters as people count them (code points, so a rare 4-byte character is one).
 */
public final class Inputs {

	private Inputs() {
	}

	/** Trimmed non-blank text of at most {@code max} characters. */
	public static String required(String field, String label, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field, "请填写" + label);
		}
		return limited(field, label, value.strip(), max);
	}

	/** Trimmed text or null when blank, of at most {@code max} characters. */
	public static String optional(String field, String label, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return limited(field, label, value.strip(), max);
	}

	public static <T> T present(String field, String label, T value) {
		if (value == null) {
			throw new BadRequestException(field, "请填写" + label);
		}
		return value;
	}

	/** A date that is not later than today. */
	public static LocalDate notFuture(String field, String label, LocalDate value) {
		present(field, label, value);
		if (value.isAfter(AppClock.today())) {
			throw new BadRequestException(field, label + "不能晚于今天");
		}
		return value;
	}

	/** The enum constant of that name, or 400 naming the field. */
	public static <E extends Enum<E>> E oneOf(String field, String label, Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field, "请选择" + label);
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException(field, label + "取值无效");
		}
	}

	/**
	 * The command when its Bean Validation constraints hold, else 400 on the first violation (in the order of the
	 * record's components), the message naming the field by its label ({@link FieldLabels#inMessage}), looked up as
	 * {@code CommandType.field} before {@code field}.
	 */
	public static <T> T valid(Validator validator, T command) {
		var violations = validator.validate(command);
		if (violations.isEmpty()) {
			return command;
		}
		List<String> order = command.getClass().isRecord()
				? Arrays.stream(command.getClass().getRecordComponents()).map(c -> c.getName()).toList() : List.of();
		ConstraintViolation<T> first = violations.stream()
			.min(Comparator.comparingInt((ConstraintViolation<T> v) -> position(order, v.getPropertyPath().toString()))
				.thenComparing(v -> v.getPropertyPath().toString()))
			.orElseThrow();
		String field = first.getPropertyPath().toString();
		// the label by the command's own name first (ProblemText.description = 问题描述), then by the field's name
		String labelled = command.getClass().getSimpleName() + "." + field;
		throw new BadRequestException(field, FieldLabels.inMessage(labelled, first.getMessage()));
	}

	private static int position(List<String> order, String path) {
		String root = path.split("[.\\[]", 2)[0];
		int i = order.indexOf(root);
		return i < 0 ? order.size() : i;
	}

	private static String limited(String field, String label, String value, int max) {
		if (value.codePointCount(0, value.length()) > max) {
			throw new BadRequestException(field, label + "不超过" + max + "字");
		}
		return value;
	}

}

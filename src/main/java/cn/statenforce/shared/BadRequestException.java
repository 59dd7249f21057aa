package cn.statenforce.shared;

/**
 * Input that passed bean validation but breaks a business rule checkable without state (HTTP 400). The message is
 * the Chinese sentence the user reads and names the field in the user's words; {@link #field()} is the request's name
 * for it, whose label ({@link FieldLabels}) the problem details add to {@code errors}.
 */
public class BadRequestException extends RuntimeException {

	private final String field;

	public BadRequestException(String detail) {
		this(null, detail);
	}

	public BadRequestException(String field, String detail) {
		super(detail);
		this.field = field;
	}

	public String field() {
		return field;
	}

}

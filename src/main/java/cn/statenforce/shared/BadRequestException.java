package cn.statenforce.shared;

/** Input that passed bean validation but breaks a business rule checkable without state (HTTP 400). */
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

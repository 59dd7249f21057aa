package cn.statenforce.shared;

/** The request is well formed but the record's current state does not allow it (HTTP 409). */
public class ConflictException extends RuntimeException {

	public ConflictException(String detail) {
		super(detail);
	}

}

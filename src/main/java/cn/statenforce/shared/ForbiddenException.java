package cn.statenforce.shared;

/** The caller sees the record but its role or bureau does not allow the change (HTTP 403). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String detail) {
		super(detail);
	}

}

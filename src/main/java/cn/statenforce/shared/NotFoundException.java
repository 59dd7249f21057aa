package cn.statenforce.shared;

/** The record does not exist or the caller may not see it (both answer 404, so existence is not leaked). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String detail) {
		super(detail);
	}

}

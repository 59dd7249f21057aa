package cn.statenforce.inspection;

/** A draw that cannot be made from this snapshot and these parameters (reason in Chinese, for the user). */
public class DrawException extends RuntimeException {

	public DrawException(String message) {
		super(message);
	}

}

package cn.statenforce.complaint;

/** The public page refuses a report because too many came from the address, or altogether, in the last hour (429). */
public class RateLimitedException extends RuntimeException {

	public RateLimitedException(String message) {
		super(message);
	}

}

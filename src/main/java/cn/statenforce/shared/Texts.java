package cn.statenforce.shared;

/**
 * The one home of the small text rules every form shares: a blank field is absent, a filled one loses its
 * surrounding white space (including the full-width space U+3000 an IME types).
 */
public final class Texts {

	private Texts() {
	}

	/** {@code null} for null, empty or white space only; otherwise the text stripped. */
	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Whether the text has anything but white space. */
	public static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

}

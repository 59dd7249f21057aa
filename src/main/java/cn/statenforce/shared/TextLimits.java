package cn.statenforce.shared;

/**
 * Widths of the shared text columns, in one place: the {@code VARCHAR} sizes of the platform tables
 * ({@code sql/schema/V1_3__platform_services.sql}, checked by {@code TextLimitsTest}) and the input limits that must
 * fit them. A step's own record keeps its text whole; the timeline entry and the message about it are copies for
 * display, which {@link #clip} shortens to their column — so a text accepted at its maximum and copied with a prefix
 * ("移送 XX：" + opinion) never fails the step.
 */
public final class TextLimits {

	/** {@code activity_log.opinion}; also the longest opinion a step accepts. */
	public static final int OPINION = 2000;

	/** {@code activity_log.detail}. */
	public static final int DETAIL = 4000;

	/** {@code notification.title}. */
	public static final int TITLE = 200;

	/** {@code notification.body}. */
	public static final int BODY = 1000;

	/** {@code notification.link}. */
	public static final int LINK = 300;

	private static final String ELLIPSIS = "…";

	private TextLimits() {
	}

	/**
	 * The text if it has at most {@code max} characters (code points, as MySQL counts {@code VARCHAR}), else its
	 * first {@code max - 1} characters and "…"; null stays null.
	 */
	public static String clip(String text, int max) {
		if (text == null || text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
	}

}

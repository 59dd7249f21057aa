package cn.statenforce.shared;

/**
 * What typed text may contain, checked where text enters (JSON strings, form and query parameters, multipart file
 * names): line breaks are kept as {@code \n} (a browser's {@code \r\n} and a lone {@code \r} become {@code \n}), a tab
 * is kept, and any other control character (C0, DEL, C1) or a broken UTF-16 pair is refused with a 400 naming the
 * field. Stored text therefore never holds a carriage return or a NUL that a later export, snapshot or log line would
 * have to survive.
 */
public final class InputText {

	/** Why a text is refused; {@link BadRequestException}s name the field before it. */
	public static final String CONTROL_CHARACTERS = "含有不可见的控制字符，请删除后重新填写";

	private InputText() {
	}

	/** The text with line breaks normalised, or 400 naming {@code field} when it holds a control character. */
	public static String clean(String field, String value) {
		if (value == null) {
			return null;
		}
		if (!isAcceptable(value)) {
			throw new BadRequestException(field, FieldLabels.label(field) + CONTROL_CHARACTERS);
		}
		return normalizeLineBreaks(value);
	}

	/** Whether the text holds nothing but printable characters, tabs and line breaks. */
	public static boolean isAcceptable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** {@code \r\n} and a lone {@code \r} as {@code \n}; the same instance when there is none. */
	public static String normalizeLineBreaks(String value) {
		return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
	}

}

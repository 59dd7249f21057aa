package cn.statenforce.shared;

import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters = registration authority (1), organisation type (1),
 * administrative division code (6), organisation code (9, GB 11714) and a check character. The check
 * character is a weighted sum modulo 31 over the alphabet {@code 0-9A-Z} without I, O, S, V and Z.
 */
public record UnifiedSocialCreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	public UnifiedSocialCreditCode {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException("统一社会信用代码无效: " + value);
		}
	}

	/** True when the text is 18 characters from the code alphabet and its check character matches. */
	public static boolean isValid(String text) {
		if (text == null || text.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(text.charAt(i)) < 0) {
				return false;
			}
		}
		return text.charAt(17) == checkCharacter(text.substring(0, 17));
	}

	/** The check character for the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * Builds a valid code from its parts; the organisation code's own check character (GB 11714) is
	 * computed from its first 8 characters. Used by the demo data and tests.
	 */
	public static UnifiedSocialCreditCode of(String authorityAndType, String regionCode, String orgCode8) {
		String orgCode = orgCode8 + organisationCheckCharacter(orgCode8);
		String first17 = authorityAndType + regionCode + orgCode;
		return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
	}

	static char organisationCheckCharacter(String orgCode8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = orgCode8.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * ORG_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/** The 6-digit administrative division code embedded in the credit code. */
	public String regionCode() {
		return value.substring(2, 8);
	}

	@Override
	public String toString() {
		return value;
	}

}

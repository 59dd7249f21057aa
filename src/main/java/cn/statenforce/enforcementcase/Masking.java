package cn.statenforce.enforcementcase;

/**
 * Masks personal data for publication (公示): a natural person's name keeps its first character, an individual's
 * credit code keeps its first and last four characters. Organisations' names and codes are public by law.
 */
final class Masking {

	private Masking() {
	}

	static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		int rest = name.codePointCount(first, name.length());
		return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
	}

	static String creditCode(String code, String partyType) {
		if (code == null) {
			return "";
		}
		if ("ORGANIZATION".equals(partyType) || code.length() < 9) {
			return code;
		}
		return code.substring(0, 4) + "*".repeat(code.length() - 8) + code.substring(code.length() - 4);
	}

}

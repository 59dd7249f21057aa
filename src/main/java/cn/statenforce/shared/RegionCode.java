package cn.statenforce.shared;

import java.util.Set;

/**
 * 行政区划代码 (GB/T 2260): six digits; the first two name a province-level division, the next two a
 * prefecture (00 for the province itself), the last two a county (00 for the prefecture itself).
 */
public record RegionCode(String value) {

	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	public RegionCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("行政区划代码无效: " + value);
		}
	}

	public static boolean isValid(String text) {
		return text != null && text.matches("\\d{6}") && PROVINCES.contains(text.substring(0, 2))
				&& !(text.substring(2, 4).equals("00") && !text.substring(4).equals("00"));
	}

	public Level level() {
		if (value.endsWith("0000")) {
			return Level.PROVINCE;
		}
		return value.endsWith("00") ? Level.CITY : Level.COUNTY;
	}

	/** True when {@code other} lies inside this division (a county in its city, a city in its province). */
	public boolean contains(RegionCode other) {
		return switch (level()) {
			case PROVINCE -> other.value.startsWith(value.substring(0, 2)) && !other.equals(this);
			case CITY -> other.value.startsWith(value.substring(0, 4)) && !other.equals(this);
			case COUNTY -> false;
		};
	}

	/** The administrative level of a statistics bureau. */
	public enum Level {

		PROVINCE("省级"), CITY("市级"), COUNTY("县级");

		private final String label;

		Level(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}

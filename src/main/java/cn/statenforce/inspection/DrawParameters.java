package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything besides the directory snapshot that determines a draw; stored and published with it.
 *
 * @param seed the PRNG seed ({@link java.util.SplittableRandom})
 * @param sampleSize units to draw, or null when {@code sampleRatio} (percent of the eligible units) is used
 * @param riskWeight selection weight of a unit with a risk tag relative to 1 for the others (1 = no weighting)
 * @param stageOneCount bureaus to draw in the first stage of a multi-stage draw (upper bureau); null = single stage
 * @param plannedDate the planned inspection date: the first day of the plan window
 * @param windowEnd the last day of the plan window (the inspections' due date); an inspector is assigned only
 *        with a certificate valid on every day from {@code plannedDate} to here. Null for draws stored before the
 *        window was published: their certificates were checked on the planned date alone
 * @param targeted a 重点检查 whose units are named by the plan: every eligible unit is taken, only the inspectors
 *        are drawn
 */
public record DrawParameters(long seed, Integer sampleSize, BigDecimal sampleRatio, int riskWeight,
		Integer stageOneCount, LocalDate plannedDate, LocalDate windowEnd, boolean targeted) {

	public static final String ALGORITHM = "SplittableRandom/Efraimidis-Spirakis/least-loaded-pairs v1";

	private static final java.util.regex.Pattern WINDOW_END = java.util.regex.Pattern.compile(";windowEnd=(\\d{4}-\\d{2}-\\d{2})");

	public DrawParameters {
		if ((sampleSize == null) == (sampleRatio == null)) {
			throw new IllegalArgumentException("exactly one of sampleSize and sampleRatio");
		}
		if (riskWeight < 1) {
			throw new IllegalArgumentException("riskWeight >= 1");
		}
		if (windowEnd != null && windowEnd.isBefore(plannedDate)) {
			throw new IllegalArgumentException("windowEnd >= plannedDate");
		}
	}

	/** A random draw whose certificates are checked on the planned date only. */
	public DrawParameters(long seed, Integer sampleSize, BigDecimal sampleRatio, int riskWeight, Integer stageOneCount,
			LocalDate plannedDate) {
		this(seed, sampleSize, sampleRatio, riskWeight, stageOneCount, plannedDate, null, false);
	}

	/** The last day on which an assigned inspector's certificate must be valid. */
	public LocalDate certificatesValidThrough() {
		return windowEnd == null ? plannedDate : windowEnd;
	}

	/** The window end published in a stored canonical text, or null if that draw published none. */
	static LocalDate windowEndOf(String canonical) {
		java.util.regex.Matcher m = WINDOW_END.matcher(canonical == null ? "" : canonical);
		return m.find() ? LocalDate.parse(m.group(1)) : null;
	}

	/**
	 * The parameters from their published canonical text ({@link #canonical}), for a re-run from what the public
	 * page shows; {@link IllegalArgumentException} when the text is not such a text.
	 */
	public static DrawParameters parse(String canonical) {
		Map<String, String> kv = new java.util.HashMap<>();
		for (String part : (canonical == null ? "" : canonical).split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				kv.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		if (!ALGORITHM.equals(kv.get("algorithm")) || kv.get("seed") == null || kv.get("plannedDate") == null) {
			throw new IllegalArgumentException("not the parameters of a draw of " + ALGORITHM);
		}
		try {
			return new DrawParameters(Long.parseLong(kv.get("seed")), blank(kv.get("sampleSize")) ? null
					: Integer.valueOf(kv.get("sampleSize")), blank(kv.get("sampleRatio")) ? null
							: new BigDecimal(kv.get("sampleRatio")), Integer.parseInt(kv.getOrDefault("riskWeight", "1")),
					blank(kv.get("stageOneCount")) ? null : Integer.valueOf(kv.get("stageOneCount")),
					LocalDate.parse(kv.get("plannedDate")), blank(kv.get("windowEnd")) ? null
							: LocalDate.parse(kv.get("windowEnd")), "true".equals(kv.get("targeted")));
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("malformed draw parameters: " + e.getMessage(), e);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isEmpty();
	}

	/** The canonical text stored beside the seed and published, e.g. for a citizen to re-run the draw. */
	public String canonical() {
		return "algorithm=" + ALGORITHM + ";seed=" + seed + ";sampleSize=" + (sampleSize == null ? "" : sampleSize)
				+ ";sampleRatio=" + (sampleRatio == null ? "" : sampleRatio.stripTrailingZeros().toPlainString())
				+ ";riskWeight=" + riskWeight + ";stageOneCount=" + (stageOneCount == null ? "" : stageOneCount)
				+ ";plannedDate=" + plannedDate + (windowEnd == null ? "" : ";windowEnd=" + windowEnd)
				+ (targeted ? ";targeted=true" : "");
	}

}

package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

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

	/** The canonical text stored beside the seed and published, e.g. for a citizen to re-run the draw. */
	public String canonical() {
		return "algorithm=" + ALGORITHM + ";seed=" + seed + ";sampleSize=" + (sampleSize == null ? "" : sampleSize)
				+ ";sampleRatio=" + (sampleRatio == null ? "" : sampleRatio.stripTrailingZeros().toPlainString())
				+ ";riskWeight=" + riskWeight + ";stageOneCount=" + (stageOneCount == null ? "" : stageOneCount)
				+ ";plannedDate=" + plannedDate + (windowEnd == null ? "" : ";windowEnd=" + windowEnd)
				+ (targeted ? ";targeted=true" : "");
	}

}

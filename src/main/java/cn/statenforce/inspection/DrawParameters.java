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
 * @param plannedDate the inspection date on which certificates must be valid
 */
public record DrawParameters(long seed, Integer sampleSize, BigDecimal sampleRatio, int riskWeight,
		Integer stageOneCount, LocalDate plannedDate) {

	public static final String ALGORITHM = "SplittableRandom/Efraimidis-Spirakis/least-loaded-pairs v1";

	public DrawParameters {
		if ((sampleSize == null) == (sampleRatio == null)) {
			throw new IllegalArgumentException("exactly one of sampleSize and sampleRatio");
		}
		if (riskWeight < 1) {
			throw new IllegalArgumentException("riskWeight >= 1");
		}
	}

	/** The canonical text stored beside the seed and published, e.g. for a citizen to re-run the draw. */
	public String canonical() {
		return "algorithm=" + ALGORITHM + ";seed=" + seed + ";sampleSize=" + (sampleSize == null ? "" : sampleSize)
				+ ";sampleRatio=" + (sampleRatio == null ? "" : sampleRatio.stripTrailingZeros().toPlainString())
				+ ";riskWeight=" + riskWeight + ";stageOneCount=" + (stageOneCount == null ? "" : stageOneCount)
				+ ";plannedDate=" + plannedDate;
	}

}

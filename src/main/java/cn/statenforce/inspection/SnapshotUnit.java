package cn.statenforce.inspection;

/**
 * One unit of the directory as the draw saw it.
 *
 * @param groupCode the region code of the bureau whose directory holds the unit: the first-stage sampling
 * unit of a multi-stage draw
 * @param riskTags normalised risk tags (COMPLAINT, PRIOR_VIOLATION, DATA_ANOMALY), comma separated, or empty
 * @param exclusion why the unit may not be drawn ({@link DrawExclusion} name), or null when eligible
 */
public record SnapshotUnit(String creditCode, long enterpriseId, String groupCode, String riskTags, String exclusion) {

	public SnapshotUnit {
		riskTags = riskTags == null ? "" : riskTags;
	}

	public boolean hasRisk() {
		return riskTags != null && !riskTags.isEmpty();
	}

}

package cn.statenforce.inspection;

/** A drawn unit as stored and shown: the unit's name comes from the directory. */
public record DrawUnitView(Long id, Long drawId, int seqNo, Long enterpriseId, String creditCode, String groupCode,
		String inspector1, String inspector2, String enterpriseName) {
}

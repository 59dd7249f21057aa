package cn.statenforce.inspection;

/** A drawn unit with its two inspectors; {@code position} is its 1-based place in the list. */
public record DrawnUnit(int position, String creditCode, long enterpriseId, String groupCode, String inspector1,
		String inspector2) {
}

package cn.statenforce.inspection;

import java.util.Set;

/**
 * The units against which an enforcement case is open (在办案件): the draw excludes them. The ids are an
 * input of the draw and are frozen into its snapshot.
 */
public interface OpenCases {

	/** Directory ids (enterprise.id) of units with a running enforcement case. */
	Set<Long> enterpriseIds();

}

package cn.statenforce.workbench;

import java.util.Optional;

import cn.statenforce.organization.CurrentUser;

/**
 * A figure a capability adds to the workbench (工作台) for the users it concerns, e.g. the failed background steps
 * of the bureau for its ADMIN. Empty for users it does not concern.
 */
public interface WorkbenchCounter {

	Optional<Counter> count(CurrentUser user);

	/** @param id the element id on the page; {@code href} where the figure leads */
	record Counter(String id, String label, long value, String href) {
	}

}

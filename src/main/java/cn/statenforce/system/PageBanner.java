package cn.statenforce.system;

import java.util.Optional;

import cn.statenforce.organization.CurrentUser;

/**
 * A notice a capability shows on top of every page for the users it concerns (e.g. the calendar asking the ADMIN
 * for next year's holiday arrangement). Empty for everyone else.
 */
public interface PageBanner {

	Optional<Banner> bannerFor(CurrentUser user);

	/** @param id the element id on the page; {@code href}/{@code linkText} where to act on it */
	record Banner(String id, String text, String href, String linkText) {
	}

}

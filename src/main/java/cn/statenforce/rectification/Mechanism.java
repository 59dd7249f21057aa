package cn.statenforce.rectification;

import java.time.LocalDate;

/**
 * A long-term mechanism (长效机制: a new or revised rule) recorded when a long-term measure is signed off;
 * it stays under periodic review (next review a configurable number of months after the last).
 */
public record Mechanism(Long id, Long planId, Long measureId, String title, String content, LocalDate establishedOn,
		LocalDate nextReviewOn, LocalDate lastReviewedOn, int reviewCount, LocalDate retiredOn,
		int rowVersion) {

	public boolean isActive() {
		return retiredOn == null;
	}

	public boolean isReviewDueOn(LocalDate today) {
		return isActive() && !today.isBefore(nextReviewOn);
	}

}

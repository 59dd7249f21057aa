package cn.statenforce.inspection;

import java.time.LocalDateTime;

/**
 * One draw of a plan, kept for ever. Seed, canonical parameters and the SHA-256 of the directory snapshot
 * are published; {@code status} is CURRENT for the draw in force and SUPERSEDED after a leader-approved
 * redraw ({@code redrawReason}, {@code approvedBy} are set on the new draw).
 */
public record Draw(Long id, Long planId, int drawNo, long seed, String parameters, String snapshotHash,
		int population, int eligible, String excluded, String drawnGroups, int unitCount, String status,
		String redrawReason, String approvedBy, String drawnBy, LocalDateTime drawnAt, LocalDateTime verifiedAt,
		Boolean verifiedOk) {

	public static final String CURRENT = "CURRENT";

	public static final String SUPERSEDED = "SUPERSEDED";

	public boolean current() {
		return CURRENT.equals(status);
	}

}

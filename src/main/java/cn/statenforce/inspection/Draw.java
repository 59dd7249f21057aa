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

	/** The exclusions as a bureau reads them, e.g. "在办案件 2 家，正在检查 1 家". */
	public String excludedSummary() {
		if (excluded == null || excluded.isBlank()) {
			return "";
		}
		return java.util.Arrays.stream(excluded.split(","))
			.map(e -> e.split("=", 2))
			.map(kv -> (kv.length == 2 ? label(kv[0]) + " " + kv[1] + " 家" : kv[0]))
			.collect(java.util.stream.Collectors.joining("，"));
	}

	private static String label(String exclusion) {
		try {
			return DrawExclusion.valueOf(exclusion).label();
		}
		catch (IllegalArgumentException e) {
			return "其他";
		}
	}

}

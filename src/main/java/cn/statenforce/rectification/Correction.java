package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The enterprise part of a one-item correction: where the order to correct came from (case or inspection),
 * the enterprise, the inspectors named to re-check (复查) and the re-check result: its date, the inspectors who
 * did it ({@code recheckTeam}) and the one who recorded it ({@code recheckedBy}).
 */
public record Correction(Long planId, String originType, Long originId, String originBusinessKey, Long enterpriseId,
		String inspectors, LocalDate recheckDue, Boolean corrected, String opinion, String recheckedBy,
		LocalDateTime recheckedAt, LocalDate recheckedOn, String recheckTeam, int rowVersion) {

	public List<String> inspectorList() {
		return split(inspectors);
	}

	public List<String> recheckTeamList() {
		return split(recheckTeam);
	}

	public boolean isRechecked() {
		return corrected != null;
	}

	public String resultLabel() {
		return corrected == null ? "待复查" : corrected ? "已改正" : "未改正";
	}

	private static List<String> split(String names) {
		return names == null ? List.of()
				: Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}

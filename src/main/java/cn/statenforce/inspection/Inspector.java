package cn.statenforce.inspection;

import java.time.LocalDate;

/** An entry of the 执法检查人员名录库: an INSPECTOR with their current certificate and specialties. */
public record Inspector(String username, String displayName, Long bureauId, String certNumber,
		LocalDate certValidFrom, LocalDate certValidTo, String specialties, boolean enabled) {

	public boolean certificateValidOn(LocalDate date) {
		return certNumber != null && certValidFrom != null && !date.isBefore(certValidFrom)
				&& !date.isAfter(certValidTo);
	}

}

package cn.statenforce.organization;

import java.time.LocalDate;

/** 统计执法证: an inspector's enforcement certificate. No enforcement step without a valid one. */
public record Certificate(Long id, Long userId, String certNumber, LocalDate validFrom, LocalDate validTo,
		String issuedBy, String specialties) {

	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(validFrom) && !date.isAfter(validTo);
	}

}

package cn.statenforce.inspection;

import java.time.LocalDate;

/** An inspector of the drawing bureau with the validity of their 统计执法证 at the time of the draw. */
public record SnapshotInspector(String username, String certNumber, LocalDate validFrom, LocalDate validTo) {

	/** SL2024 Art 38(2): only holders of a certificate valid on the inspection date may inspect. */
	public boolean validOn(LocalDate date) {
		return validThrough(date, date);
	}

	/** Valid on every day from {@code from} to {@code to} (the whole plan window). */
	public boolean validThrough(LocalDate from, LocalDate to) {
		return certNumber != null && validFrom != null && validTo != null && !from.isBefore(validFrom)
				&& !to.isAfter(validTo);
	}

}

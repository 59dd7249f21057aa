package cn.statenforce.inspection;

import java.time.LocalDate;

/** An inspector of the drawing bureau with the validity of their 统计执法证 at the time of the draw. */
public record SnapshotInspector(String username, String certNumber, LocalDate validFrom, LocalDate validTo) {

	/** SL2024 Art 38(2): only holders of a certificate valid on the inspection date may inspect. */
	public boolean validOn(LocalDate date) {
		return certNumber != null && validFrom != null && validTo != null && !date.isBefore(validFrom)
				&& !date.isAfter(validTo);
	}

}

package cn.statenforce.inspection;

import java.time.LocalDateTime;

/** An entry of the 检查事项清单; {@code bureauId} null = default item of the national list. */
public record InspectionItem(Long id, Long bureauId, String title, String basis, boolean active, int sortOrder,
		String updatedBy, LocalDateTime updatedAt, int rowVersion) {

	public boolean isDefault() {
		return bureauId == null;
	}

}

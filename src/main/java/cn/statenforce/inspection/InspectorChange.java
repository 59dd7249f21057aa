package cn.statenforce.inspection;

import java.time.LocalDateTime;

/** A recorded replacement of one of an inspection's two inspectors (更换执法人员), with the leader who decided it. */
public record InspectorChange(Long id, Long inspectionId, String replaced, String replacement, String reason,
		String changedBy, LocalDateTime changedAt) {
}

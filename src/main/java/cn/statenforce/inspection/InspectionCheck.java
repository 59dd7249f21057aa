package cn.statenforce.inspection;

import java.time.LocalDateTime;

/** 现场检查记录 for one check item: conforming or not, what was found and the evidence taken. */
public record InspectionCheck(Long id, Long inspectionId, Long itemId, String itemTitle, boolean conforming,
		String finding, String evidence, String recordedBy, LocalDateTime recordedAt) {
}

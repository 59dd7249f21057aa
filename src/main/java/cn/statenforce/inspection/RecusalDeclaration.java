package cn.statenforce.inspection;

import java.time.LocalDateTime;

/** 回避声明: the inspector must not inspect the unit (conflict of interest). */
public record RecusalDeclaration(Long id, Long bureauId, String username, Long enterpriseId, String reason,
		String declaredBy, LocalDateTime declaredAt, String enterpriseName, String creditCode) {
}

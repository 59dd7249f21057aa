package cn.statenforce.inspection;

import java.time.LocalDateTime;

/** One directory import (名录导入) with its progress and outcome. */
public record DirectoryImport(Long id, Long bureauId, String fileName, String fileFormat, String status,
		long processedRows, long insertedRows, long updatedRows, long rejectedRows, String failure, String startedBy,
		LocalDateTime startedAt, LocalDateTime finishedAt) {

	public static final String RUNNING = "RUNNING";

	public static final String DONE = "DONE";

	public static final String FAILED = "FAILED";

	public String statusLabel() {
		return switch (status) {
			case RUNNING -> "导入中";
			case DONE -> "已完成";
			default -> "失败（未写入任何数据）";
		};
	}

}

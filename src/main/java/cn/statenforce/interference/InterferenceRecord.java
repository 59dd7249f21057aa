package cn.statenforce.interference;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One record of a leader's interference (领导干部干预统计工作记录), made by the staff member it happened to under
 * their real name. A record made after the day it happened (plus the configured grace) is a late entry (补记): it
 * states when the obstacle to recording ended and why, and is accepted only within the late-entry period after that.
 */
public record InterferenceRecord(Long id, Long bureauId, String recordNumber, LocalDate occurredOn, String leaderName,
		String leaderPost, String leaderUnit, String interferenceType, String method, String content, boolean refused,
		String reportedTo, boolean lateEntry, LocalDate obstacleEndedOn, String lateReason, String recorder,
		String recorderName, LocalDateTime recordedAt, String followUp, String followUpBy, LocalDateTime followUpAt,
		int rowVersion) {

	public String typeLabel() {
		return InterferenceType.valueOf(interferenceType).label();
	}

	public String methodLabel() {
		return InterferenceMethod.valueOf(method).label();
	}

}

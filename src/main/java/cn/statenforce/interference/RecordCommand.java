package cn.statenforce.interference;

import java.time.LocalDate;

/**
 * What the staff member records. {@code obstacleEndedOn} and {@code lateReason} are needed only for a late entry
 * (补记), a record made after the day of the interference.
 */
public record RecordCommand(LocalDate occurredOn, String leaderName, String leaderPost, String leaderUnit,
		String interferenceType, String method, String content, boolean refused, String reportedTo,
		LocalDate obstacleEndedOn, String lateReason) {
}

package cn.statenforce.training;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One training or publicity activity. */
public record TrainingActivity(Long id, Long bureauId, String activityType, String category, LocalDate heldOn,
		String topic, String organiser, int participants, String place, String summary, String registeredBy,
		String registeredByName, LocalDateTime registeredAt, LocalDateTime updatedAt, int rowVersion) {

	public String typeLabel() {
		return ActivityType.valueOf(activityType).label();
	}

	public String categoryLabel() {
		return ActivityCategory.valueOf(category).label();
	}

	public String participantsLabel() {
		return ActivityType.valueOf(activityType).participantsLabel();
	}

}

package cn.statenforce.training;

import java.time.LocalDate;

/** What is typed for an activity; {@code category} implies its type. */
public record ActivityCommand(String category, LocalDate heldOn, String topic, String organiser, Integer participants,
		String place, String summary) {
}

package cn.statenforce.inspection;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;

/** An inspection in fieldwork is due again on the new calendar: its due date, its tasks and both timers move. */
@StatEnforceTest
class InspectionCalendarRecomputeTest {

	private static final LocalDate NEW_HOLIDAY = LocalDate.of(2026, 11, 5);

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionService inspections;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void tearDown() throws Exception {
		ClockUtil.reset();
		mvc.perform(post("/admin/calendar/delete").param("date", NEW_HOLIDAY.toString()).with(page(users, "city.admin")).with(csrf()));
	}

	private static Date at(LocalDate d, LocalTime t) {
		return Date.from(LocalDateTime.of(d, t).atZone(AppClock.ZONE).toInstant());
	}

	private Date timer(ProcessInstance pi, String activityId) {
		return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult().getDuedate();
	}

	/**
	 * Planned for Monday 2 November 2026: due 15 working days later, Monday 23 November (3–6, 9–13, 16–20, 23
	 * November), reminded 3 working days before (Wednesday 18th), overdue from Tuesday 24th. With Thursday 5 November a
	 * holiday everything moves a working day: due Tuesday 24th, reminder Thursday 19th, overdue from Wednesday 25th.
	 */
	@Test
	void shouldMoveTheDueDateTasksAndTimersOfAnInspectionInFieldwork() throws Exception {
		ClockUtil.setCurrentTime(at(LocalDate.of(2026, 11, 2), LocalTime.of(10, 0)));
		Inspection i = fixture.startedInspections(1, 301).get(0);
		ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
		assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(timer(pi, "Event_InspectionReminder")).isEqualTo(at(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0)));
		assertThat(timer(pi, "Event_InspectionOverdue")).isEqualTo(at(LocalDate.of(2026, 11, 24), LocalTime.MIDNIGHT));

		mvc.perform(post("/admin/calendar").param("date", NEW_HOLIDAY.toString()).param("dayType", "HOLIDAY")
			.param("holidayName", "调整放假").with(page(users, "city.admin")).with(csrf()));

		assertThat(inspections.getUnchecked(i.id()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
			.isEqualTo(at(LocalDate.of(2026, 11, 24), LocalTime.of(18, 0)));
		assertThat(timer(pi, "Event_InspectionReminder")).isEqualTo(at(LocalDate.of(2026, 11, 19), LocalTime.of(9, 0)));
		assertThat(timer(pi, "Event_InspectionOverdue")).isEqualTo(at(LocalDate.of(2026, 11, 25), LocalTime.MIDNIGHT));
	}

}

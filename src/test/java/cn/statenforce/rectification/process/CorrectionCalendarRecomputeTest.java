package cn.statenforce.rectification.process;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.handover.CorrectionOrder;

/** A correction waiting for its re-check is due again on the new calendar: the task's due date and the reminder timer move. */
@StatEnforceTest
class CorrectionCalendarRecomputeTest {

	private static final LocalDate NEW_HOLIDAY = LocalDate.of(2026, 11, 11);

	@Autowired
	CorrectionService corrections;

	@Autowired
	RectificationService plans;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserService users;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@AfterEach
	void tearDown() throws Exception {
		ClockUtil.reset();
		mvc.perform(post("/admin/calendar/delete").param("date", NEW_HOLIDAY.toString()).with(page(accounts, "city.admin")).with(csrf()));
	}

	private static Date endOf(LocalDate d) {
		return Date.from(d.atTime(23, 59, 59).atZone(AppClock.ZONE).toInstant());
	}

	/**
	 * Deadline Friday 6 November 2026: re-check due 5 working days later, Friday 13 November (9–13 November). With
	 * Wednesday 11 November a holiday it is due Monday 16 November — the correction, the re-check task and its timer.
	 */
	@Test
	void shouldMoveTheRecheckDueDateTaskAndTimer() throws Exception {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 2).atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
		var leader = new RectificationFixture(users, plans, management).user(RectificationFixture.LEADER);
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		var ref = corrections.openCorrection(new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 98L, "430302-XX-2026-098",
				enterpriseId, "未按规定设置统计台账", "建立统计台账", LocalDate.of(2026, 11, 6), List.of("yuhu.inspector1", "yuhu.inspector2")));
		String pi = plans.planUnchecked(ref.id()).processInstanceId();
		assertThat(corrections.correctionUnchecked(ref.id()).recheckDue()).isEqualTo(LocalDate.of(2026, 11, 13));
		assertThat(management.createJobQuery().processInstanceId(pi).timers().singleResult().getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 13)));

		mvc.perform(post("/admin/calendar").param("date", NEW_HOLIDAY.toString()).param("dayType", "HOLIDAY")
			.param("holidayName", "调整放假").with(page(accounts, "city.admin")).with(csrf()));

		assertThat(corrections.correctionUnchecked(ref.id()).recheckDue()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 11, 16)));
		assertThat(management.createJobQuery().processInstanceId(pi).timers().singleResult().getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 16)));
	}

}

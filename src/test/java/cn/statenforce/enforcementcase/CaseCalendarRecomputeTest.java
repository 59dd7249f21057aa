package cn.statenforce.enforcementcase;

import static cn.statenforce.WebTestSupport.page;
import static cn.statenforce.enforcementcase.CaseFixture.yes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.shared.AppClock;

/**
 * When the calendar changes, a case's running statutory windows and the due dates of its tasks move with it; and a
 * window reaching into a year whose arrangement is not confirmed is shown as provisional (暂定) on the case page and
 * in the task list.
 */
@StatEnforceTest
class CaseCalendarRecomputeTest {

	/** A Thursday in 2026 without any holiday around it: the ADMIN makes it a holiday for this test, then removes it. */
	private static final LocalDate NEW_HOLIDAY = LocalDate.of(2026, 11, 5);

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TaskService tasks;

	@Autowired
	ActivityLog activity;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() throws Exception {
		ClockUtil.reset();
		// idempotent: the test removes the day itself; this only runs when it failed before
		mvc.perform(post("/admin/calendar/delete").param("date", NEW_HOLIDAY.toString()).with(page(users, "city.admin")).with(csrf()));
	}

	private static void clockAt(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
	}

	/** Decided on {@code day}, waiting for service (Task_ServeDecision). */
	private EnforcementCase decidedOn(LocalDate day) {
		clockAt(day);
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "如实提供统计资料，配合统计检查");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes());
		execute(job("Task_IssueDecision", pi));
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ServeDecision");
		return f.reload(c);
	}

	private Date serveTaskDue(EnforcementCase c) {
		return tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey("Task_ServeDecision")
			.singleResult().getDueDate();
	}

	private static Date endOfDay(LocalDate d) {
		return Date.from(d.atTime(17, 30).atZone(AppClock.ZONE).toInstant());
	}

	/**
	 * Decided Monday 2 November 2026: served within 7 working days, i.e. by Wednesday 11 November (3–6, 9–11 November;
	 * no holiday in that stretch of the 2026 calendar). Once Thursday 5 November becomes a holiday the window ends a
	 * working day later, Thursday 12 November — on the case and on the service task — and back when it is removed.
	 */
	@Test
	void shouldMoveTheServiceDeadlineAndItsTaskWhenADayInTheWindowBecomesAHoliday() throws Exception {
		EnforcementCase c = decidedOn(LocalDate.of(2026, 11, 2));
		assertThat(c.getServiceDue()).isEqualTo(LocalDate.of(2026, 11, 11));
		assertThat(serveTaskDue(c)).isEqualTo(endOfDay(LocalDate.of(2026, 11, 11)));

		mvc.perform(post("/admin/calendar").param("date", NEW_HOLIDAY.toString()).param("dayType", "HOLIDAY")
			.param("holidayName", "调整放假").with(page(users, "city.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("期限已按新日历重新计算")));

		assertThat(f.reload(c).getServiceDue()).isEqualTo(LocalDate.of(2026, 11, 12));
		assertThat(serveTaskDue(c)).isEqualTo(endOfDay(LocalDate.of(2026, 11, 12)));
		assertThat(activity.timeline("ENFORCEMENT_CASE", c.getId()))
			.anySatisfy(e -> assertThat(e.detail()).contains("送达期限 2026-11-11 → 2026-11-12"));

		mvc.perform(post("/admin/calendar/delete").param("date", NEW_HOLIDAY.toString()).with(page(users, "city.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(f.reload(c).getServiceDue()).isEqualTo(LocalDate.of(2026, 11, 11));
		assertThat(serveTaskDue(c)).isEqualTo(endOfDay(LocalDate.of(2026, 11, 11)));
	}

	/**
	 * Decided Monday 28 December 2026: 7 working days are 29–31 December, then — 2027 not being entered — 元旦 (Friday 1
	 * January, a holiday by law in any year) is skipped: 4–7 January, so Thursday 7 January 2027, shown as 暂定.
	 */
	@Test
	void shouldMarkAWindowIntoAnUnconfirmedYearAsProvisional() throws Exception {
		EnforcementCase c = decidedOn(LocalDate.of(2026, 12, 28));
		assertThat(c.getServiceDue()).isEqualTo(LocalDate.of(2027, 1, 7));
		String casePage = mvc.perform(get("/cases/" + c.getId()).with(page(users, "yuhu.inspector1"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(casePage).containsPattern("2027-01-07</span>\\s*<span class=\"badge text-bg-warning provisional\"[^>]*>暂定</span>");
		String taskList = mvc.perform(get("/tasks").param("q", c.getCaseCode()).with(page(users, "yuhu.inspector1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(taskList).contains("送达决定书", "2027-01-07", "暂定");
	}

	/** A window inside a confirmed year is not provisional. */
	@Test
	void shouldNotMarkAWindowInsideAConfirmedYear() throws Exception {
		EnforcementCase c = decidedOn(LocalDate.of(2026, 11, 2));
		String casePage = mvc.perform(get("/cases/" + c.getId()).with(page(users, "yuhu.inspector1"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(casePage).contains("2026-11-11").doesNotContain("暂定");
	}

}

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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.RecheckCommand;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.handover.CorrectionOrder;

/**
 * On MariaDB: an order handed over after its deadline goes straight to re-check; a calendar change moves the re-check
 * due date and its timer (the recompute statements, the engine's timer recalculation); the re-check's date and team are
 * stored.
 */
@StatEnforceMariaDbIT
class CorrectionMariaDbIT {

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
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@AfterEach
	void tearDown() throws Exception {
		ClockUtil.reset();
		mvc.perform(post("/admin/calendar/delete").param("date", NEW_HOLIDAY.toString()).with(page(accounts, "city.admin")).with(csrf()));
	}

	@Test
	void shouldHandOverLateRecomputeAndRecordTheRecheck() throws Exception {
		// handed over Monday 9 November 2026, deadline Friday 6 November: re-check due 5 working days after the hand-over
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 9).atTime(LocalTime.of(10, 0)).atZone(AppClock.ZONE).toInstant()));
		var fx = new RectificationFixture(users, plans, management);
		var leader = fx.user(RectificationFixture.LEADER);
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		var ref = corrections.openCorrection(new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 97L, "430302-XX-2026-097",
				enterpriseId, "未按规定设置统计台账", "建立统计台账", LocalDate.of(2026, 11, 6), List.of("yuhu.inspector1", "yuhu.inspector2")));
		String pi = plans.planUnchecked(ref.id()).processInstanceId();
		assertThat(corrections.correctionUnchecked(ref.id()).recheckDue()).isEqualTo(LocalDate.of(2026, 11, 16));

		mvc.perform(post("/admin/calendar").param("date", NEW_HOLIDAY.toString()).param("dayType", "HOLIDAY")
			.param("holidayName", "调整放假").with(page(accounts, "city.admin")).with(csrf()));
		assertThat(corrections.correctionUnchecked(ref.id()).recheckDue()).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(management.createJobQuery().processInstanceId(pi).timers().singleResult().getDuedate())
			.isEqualTo(Date.from(LocalDate.of(2026, 11, 17).atTime(23, 59, 59).atZone(AppClock.ZONE).toInstant()));

		var c = corrections.recheck(fx.user("yuhu.inspector2"), ref.id(),
				new RecheckCommand(true, "已建立统计台账", LocalDate.of(2026, 11, 9), List.of("yuhu.inspector2", "yuhu.inspector1")));
		assertThat(c.recheckedOn()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(c.recheckTeamList()).containsExactly("yuhu.inspector2", "yuhu.inspector1");
	}

}

package cn.statenforce.enforcementcase;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;

/**
 * The consistency check (issue 16) finds each kind of disagreement between a case's status and its process, and
 * nothing on a case whose status and process agree; the ADMIN's page shows it, other roles are refused.
 */
@StatEnforceTest
class CaseConsistencyTest {

	@Autowired
	CaseFixture cases;

	@Autowired
	CaseConsistency consistency;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	@Test
	void shouldFindNothingWhenStatusAndProcessAgree() {
		EnforcementCase lead = cases.lead(AppClock.today().minusMonths(1));
		EnforcementCase filed = cases.filed();
		assertThat(mismatchesOf(lead.getId())).isEmpty();
		assertThat(mismatchesOf(filed.getId())).isEmpty();
	}

	@Test
	void shouldFindAStatusAheadOfItsProcess() {
		EnforcementCase c = cases.lead(AppClock.today().minusMonths(1));
		// the status says the filing waits for approval, the process still waits at 核查线索
		jdbc.update("UPDATE enforcement_case SET status = 'FILING_PROPOSED' WHERE id = ?", c.getId());
		assertThat(mismatchesOf(c.getId())).singleElement()
			.satisfies(m -> assertThat(m.problem()).isEqualTo("案件状态为「立案待审批」，流程未停在「立案审批」"))
			.satisfies(m -> assertThat(m.engineState()).isEqualTo("停在 核查线索"));
	}

	@Test
	void shouldFindAFinishedCaseWhoseProcessStillRuns() {
		EnforcementCase c = cases.lead(AppClock.today().minusMonths(1));
		jdbc.update("UPDATE enforcement_case SET status = 'ARCHIVED' WHERE id = ?", c.getId());
		assertThat(mismatchesOf(c.getId())).singleElement()
			.satisfies(m -> assertThat(m.problem()).isEqualTo("案件已归档，流程仍在运行"));
	}

	@Test
	void shouldFindAnOpenCaseWithoutItsProcessAndAProcessWithoutItsCase() {
		EnforcementCase c = cases.lead(AppClock.today().minusMonths(1));
		runtime.deleteProcessInstance(c.getProcessInstanceId(), "consistency test");
		assertThat(mismatchesOf(c.getId())).singleElement()
			.satisfies(m -> assertThat(m.problem()).isEqualTo("案件尚未办结，流程不存在或已结束"));

		EnforcementCase orphan = cases.lead(AppClock.today().minusMonths(1));
		jdbc.update("UPDATE enforcement_case SET process_instance_id = NULL, status = 'NOT_FILED' WHERE id = ?", orphan.getId());
		assertThat(consistency.check(null).mismatches()).anySatisfy(m -> {
			assertThat(m.number()).isEqualTo(orphan.getLeadNumber());
			assertThat(m.problem()).isEqualTo("流程在运行，但没有对应的案件记录");
		});
		assertThat(consistency.check(orphan.getBureauId()).mismatches()).as("the bureau's check names only its cases")
			.noneMatch(m -> m.caseId() == null);
	}

	@Test
	void shouldShowTheCheckToTheAdminOnly() throws Exception {
		EnforcementCase c = cases.lead(AppClock.today().minusMonths(1));
		jdbc.update("UPDATE enforcement_case SET status = 'FILING_PROPOSED' WHERE id = ?", c.getId());
		mvc.perform(get("/admin/consistency").with(page(users, "yuhu.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(c.getLeadNumber())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("流程未停在「立案审批」")));
		mvc.perform(get("/admin/consistency").with(page(users, "yuhu.leader"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/consistency").with(page(users, "yuetang.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(c.getLeadNumber()))));
		jdbc.update("UPDATE enforcement_case SET status = 'LEAD' WHERE id = ?", c.getId());
	}

	private List<CaseConsistency.Mismatch> mismatchesOf(long caseId) {
		return consistency.check(null).mismatches().stream().filter(m -> m.caseId() != null && m.caseId() == caseId).toList();
	}

}

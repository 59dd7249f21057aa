package cn.statenforce.enforcementcase.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The pages render (ledger, lead form, export). */
@StatEnforceTest
class EnforcementCasePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService details;

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	@Test
	void shouldRenderLedgerLeadFormAndExport() throws Exception {
		mvc.perform(get("/cases").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("案件台账")));
		mvc.perform(get("/cases/new").with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("线索登记")));
		mvc.perform(get("/cases/export").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Autowired
	cn.statenforce.enforcementcase.CaseFixture fixture;

	@Autowired
	org.camunda.bpm.engine.TaskService tasks;

	@Test
	void shouldRenderCasePageAndTaskFormAndCompleteStepFromTheForm() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(c.getLeadNumber())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("举报人")));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector2"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13800000000"))));
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).singleResult().getId();
		tasks.claim(taskId, "yuhu.inspector1");
		mvc.perform(get("/tasks/" + taskId).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("step-form")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + c.getId() + "/steps/Task_AssessLead")
			.with(as("yuhu.inspector1")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("proposal", "SUMMARY").param("opinion", "事实清楚").param("taskId", taskId))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(fixture.reload(c).getStatus()).isEqualTo(cn.statenforce.enforcementcase.CaseStatus.SUMMARY);
	}

}

package cn.statenforce.enforcementcase.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

	@Test
	void shouldServeTheCaseDiagramWithTheCurrentStepToTheBureauOnly() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		mvc.perform(get("/cases/" + c.getId()).with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"case-diagram\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bpmn-navigated-viewer.production.min.js")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"steps\"")));
		mvc.perform(get("/cases/" + c.getId() + "/diagram.bpmn").with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bpmn:process id=\"enforcement-case\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("BPMNShape")));
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ended").value(false))
			.andExpect(jsonPath("$.active").value(org.hamcrest.Matchers.contains("Task_AssessLead")))
			.andExpect(jsonPath("$.completed").value(org.hamcrest.Matchers.hasItem("StartEvent_LeadRegistered")))
			.andExpect(jsonPath("$.processDefinitionId").value(org.hamcrest.Matchers.startsWith("enforcement-case:")));
		// a sibling bureau does not see the case at all; the city bureau above reads it
		mvc.perform(get("/cases/" + c.getId() + "/diagram.bpmn").with(as("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("city.leader"))).andExpect(status().isOk());
		mvc.perform(get("/cases/999999999/diagram.bpmn").with(as("yuhu.leader"))).andExpect(status().isNotFound());
		// the viewer and the page script are served without a JavaScript build
		mvc.perform(get("/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/enforcementcase/case-diagram.js")).andExpect(status().isOk());
	}

	@Test
	void shouldMoveTheHighlightWhenTheStepIsDoneAndKeepTheDiagramAfterTheEnd() throws Exception {
		var c = fixture.lead(cn.statenforce.shared.AppClock.today().minusDays(3));
		var cases = fixture.cases;
		cases.assess(fixture.as("yuhu.inspector1"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Assess(
				cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal.NOT_FILE, "情节显著轻微"));
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(org.hamcrest.Matchers.contains("Task_ApproveNotFiling")))
			.andExpect(jsonPath("$.completed").value(org.hamcrest.Matchers.hasItem("Task_AssessLead")));
		cases.approveNotFiling(fixture.as("yuhu.leader"), c.getId(), new cn.statenforce.enforcementcase.CaseCommands.Approval(true, "同意"));
		mvc.perform(get("/cases/" + c.getId() + "/diagram/state").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ended").value(true)).andExpect(jsonPath("$.active").isEmpty())
			.andExpect(jsonPath("$.completed").value(org.hamcrest.Matchers.hasItem("EndEvent_NotFiled")));
		mvc.perform(get("/cases/" + c.getId() + "/diagram.bpmn").with(as("yuhu.leader"))).andExpect(status().isOk());
	}

}

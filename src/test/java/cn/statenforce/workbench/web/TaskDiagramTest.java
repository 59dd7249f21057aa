package cn.statenforce.workbench.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;

/**
 * The process diagram on the task page: the page carries the viewer, the BPMN and the state are served to whoever
 * may see the task (404 to anyone else, as the task page), the current step is the task's, 已办 steps come from
 * history.
 */
@StatEnforceTest
class TaskDiagramTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	CaseFixture cases;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	private RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	@Test
	void shouldServeTheDiagramOfTheTaskWithItsStepCurrentAndTheEarlierStepsDone() throws Exception {
		var c = cases.lead(AppClock.today().minusDays(9));
		cases.intake.assess(cases.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "台账与报表差异较大，建议立案调查"));
		management.createJobQuery().processInstanceId(c.getProcessInstanceId()).list()
			.forEach(j -> management.executeJob(j.getId()));
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_ApproveFiling").singleResult().getId();

		mvc.perform(get("/tasks/" + taskId).with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-diagram\"")))
			.andExpect(content().string(containsString("data-focus=\"true\"")))
			.andExpect(content().string(containsString("/tasks/" + taskId + "/diagram/state")))
			.andExpect(content().string(containsString("bpmn-navigated-viewer.production.min.js")))
			.andExpect(content().string(containsString("/js/process-diagram.js")));
		mvc.perform(get("/tasks/" + taskId + "/diagram.bpmn").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(content().string(containsString("<bpmn:process id=\"enforcement-case\"")))
			.andExpect(content().string(containsString("BPMNShape")));
		mvc.perform(get("/tasks/" + taskId + "/diagram/state").with(as("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.current").value("Task_ApproveFiling"))
			.andExpect(jsonPath("$.active").value(contains("Task_ApproveFiling")))
			.andExpect(jsonPath("$.completed").value(hasItem("StartEvent_LeadRegistered")))
			.andExpect(jsonPath("$.completed").value(hasItem("Task_AssessLead")))
			.andExpect(jsonPath("$.completed").value(not(hasItem("Task_ApproveFiling"))));
		// read access as the task page: a sibling bureau's leader and an inspector not offered the task get 404
		mvc.perform(get("/tasks/" + taskId + "/diagram.bpmn").with(as("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/tasks/" + taskId + "/diagram/state").with(as("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/tasks/" + taskId + "/diagram/state").with(as("yuhu.inspector2"))).andExpect(status().isNotFound());
		mvc.perform(get("/tasks/no-such-task/diagram/state").with(as("yuhu.leader"))).andExpect(status().isNotFound());
	}

}

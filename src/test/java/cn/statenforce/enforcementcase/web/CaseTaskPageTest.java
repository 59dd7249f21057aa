package cn.statenforce.enforcementcase.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;

/** The leader's 立案审批 task page carries what is being approved: the lead, the inspector's opinion, the history. */
@StatEnforceTest
class CaseTaskPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	CaseFixture fixture;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Test
	void shouldShowTheLeadTheInspectorsOpinionAndTheHistoryOnTheFilingApproval() throws Exception {
		var c = fixture.lead(AppClock.today().minusDays(12));
		fixture.intake.assess(fixture.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "台账与报表差异较大，事实基本清楚，建议立案调查"));
		management.createJobQuery().processInstanceId(c.getProcessInstanceId()).list()
			.forEach(j -> management.executeJob(j.getId()));
		var approval = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey("Task_ApproveFiling")
			.singleResult();
		assertThat(approval).isNotNull();

		// before claiming the group task the leader already sees what is to be approved
		String page = page(approval.getId());
		assertThat(page).contains("id=\"task-record\"", "涉嫌提供不真实统计资料", "举报称该单位虚报营业收入", c.getLeadNumber(),
				"id=\"task-opinions\"", "核查意见", "台账与报表差异较大，事实基本清楚，建议立案调查", "id=\"task-timeline\"",
				"id=\"claim\"");
		tasks.claim(approval.getId(), "yuhu.leader");
		assertThat(page(approval.getId())).contains("id=\"task-record\"", "台账与报表差异较大，事实基本清楚，建议立案调查",
				"id=\"step-form\"", "approve-yes");
	}

	@Test
	void shouldFindTheCaseByItsCaseNumberInTheTodoListAndTheHeaderSearch() throws Exception {
		var c = fixture.filed();
		String number = c.getCaseNumber();
		assertThat(number).startsWith("雨统立〔");
		var open = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).list();
		assertThat(open).isNotEmpty();
		String todo = mvc.perform(get("/tasks").param("q", number).with(user(details.loadUserByUsername("yuhu.inspector1"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(todo).contains("id=\"task-table\"", number, "/tasks/" + open.get(0).getId()).doesNotContain(c.getCaseCode());
		String search = mvc.perform(get("/search").param("q", number).with(user(details.loadUserByUsername("yuhu.inspector1"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(search).contains("id=\"search-todo\"", number, "id=\"search-case-ledger\"").doesNotContain(c.getCaseCode());
	}

	private String page(String taskId) throws Exception {
		return mvc.perform(get("/tasks/" + taskId).with(user(details.loadUserByUsername("yuhu.leader"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}

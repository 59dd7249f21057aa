package cn.statenforce.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.shared.AppClock;

/**
 * 退回 / 撤回 / 常用意见 over HTTP: the REST endpoints (RFC 7807 bodies in Chinese naming the field, nothing changed on
 * refusal), the task page's form (a select of the model's Chinese step names, the common phrases) and what the
 * receiver sees (the opinion on the task page and in 待办), the withdraw button in 已办.
 */
@StatEnforceTest
class TaskVerbsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private RequestPostProcessor page(String username) {
		return user(details.loadUserByUsername(username));
	}

	private static RequestPostProcessor api(String username) {
		return httpBasic(username, WebTestSupport.DEMO_PASSWORD);
	}

	private EnforcementCase atFilingApproval() {
		EnforcementCase c = f.lead(AppClock.today().minusDays(20));
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", f.pi(c)));
		return f.reload(c);
	}

	private String openTask(EnforcementCase c) {
		return tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).active().singleResult().getId();
	}

	@Test
	void shouldReturnThroughTheApiWithProblemBodiesForMissingOpinionAndUnlawfulTarget() throws Exception {
		EnforcementCase c = atFilingApproval();
		String taskId = openTask(c);
		mvc.perform(get("/api/tasks/" + taskId + "/return-targets").with(api("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("Task_AssessLead")).andExpect(jsonPath("$[0].name").value("核查线索"));
		mvc.perform(post("/api/tasks/" + taskId + "/return").with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetStep\":\"Task_AssessLead\",\"opinion\":\" \"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("审批意见")));
		mvc.perform(post("/api/tasks/" + taskId + "/return").with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetStep\":\"Task_Investigate\",\"opinion\":\"请补充调查。\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("不是「立案审批」可以退回的环节")));
		mvc.perform(post("/api/tasks/" + taskId + "/return").with(api("yuhu.inspector2")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetStep\":\"Task_AssessLead\",\"opinion\":\"请补充证据材料。\"}"))
			.andExpect(status().isNotFound());
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);
		assertThat(openTask(c)).isEqualTo(taskId);

		String body = mvc.perform(post("/api/tasks/" + taskId + "/return").with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetStep\":\"Task_AssessLead\",\"opinion\":\"请补充证据材料。\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("核查线索"))
			.andExpect(jsonPath("$.assignee").value("yuhu.inspector1"))
			.andReturn().getResponse().getContentAsString();
		String reopened = json.readTree(body).get("taskId").asText();
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.LEAD);
		mvc.perform(get("/api/tasks/" + reopened + "/notes").with(api("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].opinion").value("请补充证据材料。")).andExpect(jsonPath("$[0].fromName").value("立案审批"));
	}

	@Test
	void shouldReturnFromTheTaskPageAndShowTheOpinionToTheReceiver() throws Exception {
		EnforcementCase c = atFilingApproval();
		String taskId = openTask(c);
		mvc.perform(get("/tasks/" + taskId).with(page("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"return-form\"")))
			.andExpect(content().string(containsString("<option value=\"Task_AssessLead\">核查线索</option>")))
			.andExpect(content().string(containsString("请补充证据材料。")))
			.andExpect(content().string(containsString("opinion-phrases.js")));
		mvc.perform(post("/tasks/" + taskId + "/return").with(page("yuhu.leader")).with(csrf())
			.param("targetStep", "Task_AssessLead").param("opinion", "  "))
			.andExpect(status().isBadRequest());
		String opinion = "报送的核查记录缺少现场照片，请补充后再报。";
		mvc.perform(post("/tasks/" + taskId + "/return").with(page("yuhu.leader")).with(csrf())
			.param("targetStep", "Task_AssessLead").param("opinion", opinion).param("savePhrase", "true"))
			.andExpect(status().is3xxRedirection());
		String reopened = openTask(c);
		mvc.perform(get("/tasks/" + reopened).with(page("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"return-note\"")))
			.andExpect(content().string(containsString(opinion)));
		mvc.perform(get("/tasks").param("q", c.getLeadNumber()).with(page("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("退回：" + opinion)));
		mvc.perform(get("/api/opinion-phrases").with(api("yuhu.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].phrase").value(hasItem(opinion))).andExpect(jsonPath("$[*].phrase").value(hasItem("同意。")));
	}

	@Test
	void shouldWithdrawFromTheDoneListUntilTheNextStepIsActedOn() throws Exception {
		EnforcementCase c = atFilingApproval();
		String done = history.createHistoricTaskInstanceQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_AssessLead").finished().singleResult().getId();
		// other tests leave many done tasks (some at later engine clocks): the list searched by the lead's number
		mvc.perform(get("/tasks/done").param("q", c.getLeadNumber()).with(page("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/tasks/" + done + "/withdraw")));
		mvc.perform(post("/api/tasks/" + done + "/withdraw").with(api("yuhu.inspector2"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/tasks/" + done + "/withdraw").with(api("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("核查线索")).andExpect(jsonPath("$.assignee").value("yuhu.inspector1"));
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.LEAD);
		mvc.perform(post("/api/tasks/" + done + "/withdraw").with(api("yuhu.inspector1"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能撤回")));
	}

	@Test
	void shouldKeepAndRemoveCommonPhrases() throws Exception {
		mvc.perform(post("/api/opinion-phrases").with(api("yuetang.leader")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"phrase\":\"\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("常用意见")));
		String body = mvc.perform(post("/api/opinion-phrases").with(api("yuhu.inspector2"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"经核实，情况属实。\"}"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long id = json.readTree(body).get("id").asLong();
		mvc.perform(delete("/api/opinion-phrases/" + id).with(api("yuhu.inspector1"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/opinion-phrases/" + id).with(api("yuhu.inspector2"))).andExpect(status().isOk());
		mvc.perform(get("/api/opinion-phrases").with(api("yuhu.inspector2"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].phrase").value(org.hamcrest.Matchers.not(hasItem("经核实，情况属实。"))));
	}

}

package cn.statenforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;

/**
 * Team members (办案人员) and 重点检查 targets are chosen with the search-as-you-type pickers, not typed or picked by
 * login name: the 调查取证 form posts the inspector's username from the people picker, the plan form adds units from
 * the directory by their 统一社会信用代码.
 */
@StatEnforceTest
class PickerFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	CaseFixture cases;

	@Autowired
	TaskService tasks;

	private Document page(String username, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(details.loadUserByUsername(username)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	@Test
	void shouldAddATeamMemberThroughThePeoplePicker() throws Exception {
		// the fixture drives jobs through BPM Assert: on this context's engine, not one an earlier test class left behind
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
		var c = cases.filed();
		String investigate = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_Investigate").singleResult().getId();
		tasks.claim(investigate, "yuhu.inspector1");
		Document task = page("yuhu.inspector1", "/tasks/" + investigate);
		var picker = task.getElementById("team-member-picker");
		assertThat(picker).isNotNull();
		assertThat(picker.attr("data-picker-url")).isEqualTo("/pickers/users?role=INSPECTOR");
		assertThat(picker.select("input.picker-value[name=username]")).hasSize(1);
		assertThat(picker.select("input.picker-input").attr("placeholder")).isEqualTo("输入执法人员姓名");
		// the form no longer lists login names to choose from
		assertThat(picker.closest("form").select("select[name=username]")).isEmpty();
	}

	@Test
	void shouldAddFocusTargetsFromTheDirectoryByCreditCode() throws Exception {
		Document form = page("yuhu.legal", "/inspection/plans/new");
		var picker = form.getElementById("target-unit-picker");
		assertThat(picker).isNotNull();
		assertThat(picker.attr("data-picker-url")).isEqualTo("/pickers/units?value=creditCode");
		assertThat(picker.attr("data-append-to")).isEqualTo("targetLines");
		assertThat(form.getElementById("targetLines")).isNotNull();
		// the picker's own field is not posted: the list of codes and reasons is
		assertThat(picker.select("input.picker-value").attr("name")).isEmpty();
		assertThat(form.select("script[src=/js/inspection/target-picker.js]")).hasSize(1);
		mvc.perform(get("/js/inspection/target-picker.js")).andExpect(status().isOk());
	}

}

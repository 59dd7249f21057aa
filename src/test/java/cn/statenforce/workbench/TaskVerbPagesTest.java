package cn.statenforce.workbench;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.system.TestProcesses;

/** The tabs 待办/已办/我发起/抄送我, batch 签收, 下一条待办, the verbs' forms on the task page and 委托代理. */
@StatEnforceTest
class TaskVerbPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TaskService taskService;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void deploy() {
		TestProcesses.deployGroupTask(repositoryService);
	}

	private String start() {
		String key = "V-430302-" + System.nanoTime();
		runtimeService.startProcessInstanceByKey(TestProcesses.GROUP_TASK, key, Map.of("regionCode", "430302", "dueDate", new Date()));
		return taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId();
	}

	@Test
	void shouldShowTheTabsWithCountsAndTheNewPages() throws Exception {
		for (String url : new String[] { "/tasks", "/tasks/done", "/tasks/started", "/copies" }) {
			String html = mvc.perform(get(url).with(page(users, "yuhu.leader"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(html).contains("待办", "已办", "我发起", "抄送我", "id=\"task-tabs\"");
		}
		String proxies = mvc.perform(get("/proxies").with(page(users, "yuhu.leader"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(proxies).contains("委托代理", "代理人");
	}

	@Test
	void shouldClaimSeveralGroupTasksAtOnceAndLeadToTheNextTask() throws Exception {
		String a = start();
		String b = start();
		mvc.perform(post("/tasks/claim-batch").param("taskIds", a, b).with(page(users, "yuhu.leader")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(taskService.createTaskQuery().taskId(a).singleResult().getAssignee()).isEqualTo("yuhu.leader");
		assertThat(taskService.createTaskQuery().taskId(b).singleResult().getAssignee()).isEqualTo("yuhu.leader");
		// the API skips what a colleague holds
		String c = start();
		taskService.claim(c, "yuhu.director");
		mvc.perform(post("/api/tasks/claim").with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"taskIds\":[\"" + c + "\"]}"))
			.andExpect(jsonPath("$.skipped[0]").value(c));
		mvc.perform(get("/tasks/next").with(page(users, "yuhu.leader"))).andExpect(status().is3xxRedirection());
		// the claimed task's page offers 转办/委派/抄送 and 取消签收
		String html = mvc.perform(get("/tasks/{id}", a).with(page(users, "yuhu.leader"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(html).contains("转办", "委派", "抄送", "取消签收", "下一条待办");
		mvc.perform(post("/tasks/{id}/transfer", a).param("receiver", "yuhu.inspector1").param("reason", "转办")
			.with(page(users, "yuhu.leader")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/tasks/next").with(page(users, "yuetang.admin"))).andExpect(redirectedUrl("/tasks"));
	}

}

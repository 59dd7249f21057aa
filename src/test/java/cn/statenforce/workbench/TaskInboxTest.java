package cn.statenforce.workbench;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.shared.AppClock;
import cn.statenforce.system.TestProcesses;

/** 待办 / 已办 backed by the engine, with bureau-scoped groups, claiming and the workbench counters. */
@StatEnforceTest
class TaskInboxTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TaskService taskService;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void deploy() {
		TestProcesses.deployGroupTask(repositoryService);
		// start from a clean slate of this test process
		runtimeService.createProcessInstanceQuery().processDefinitionKey(TestProcesses.GROUP_TASK).list()
			.forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test reset"));
	}

	@Test
	void shouldOfferGroupTasksOnlyToTheRightBureau() throws Exception {
		String key = start("430302", 10);
		mvc.perform(get("/api/tasks?q={q}", key).with(api("yuhu.leader")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("测试审批"))
			.andExpect(jsonPath("$.items[0].businessKey").value(key));
		mvc.perform(get("/api/tasks?q={q}", key).with(api("yuetang.leader"))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/tasks?q={q}", key).with(api("yuhu.inspector1"))).andExpect(jsonPath("$.total").value(0));
		String taskId = taskId(key);
		mvc.perform(get("/api/tasks/{id}", taskId).with(api("yuetang.leader"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldClaimOnceAndConflictForOthers() throws Exception {
		String key = start("430304", 10);
		String taskId = taskId(key);
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api("yuetang.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value("yuetang.leader"));
		// claiming again by the same user is harmless; unclaim by another user is a conflict
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api("yuetang.leader"))).andExpect(status().isOk());
		mvc.perform(post("/api/tasks/{id}/unclaim", taskId).with(api("yuhu.leader"))).andExpect(status().isNotFound());
		taskService.complete(taskId);
		mvc.perform(get("/api/tasks/done?q={q}", key).with(api("yuetang.leader")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].ended").exists());
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api("yuetang.leader"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswerConflictWhenAColleagueHoldsTheGroupTask() throws Exception {
		String key = start("430302", 10);
		String taskId = taskId(key);
		taskService.addCandidateGroup(taskId, "INSPECTOR_430302");
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api("yuhu.inspector1"))).andExpect(status().isOk());
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api("yuhu.inspector2")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该任务已由其他人签收"));
		// never offered to the sibling bureau: still not there at all
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(api("yuetang.inspector1"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldCountOverdueAndDueSoonTasks() throws Exception {
		long todoBefore = todo("yuhu.leader");
		start("430302", -1);
		start("430302", 2);
		start("430302", 30);
		mvc.perform(get("/api/workbench").with(api("yuhu.leader")))
			.andExpect(jsonPath("$.todo").value(todoBefore + 3))
			.andExpect(jsonPath("$.overdue").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.dueSoon").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		String html = mvc.perform(get("/").with(page(users, "yuhu.leader"))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("已逾期", "3个工作日内到期");
	}

	@Test
	void shouldShowTheGenericTaskPageAndClaimThroughIt() throws Exception {
		String key = start("430302", 5);
		String taskId = taskId(key);
		String html = mvc.perform(get("/tasks/{id}", taskId).with(page(users, "yuhu.leader")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("测试审批", "签收");
		mvc.perform(post("/tasks/{id}/claim", taskId).with(page(users, "yuhu.leader")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("yuhu.leader");
		mvc.perform(get("/tasks").with(page(users, "yuhu.leader"))).andExpect(status().isOk());
		mvc.perform(get("/tasks/done").with(page(users, "yuhu.leader"))).andExpect(status().isOk());
		mvc.perform(get("/tasks/{id}", taskId).with(page(users, "yuetang.leader"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldListClaimedAndOfferedTasksTogetherNewestFirstAcrossPages() throws Exception {
		String marker = "M" + System.nanoTime();
		String[] keys = new String[3];
		java.time.LocalDateTime now = AppClock.now();
		try {
			for (int i = 0; i < 3; i++) {
				// created three, two and one day ago
				org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
						Date.from(now.minusDays(3 - i).atZone(AppClock.ZONE).toInstant()));
				keys[i] = marker + "-" + i;
				runtimeService.startProcessInstanceByKey(TestProcesses.GROUP_TASK, keys[i],
						Map.of("regionCode", "430302", "dueDate", new Date()));
			}
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
		// the oldest is claimed by the user (assigned), the two others are offered to the group
		taskService.claim(taskId(keys[0]), "yuhu.leader");
		mvc.perform(get("/api/tasks?q={q}&size=2", marker).with(api("yuhu.leader")))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].businessKey").value(keys[2]))
			.andExpect(jsonPath("$.items[1].businessKey").value(keys[1]));
		mvc.perform(get("/api/tasks?q={q}&size=2&page=2", marker).with(api("yuhu.leader")))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].businessKey").value(keys[0]))
			.andExpect(jsonPath("$.items[0].assignee").value("yuhu.leader"));
		// a task claimed by a colleague is no longer offered to the others; another bureau sees none
		taskService.claim(taskId(keys[1]), "yuhu.director");
		mvc.perform(get("/api/tasks?q={q}", marker).with(api("yuhu.leader"))).andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/tasks?q={q}", marker).with(api("yuetang.leader"))).andExpect(jsonPath("$.total").value(0));
	}

	private long todo(String username) throws Exception {
		String json = mvc.perform(get("/api/workbench").with(api(username))).andReturn().getResponse().getContentAsString();
		return Long.parseLong(json.replaceAll(".*\"todo\":(\\d+).*", "$1"));
	}

	private String start(String regionCode, int workingDaysUntilDue) {
		LocalDate today = AppClock.today();
		LocalDate due = workingDaysUntilDue < 0 ? today.minusDays(3) : calendar.addWorkingDays(today, workingDaysUntilDue);
		String key = "T-" + regionCode + "-" + System.nanoTime();
		Date dueDate = Date.from(due.atTime(LocalTime.of(17, 0)).atZone(AppClock.ZONE).toInstant());
		runtimeService.startProcessInstanceByKey(TestProcesses.GROUP_TASK, key, Map.of("regionCode", regionCode, "dueDate", dueDate));
		return key;
	}

	private String taskId(String businessKey) {
		return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
	}

}

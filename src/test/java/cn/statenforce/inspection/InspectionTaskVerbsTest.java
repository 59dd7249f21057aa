package cn.statenforce.inspection;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskProxies;

/**
 * 转办, 委派, 抄送, 催办 and 委托代理 on the inspection's steps (offered by name to the two inspectors): the receiver
 * must be a certified inspector of the bureau; copies and held tasks open the inspection to a reader outside the
 * bureau scope; the daily urge limit; a proxy named among the candidates while the period lasts.
 */
@StatEnforceTest
class InspectionTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionFixture fx;

	@Autowired
	TaskService taskService;

	@Autowired
	UserService users;

	@Autowired
	TaskProxies proxies;

	@AfterEach
	void reset() {
		ClockUtil.reset();
	}

	private Inspection started(long seed) {
		return fx.startedInspections(1, seed).get(0);
	}

	private Task serveNotice(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber())
			.taskDefinitionKey(InspectionProcess.TASK_SERVE_NOTICE).singleResult();
	}

	private static String body(String receiver) {
		return "{\"receiver\":\"" + receiver + "\",\"reason\":\"检查当日另有执法任务\"}";
	}

	private UserSummary certifiedInspector(String name) {
		UserSummary u = users.createUser("yuhu.insp" + System.nanoTime() % 100000000, name, WebTestSupport.DEMO_PASSWORD,
				fx.user("yuhu.leader").bureauId(), EnumSet.of(Role.INSPECTOR), null, null);
		users.addCertificate(u.id(), "43030207" + System.nanoTime() % 10000, AppClock.today().minusYears(1),
				AppClock.today().plusYears(4), "湘潭市统计局", null);
		return u;
	}

	@Test
	void shouldTransferOnlyToACertifiedInspectorOfTheBureau() throws Exception {
		Inspection i = started(4101L);
		Task t = serveNotice(i);
		String from = i.inspector1();
		for (String wrong : new String[] { "yuhu.leader", "yuetang.inspector1", "yuhu.inspector3" }) {
			mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(from)).contentType(MediaType.APPLICATION_JSON)
				.content(body(wrong))).andExpect(status().isConflict());
		}
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(from)).contentType(MediaType.APPLICATION_JSON)
			.content(body("yuhu.inspector3")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("统计执法证")));
		UserSummary other = certifiedInspector("邓子涵");
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(from)).contentType(MediaType.APPLICATION_JSON)
			.content(body(other.username()))).andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(other.username());
	}

	@Test
	void shouldDelegateAndResolveBackToTheOwner() throws Exception {
		Inspection i = started(4102L);
		Task t = serveNotice(i);
		mvc.perform(post("/api/tasks/{id}/delegate", t.getId()).with(api(i.inspector1()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"receiver\":\"" + i.inspector2() + "\",\"note\":\"请代为送达\"}"))
			.andExpect(status().isNoContent());
		Task d = taskService.createTaskQuery().taskId(t.getId()).singleResult();
		assertThat(d.getOwner()).isEqualTo(i.inspector1());
		assertThat(d.getAssignee()).isEqualTo(i.inspector2());
		mvc.perform(post("/api/tasks/{id}/resolve", t.getId()).with(api(i.inspector2()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已送达\"}")).andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(i.inspector1());
	}

	@Test
	void shouldOpenTheInspectionToACopiedReaderAndToTheHolderOfATask() throws Exception {
		Inspection i = started(4103L);
		Task t = serveNotice(i);
		mvc.perform(get("/api/inspection/inspections/{id}", i.id()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		String json = mvc.perform(post("/api/tasks/{id}/copy", t.getId()).with(api(i.inspector1()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"recipients\":[\"yuetang.leader\"]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long copyId = Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/inspection/inspections/{id}", i.id()).with(api("yuetang.leader"))).andExpect(status().isOk());
		mvc.perform(post("/api/copies/{id}/read", copyId).with(api("yuetang.leader")))
			.andExpect(jsonPath("$.readLabel").value("已阅"));
		mvc.perform(delete("/api/copies/{id}", copyId).with(api(i.inspector1()))).andExpect(status().isNoContent());
		mvc.perform(get("/api/inspection/inspections/{id}", i.id()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		// holding the task: while it is offered to the official, and not after
		taskService.addCandidateUser(t.getId(), "yuetang.director");
		mvc.perform(get("/api/inspection/inspections/{id}", i.id()).with(api("yuetang.director"))).andExpect(status().isOk());
		taskService.deleteCandidateUser(t.getId(), "yuetang.director");
		mvc.perform(get("/api/inspection/inspections/{id}", i.id()).with(api("yuetang.director"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldUrgeOnceADay() throws Exception {
		Inspection i = started(4104L);
		Task t = serveNotice(i);
		String urge = "{\"message\":\"检查通知书请于本周内送达\"}";
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content(urge)).andExpect(status().isNoContent());
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content(urge)).andExpect(status().isConflict());
		LocalDate tomorrow = AppClock.today().plusDays(1);
		ClockUtil.setCurrentTime(Date.from(tomorrow.atTime(8, 30).atZone(AppClock.ZONE).toInstant()));
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content(urge)).andExpect(status().isNoContent());
	}

	@Test
	void shouldRouteATaskToTheProxyDuringThePeriodOnly() throws Exception {
		Inspection i = started(4105L);
		Task t = serveNotice(i);
		UserSummary away = certifiedInspector("孙志强");
		UserSummary proxy = certifiedInspector("钱佳慧");
		LocalDate today = AppClock.today();
		var set = proxies.set(fx.user(away.username()), proxy.username(), today, today.plusDays(1), "外出学习");
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(i.inspector1()))
			.contentType(MediaType.APPLICATION_JSON).content(body(away.username()))).andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(proxy.username());
		assertThat(proxies.actingFor(java.util.List.of(t.getId()))).containsEntry(t.getId(), "孙志强");
		ClockUtil.setCurrentTime(Date.from(today.plusDays(2).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(proxy.username()))
			.contentType(MediaType.APPLICATION_JSON).content(body(away.username()))).andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(away.username());
		// the accounts stay for later tests (a certified inspector may be drawn): the proxy must not outlive this test
		ClockUtil.reset();
		proxies.revoke(fx.user(away.username()), set.id());
	}

}

package cn.statenforce.enforcementcase;

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

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskProxies;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_INVESTIGATE;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_LEGAL_REVIEW;

/**
 * 转办, 委派, 抄送, 催办 and 委托代理 on the enforcement case's steps (the shared workbench verbs): the receiver's role,
 * bureau and 统计执法证, separation of duties for the legal review, read access while a task or copy stands, the
 * daily urge limit, a proxy during its period and not after.
 */
@StatEnforceTest
class CaseTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFixture fx;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ProcessEngine engine;

	@Autowired
	UserService users;

	@Autowired
	NotificationService notifications;

	@Autowired
	TaskProxies proxies;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
	}

	private Task investigate(EnforcementCase c) {
		return taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey(TASK_INVESTIGATE)
			.singleResult();
	}

	private String body(String receiver, String reason) {
		return "{\"receiver\":\"" + receiver + "\",\"reason\":\"" + reason + "\"}";
	}

	/** A new user of 雨湖区统计局 (unique per run), with a certificate valid for years when an inspector. */
	private UserSummary newUser(String role, String name, Role... roles) {
		UserSummary u = users.createUser("yuhu." + role + System.nanoTime() % 100000000, name, cn.statenforce.WebTestSupport.DEMO_PASSWORD,
				fx.as("yuhu.leader").bureauId(), EnumSet.of(roles[0], roles), null, null);
		if (u.hasRole(Role.INSPECTOR)) {
			users.addCertificate(u.id(), "43030209" + (System.nanoTime() % 10000), AppClock.today().minusYears(1),
					AppClock.today().plusYears(4), "湘潭市统计局", null);
		}
		return u;
	}

	@Test
	void shouldTransferOnlyToACertifiedInspectorOfTheBureau() throws Exception {
		EnforcementCase c = fx.filed();
		Task t = investigate(c);
		taskService.claim(t.getId(), "yuhu.inspector1");
		// wrong role, wrong bureau, expired certificate: 409 naming why; no receiver: 400; nothing changed
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuhu.leader", "出差")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是本局执法人员")));
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuetang.inspector1", "出差")))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuhu.inspector3", "出差")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("统计执法证")));
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("", "出差")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("nobody.here", "出差")))
			.andExpect(status().isBadRequest());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.inspector1");
		// a colleague of the step's role with a valid certificate
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuhu.inspector2", "本人参加全省统计执法培训，转同组办理")))
			.andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.inspector2");
		assertThat(fx.queries.details(fx.as("yuhu.leader"), c.getId()).timeline())
			.anyMatch(e -> "转办".equals(e.action()));
		// the former holder no longer holds it
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuhu.inspector1", "收回")))
			.andExpect(status().isConflict());
	}

	@Test
	void shouldRefuseAnInvestigatorOfTheCaseAsLegalReviewer() throws Exception {
		EnforcementCase c = fx.filed();
		UserSummary both = newUser("legalinsp", "周建国", Role.LEGAL_REVIEWER, Role.INSPECTOR);
		UserSummary other = newUser("legal", "陈静怡", Role.LEGAL_REVIEWER);
		fx.team.addInspector(fx.as("yuhu.inspector1"), c.getId(), both.username());
		runtimeService.createProcessInstanceModification(c.getProcessInstanceId()).startBeforeActivity(TASK_LEGAL_REVIEW)
			.execute();
		Task review = taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey(TASK_LEGAL_REVIEW).singleResult();
		taskService.claim(review.getId(), "yuhu.legal");
		mvc.perform(post("/api/tasks/{id}/transfer", review.getId()).with(api("yuhu.legal"))
			.contentType(MediaType.APPLICATION_JSON).content(body(both.username(), "工作调整")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不得为本案调查人员")));
		mvc.perform(post("/api/tasks/{id}/delegate", review.getId()).with(api("yuhu.legal"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"receiver\":\"" + both.username() + "\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/tasks/{id}/transfer", review.getId()).with(api("yuhu.legal"))
			.contentType(MediaType.APPLICATION_JSON).content(body(other.username(), "工作调整")))
			.andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
			.isEqualTo(other.username());
	}

	@Test
	void shouldDelegateAndComeBackToTheOwner() throws Exception {
		EnforcementCase c = fx.filed();
		Task t = investigate(c);
		taskService.claim(t.getId(), "yuhu.inspector1");
		mvc.perform(post("/api/tasks/{id}/delegate", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"receiver\":\"yuhu.inspector3\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/tasks/{id}/delegate", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"receiver\":\"yuhu.inspector2\",\"note\":\"请协助核对台账\"}"))
			.andExpect(status().isNoContent());
		Task delegated = taskService.createTaskQuery().taskId(t.getId()).singleResult();
		assertThat(delegated.getAssignee()).isEqualTo("yuhu.inspector2");
		assertThat(delegated.getOwner()).isEqualTo("yuhu.inspector1");
		// only the delegate resolves; the owner cannot resolve for them
		mvc.perform(post("/api/tasks/{id}/resolve", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/tasks/{id}/resolve", t.getId()).with(api("yuhu.inspector2"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"台账已核对\"}"))
			.andExpect(status().isNoContent());
		Task back = taskService.createTaskQuery().taskId(t.getId()).singleResult();
		assertThat(back.getAssignee()).isEqualTo("yuhu.inspector1");
		assertThat(back.getDelegationState()).hasToString("RESOLVED");
	}

	@Test
	void shouldLetACopiedUserReadTheCaseUntilTheCopyIsRemoved() throws Exception {
		EnforcementCase c = fx.filed();
		Task t = investigate(c);
		taskService.claim(t.getId(), "yuhu.inspector1");
		// 岳塘区 is a sibling bureau: the case is out of its sight
		mvc.perform(get("/api/cases/{id}", c.getId()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		String json = mvc.perform(post("/api/tasks/{id}/copy", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"recipients\":[\"yuetang.leader\"],\"note\":\"请阅知\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].readAt").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long copyId = Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/cases/{id}", c.getId()).with(api("yuetang.leader"))).andExpect(status().isOk());
		mvc.perform(get("/api/copies").with(api("yuetang.leader")))
			.andExpect(jsonPath("$.items[0].id").value(copyId))
			.andExpect(jsonPath("$.items[0].readLabel").value("未阅"));
		mvc.perform(post("/api/copies/{id}/read", copyId).with(api("yuetang.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readLabel").value("已阅"));
		// someone else cannot read or remove the copy
		mvc.perform(post("/api/copies/{id}/read", copyId).with(api("yuhu.leader"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/copies/{id}", copyId).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/copies/{id}", copyId).with(api("yuhu.inspector1"))).andExpect(status().isNoContent());
		mvc.perform(get("/api/cases/{id}", c.getId()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldLetTheHolderOfATaskReadTheCaseUntilTheTaskIsDone() throws Exception {
		EnforcementCase c = fx.filed();
		Task t = investigate(c);
		mvc.perform(get("/api/cases/{id}", c.getId()).with(api("yuetang.director"))).andExpect(status().isNotFound());
		// a step offered by name to an official of another bureau (e.g. a joint investigation)
		taskService.addCandidateUser(t.getId(), "yuetang.director");
		mvc.perform(get("/api/cases/{id}", c.getId()).with(api("yuetang.director"))).andExpect(status().isOk());
		taskService.deleteCandidateUser(t.getId(), "yuetang.director");
		mvc.perform(get("/api/cases/{id}", c.getId()).with(api("yuetang.director"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldUrgeOnceADay() throws Exception {
		EnforcementCase c = fx.filed();
		Task t = investigate(c);
		taskService.claim(t.getId(), "yuhu.inspector2");
		long before = notifications.countAbout(cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE,
				c.getId(), "URGE");
		String urge = "{\"message\":\"调查期限将至，请抓紧办理\"}";
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON).content(urge)).andExpect(status().isNoContent());
		assertThat(notifications.countAbout(cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE,
				c.getId(), "URGE")).isEqualTo(before + 1);
		LocalDate tomorrow = AppClock.today().plusDays(1);
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.director"))
			.contentType(MediaType.APPLICATION_JSON).content(urge))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(tomorrow + " 00:00")));
		// a sibling bureau cannot urge a case it cannot see
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuetang.leader"))
			.contentType(MediaType.APPLICATION_JSON).content(urge)).andExpect(status().isNotFound());
		ClockUtil.setCurrentTime(Date.from(tomorrow.atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON).content(urge)).andExpect(status().isNoContent());
		// the urge is cleared when the holder finishes the task (completing it marks its messages read)
		long unread = notifications.unreadCount("yuhu.inspector2");
		taskService.complete(t.getId());
		assertThat(notifications.unreadCount("yuhu.inspector2")).isLessThan(unread);
	}

	@Test
	void shouldRouteATaskToTheProxyDuringThePeriodOnly() throws Exception {
		EnforcementCase c = fx.filed();
		UserSummary proxy = newUser("inspector", "刘晓峰", Role.INSPECTOR);
		UserSummary away = newUser("inspector", "何雨桐", Role.INSPECTOR);
		LocalDate today = AppClock.today();
		mvc.perform(post("/api/proxies").with(api(away.username())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"proxy\":\"yuhu.leader\",\"validFrom\":\"" + today + "\",\"validTo\":\"" + today.plusDays(2) + "\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/proxies").with(api(away.username())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"proxy\":\"" + proxy.username() + "\",\"validFrom\":\"" + today + "\",\"validTo\":\"" + today.minusDays(1) + "\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/proxies").with(api(away.username())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"proxy\":\"" + proxy.username() + "\",\"validFrom\":\"" + today + "\",\"validTo\":\"" + today.plusDays(2)
					+ "\",\"reason\":\"病假\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proxyName").value("刘晓峰"));
		Task t = investigate(c);
		taskService.claim(t.getId(), "yuhu.inspector1");
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api("yuhu.inspector1"))
			.contentType(MediaType.APPLICATION_JSON).content(body(away.username(), "交何雨桐办理")))
			.andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(proxy.username());
		assertThat(proxies.actingFor(java.util.List.of(t.getId()))).containsEntry(t.getId(), "何雨桐");
		assertThat(fx.queries.details(fx.as("yuhu.leader"), c.getId()).timeline())
			.anyMatch(e -> "委托代理".equals(e.action()) && e.detail().contains("代 何雨桐 办理"));
		// after the last day the proxy has ended by itself
		ClockUtil.setCurrentTime(Date.from(today.plusDays(3).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(proxy.username()))
			.contentType(MediaType.APPLICATION_JSON).content(body(away.username(), "何雨桐已返岗")))
			.andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(away.username());
		// the accounts stay for later tests: the proxy must not outlive this test
		ClockUtil.reset();
		proxies.of(fx.as(away.username())).forEach(p -> proxies.revoke(fx.as(away.username()), p.id()));
	}

}

package cn.statenforce.rectification;

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
import java.util.List;

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
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskProxies;

/**
 * 转办, 委派, 抄送, 催办 and 委托代理 on the rectification's steps (assigned by name to a unit or a leader): the
 * receiver must hold the step's role in the plan's bureau; copies and held tasks open the plan to a reader outside
 * the bureau scope; the daily urge limit; a unit's proxy receives the measure while the period lasts.
 */
@StatEnforceTest
class RectificationTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	RectificationFixture fx;

	@Autowired
	RectificationService plans;

	@Autowired
	TaskService taskService;

	@Autowired
	UserService users;

	@Autowired
	TaskProxies proxies;

	@Autowired
	WorkingDayCalendar calendar;

	@org.junit.jupiter.api.BeforeEach
	void fixture() {
		fx = new RectificationFixture(users, plans, managementService);
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
	}

	private Plan published(String owner) {
		CurrentLeader l = new CurrentLeader(fx);
		Plan plan = plans.registerFeedback(l.user, new FeedbackCommand("PATROL", "区委第五巡察组", AppClock.today(),
				"雨巡反〔2026〕5号", "区委常规巡察反馈问题整改", RectificationFixture.PLAN_LEADER, null, null));
		Aspect a = plans.addAspect(l.user, plan.id(), "落实统计工作决策部署方面");
		Problem p = plans.addProblem(l.user, plan.id(), a.id(), "统计执法力量较为薄弱");
		plans.addMeasure(l.user, p.id(), new MeasureCommand("加强执法队伍建设", owner, RectificationFixture.LEADER,
				calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE.name(), "培训记录"));
		return plans.publish(l.user, plan.id());
	}

	private record CurrentLeader(cn.statenforce.organization.CurrentUser user) {

		CurrentLeader(RectificationFixture fx) {
			this(fx.user(RectificationFixture.LEADER));
		}

	}

	private Task workMeasure(Plan plan) {
		return taskService.createTaskQuery().processInstanceBusinessKey(plan.planNumber())
			.taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE).list().get(0);
	}

	private UserSummary unit(String name) {
		return users.createUser("yuhu.unit" + System.nanoTime() % 100000000, name, WebTestSupport.DEMO_PASSWORD,
				fx.user(RectificationFixture.LEADER).bureauId(), EnumSet.of(Role.RECTIFICATION_OWNER), null, null);
	}

	private static String body(String receiver) {
		return "{\"receiver\":\"" + receiver + "\",\"reason\":\"科室职责调整\"}";
	}

	@Test
	void shouldTransferOnlyToAUnitOfTheBureau() throws Exception {
		Plan plan = published(RectificationFixture.OWNER);
		Task t = workMeasure(plan);
		assertThat(t.getAssignee()).isEqualTo(RectificationFixture.OWNER);
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(RectificationFixture.OWNER))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuhu.inspector1"))).andExpect(status().isConflict());
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(RectificationFixture.OWNER))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuetang.owner")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是本局人员")));
		mvc.perform(post("/api/tasks/{id}/transfer", t.getId()).with(api(RectificationFixture.OWNER))
			.contentType(MediaType.APPLICATION_JSON).content(body("yuhu.owner2"))).andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.owner2");
	}

	@Test
	void shouldDelegateAndResolveBackToTheOwner() throws Exception {
		Plan plan = published(RectificationFixture.OWNER);
		Task t = workMeasure(plan);
		mvc.perform(post("/api/tasks/{id}/delegate", t.getId()).with(api(RectificationFixture.OWNER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"receiver\":\"yuhu.owner2\",\"note\":\"请整理培训记录\"}"))
			.andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getOwner()).isEqualTo(RectificationFixture.OWNER);
		mvc.perform(post("/api/tasks/{id}/resolve", t.getId()).with(api("yuhu.owner2"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee())
			.isEqualTo(RectificationFixture.OWNER);
	}

	@Test
	void shouldOpenThePlanToACopiedReaderAndToTheHolderOfATask() throws Exception {
		Plan plan = published(RectificationFixture.OWNER);
		Task t = workMeasure(plan);
		mvc.perform(get("/api/rectification/plans/{id}", plan.id()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		String json = mvc.perform(post("/api/tasks/{id}/copy", t.getId()).with(api(RectificationFixture.OWNER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"recipients\":[\"yuetang.leader\"],\"note\":\"供参阅\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long copyId = Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/rectification/plans/{id}", plan.id()).with(api("yuetang.leader"))).andExpect(status().isOk());
		mvc.perform(get("/api/copies").with(api("yuetang.leader"))).andExpect(jsonPath("$.items[0].readLabel").value("未阅"));
		mvc.perform(post("/api/copies/{id}/read", copyId).with(api("yuetang.leader")))
			.andExpect(jsonPath("$.readLabel").value("已阅"));
		mvc.perform(delete("/api/copies/{id}", copyId).with(api(RectificationFixture.OWNER))).andExpect(status().isNoContent());
		mvc.perform(get("/api/rectification/plans/{id}", plan.id()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		taskService.addCandidateUser(t.getId(), "yuetang.director");
		mvc.perform(get("/api/rectification/plans/{id}", plan.id()).with(api("yuetang.director"))).andExpect(status().isOk());
		taskService.deleteCandidateUser(t.getId(), "yuetang.director");
		mvc.perform(get("/api/rectification/plans/{id}", plan.id()).with(api("yuetang.director"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldUrgeOnceADay() throws Exception {
		Plan plan = published(RectificationFixture.OWNER);
		Task t = workMeasure(plan);
		String urge = "{\"message\":\"整改时限临近，请尽快报送佐证材料\"}";
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.director")).contentType(MediaType.APPLICATION_JSON)
			.content(urge)).andExpect(status().isNoContent());
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content(urge)).andExpect(status().isConflict());
		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusDays(1).atTime(10, 0).atZone(AppClock.ZONE).toInstant()));
		mvc.perform(post("/api/tasks/{id}/urge", t.getId()).with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON)
			.content(urge)).andExpect(status().isNoContent());
	}

	@Test
	void shouldRouteANewMeasureToTheUnitsProxyDuringThePeriodOnly() {
		UserSummary away = unit("雨湖区统计局法规股");
		UserSummary proxy = unit("雨湖区统计局普查中心");
		LocalDate today = AppClock.today();
		var set = proxies.set(fx.user(away.username()), proxy.username(), today, today.plusDays(1), "股室负责人外出");
		Task during = workMeasure(published(away.username()));
		assertThat(during.getAssignee()).isEqualTo(proxy.username());
		assertThat(proxies.actingFor(List.of(during.getId()))).containsEntry(during.getId(), "雨湖区统计局法规股");
		ClockUtil.setCurrentTime(Date.from(today.plusDays(2).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		Task after = workMeasure(published(away.username()));
		assertThat(after.getAssignee()).isEqualTo(away.username());
		// the accounts stay for later tests (a certified inspector may be drawn): the proxy must not outlive this test
		ClockUtil.reset();
		proxies.revoke(fx.user(away.username()), set.id());
	}

}

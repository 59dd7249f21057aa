package cn.statenforce.leadtransfer;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskProxies;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * 委托代理 for a task offered only to a group: 局长审批移送 of 岳塘区 goes to the group DIRECTOR_430304, with no assignee.
 * The director is away and names a deputy director (who holds the role, as a proxy must) for today and tomorrow.
 * The deputy sees the task and claims it; apart from the deputy, the group's only member is the director, so the
 * claim is on the director's behalf ("代 X 办理", on the timeline). The director claiming in person during the period
 * acts in person; after the period the deputy's claim is their own.
 */
@StatEnforceTest
class GroupTaskProxyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	TransferService transfers;

	@Autowired
	TaskProxies proxies;

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	TaskVerbCalls verbs;

	UserSummary deputy;

	Long proxyId;

	@BeforeEach
	void setUp() {
		verbs = new TaskVerbCalls(mvc);
		deputy = users.createUser("yuetang.deputy" + System.nanoTime() % 100000000, "欧阳立新", WebTestSupport.DEMO_PASSWORD,
				f.as("yuetang.director").bureauId(), EnumSet.of(Role.DIRECTOR), null, null);
		LocalDate today = AppClock.today();
		proxyId = proxies.set(f.as("yuetang.director"), deputy.username(), today, today.plusDays(1), "参加省局执法培训").id();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		// neither the proxy nor the deputy outlives this test: a second director present would be a colleague of the group
		proxies.revoke(f.as("yuetang.director"), proxyId);
		jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", deputy.username());
	}

	private Task approval() {
		LeadTransfer t = transfers.register(f.as("yuetang.inspector1"), LeadTransferProcessTest.standalone("DISCIPLINE_SUPERVISION",
				"询问笔录（街道统计站站长）"), List.of());
		Task task = taskService.createTaskQuery().processInstanceId(t.processInstanceId())
			.taskDefinitionKey(TransferService.TASK_APPROVE).active().singleResult();
		assertThat(task.getAssignee()).isNull();
		assertThat(taskService.getIdentityLinksForTask(task.getId())).allMatch(l -> l.getUserId() == null);
		return task;
	}

	private String directorName() {
		return users.byUsernames(List.of("yuetang.director")).get("yuetang.director").displayName();
	}

	@Test
	void shouldRecordTheProxysClaimOnBehalfOfTheAwayDirectorDuringThePeriod() throws Exception {
		Task t = approval();
		mvc.perform(get("/tasks").with(page(userDetails, deputy.username()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/tasks/" + t.getId())));
		verbs.claim(deputy.username(), t.getId()).andExpect(status().isOk());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(deputy.username());
		assertThat(proxies.actingFor(List.of(t.getId()))).containsEntry(t.getId(), directorName());
		mvc.perform(get("/tasks").with(page(userDetails, deputy.username())))
			.andExpect(content().string(containsString("（代 " + directorName() + " 办理）")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = ? AND action = '委托代理' "
				+ "AND detail LIKE ?", Long.class, TransferService.SUBJECT, "%代 " + directorName() + " 签收办理%")).isGreaterThanOrEqualTo(1);
		// given back to the group, the task is no longer handled on the director's behalf
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tasks/{id}/unclaim", t.getId())
			.with(WebTestSupport.api(deputy.username()))).andExpect(status().isOk());
		assertThat(proxies.actingFor(List.of(t.getId()))).isEmpty();
	}

	@Test
	void shouldLetTheDirectorActInPersonDuringThePeriod() throws Exception {
		Task t = approval();
		verbs.claim("yuetang.director", t.getId()).andExpect(status().isOk());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuetang.director");
		assertThat(proxies.actingFor(List.of(t.getId()))).isEmpty();
	}

	@Test
	void shouldMakeTheDeputysClaimTheirOwnAfterThePeriodEnds() throws Exception {
		ClockUtil.setCurrentTime(java.util.Date.from(AppClock.today().plusDays(2).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		Task t = approval();
		verbs.claim(deputy.username(), t.getId()).andExpect(status().isOk());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo(deputy.username());
		assertThat(proxies.actingFor(List.of(t.getId()))).isEmpty();
	}

}

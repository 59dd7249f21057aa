package cn.statenforce.inspection;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.shared.AppClock;

/**
 * Who the 全过程记录 names for each kind of step of an inspection: the inspector who serves the notice through the
 * page (name, roles, bureau, the address the request came from); the background step that issues the order to
 * correct, run by the job executor (系统（后台任务）) even when it runs on the thread of a signed-in person's request (an
 * administrator's retry); and the overdue escalation a timer starts (系统（定时任务）). Expected names and roles are
 * read from the user tables, not from the code that records them.
 */
@StatEnforceTest
class InspectionAuditActorTest {

	private static final String INSPECTOR_ADDRESS = "10.12.0.23";

	@Autowired ProcessEngine engine;
	@Autowired RuntimeService runtime;
	@Autowired TaskService taskService;
	@Autowired InspectionService inspections;
	@Autowired InspectionFixture fixture;
	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void shouldRecordTheInspectorOfAUserStepWithRolesBureauAndAddress() throws Exception {
		Inspection i = fixture.startedInspections(1, 311).get(0);
		String taskId = taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();

		mvc.perform(post("/inspection/tasks/{taskId}/notice", taskId).with(page(users, i.inspector1())).with(csrf())
			.with(r -> {
				r.setRemoteAddr(INSPECTOR_ADDRESS);
				return r;
			})
			.param("servedOn", AppClock.today().toString()).param("recipient", "欧阳晓燕"))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> e = entry(i, "送达检查通知书");
		Map<String, Object> u = jdbc.queryForMap("SELECT id, display_name, bureau_id FROM app_user WHERE username = ?",
				i.inspector1());
		Set<String> roles = new TreeSet<>(jdbc.queryForList("SELECT role FROM user_role WHERE user_id = ?", String.class,
				u.get("ID")));
		assertThat(roles).contains("INSPECTOR");
		assertThat(e).containsEntry("ACTOR_KIND", "USER").containsEntry("ACTOR", i.inspector1())
			.containsEntry("ACTOR_NAME", u.get("DISPLAY_NAME")).containsEntry("ACTOR_BUREAU_ID", u.get("BUREAU_ID"))
			.containsEntry("CLIENT_ADDRESS", INSPECTOR_ADDRESS);
		assertThat(new TreeSet<>(Arrays.asList(((String) e.get("ACTOR_ROLES")).split(",")))).isEqualTo(roles);
	}

	@Test
	void shouldRecordTheBackgroundStepAsTheJobExecutorNotAsThePersonOnTheThread() {
		Inspection i = fixture.startedInspections(1, 312).get(0);
		ProcessInstance pi = instance(i);
		inspections.serveNotice(fixture.user(i.inspector1()), task(i), new InspectionCommands.ServeNotice(AppClock.today(), "欧阳晓燕"));
		inspections.recordInspection(fixture.user(i.inspector1()), task(i), minor(i));
		assertThat(pi).isWaitingAt(InspectionProcess.TASK_ORDER_CORRECTION);

		// the job runs on a thread that serves a signed-in inspector's request (as an administrator's retry does)
		signedInOnThisThread(i.inspector2());
		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));

		assertThat(pi).hasPassed(InspectionProcess.TASK_ORDER_CORRECTION);
		assertThat(entry(i, "现场检查")).containsEntry("ACTOR", i.inspector1()).containsEntry("ACTOR_KIND", "USER");
		assertSystem(entry(i, "责令改正"), "system:job", "系统（后台任务）");
	}

	@Test
	void shouldRecordTheOverdueEscalationAsTheTimer() {
		Inspection i = fixture.startedInspections(1, 313).get(0);
		ProcessInstance pi = instance(i);
		Date overdueAt = (Date) runtime.getVariable(pi.getId(), InspectionProcess.VAR_OVERDUE_AT);
		ClockUtil.setCurrentTime(new Date(overdueAt.getTime() + 60_000));
		signedInOnThisThread(i.inspector1());
		execute(job("Event_InspectionOverdue", pi));
		execute(job(InspectionProcess.TASK_ESCALATE, pi));

		assertSystem(entry(i, "逾期督办"), "system:timer", "系统（定时任务）");
	}

	private static void assertSystem(Map<String, Object> e, String actor, String name) {
		assertThat(e).containsEntry("ACTOR_KIND", "SYSTEM").containsEntry("ACTOR", actor).containsEntry("ACTOR_NAME", name);
		assertThat(e.get("ACTOR_ROLES")).isNull();
		assertThat(e.get("ACTOR_BUREAU_ID")).isNull();
		assertThat(e.get("CLIENT_ADDRESS")).isNull();
	}

	/** The newest entry of the inspection with that action on the bureau's chain (committed: these tests commit). */
	private Map<String, Object> entry(Inspection i, String action) {
		List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_record WHERE bureau_id = ? AND subject_type = ? "
				+ "AND subject_id = ? AND action = ? ORDER BY seq DESC", i.bureauId(), InspectionService.SUBJECT, i.id(), action);
		assertThat(rows).as("全过程记录中的「%s」", action).isNotEmpty();
		return rows.get(0);
	}

	private void signedInOnThisThread(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/incidents/1/retry");
		request.setRemoteAddr(INSPECTOR_ADDRESS);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private InspectionCommands.RecordInspection minor(Inspection i) {
		List<InspectionItem> items = fixture.plans.items(i.planId());
		List<InspectionCommands.CheckRecord> checks = items.stream()
			.map(item -> new InspectionCommands.CheckRecord(item.id(), !item.equals(items.get(1)),
					item.equals(items.get(1)) ? "未设置统计台账" : null, "现场检查笔录第1页"))
			.toList();
		return new InspectionCommands.RecordInspection(AppClock.today(), checks, InspectionResult.MINOR, "未设置统计台账，情节轻微",
				"建立工业产值统计台账", AppClock.today().plusDays(10));
	}

	private ProcessInstance instance(Inspection i) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

	private String task(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
	}

}

package cn.statenforce.operations;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.BureauService;
import cn.statenforce.workbench.TaskSubject;

/**
 * 异常流程: a failure injected into a background step (a test model whose step fails while a flag is set) stops
 * after its retries and raises an incident; the bureau's ADMIN — and no other bureau's — sees it with the record, the
 * step's Chinese name and a Chinese cause (the technical line only behind 技术信息, never a stack trace), sees the
 * count on the workbench, and retries it to completion once the cause is gone; the retry is on the record's
 * timeline with who did it. A real case's incident is mapped to the case and its party the same way.
 */
@StatEnforceTest
class IncidentPageTest {

	private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	FailingStepProbe probe;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	BureauService bureaus;

	@Autowired
	ActivityLog activity;

	@Autowired
	CaseFixture cases;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		FailingStepProbe.deploy(repositoryService);
	}

	/** A test instance about a real unit of 雨湖区, its step failing until the flag is cleared. */
	private ProcessInstance failing(long subjectId) {
		Enterprise unit = enterprises.search(cases.as("yuhu.inspector1"), null, 1, 1).items().get(0);
		String key = "PROBE-" + subjectId;
		probe.register(key, new TaskSubject("测试文书 " + subjectId, unit.name(), null,
				bureaus.bureauByRegionCode("430302").id(), FailingStepProbe.SUBJECT_TYPE, subjectId));
		ProcessInstance pi = runtime.startProcessInstanceByKey(FailingStepProbe.KEY, key, Map.of("fail", true));
		// the job executor tries three times, then gives up: an incident
		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
			assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining(FailingStepProbe.INJECTED);
		}
		assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
		return pi;
	}

	private String incidentId(ProcessInstance pi) {
		return runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getId();
	}

	private String pageOf(String username, String path) throws Exception {
		return mvc.perform(get(path).with(page(users, username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void shouldShowTheBureausFailedStepInChineseAndRetryItToCompletion() throws Exception {
		long subject = SUBJECTS.incrementAndGet();
		ProcessInstance pi = failing(subject);
		String unit = enterprises.search(cases.as("yuhu.inspector1"), null, 1, 1).items().get(0).name();

		String html = pageOf("yuhu.admin", "/admin/incidents");
		assertThat(html).contains("PROBE-" + subject, unit, "生成测试文书", "平台异常测试",
				"系统程序错误，后台步骤未能完成", "技术信息", "java.lang.IllegalStateException: " + FailingStepProbe.INJECTED);
		assertThat(html).as("no stack trace on the page").doesNotContain("\tat ", "at cn.statenforce.", "at org.camunda.");
		// another bureau's ADMIN, the city's (own bureau only) and an inspector do not see it
		assertThat(pageOf("yuetang.admin", "/admin/incidents")).doesNotContain("PROBE-" + subject);
		assertThat(pageOf("city.admin", "/admin/incidents")).doesNotContain("PROBE-" + subject);
		mvc.perform(get("/admin/incidents").with(page(users, "yuhu.inspector1"))).andExpect(status().isForbidden());
		// the workbench shows the ADMIN the count
		assertThat(pageOf("yuhu.admin", "/")).contains("id=\"incident-count\"", "异常流程");
		assertThat(pageOf("yuhu.inspector1", "/")).doesNotContain("incident-count");

		// another bureau's ADMIN cannot retry it
		mvc.perform(post("/admin/incidents/{id}/retry", incidentId(pi)).with(page(users, "yuetang.admin")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);

		// the cause is removed, the ADMIN retries: the step completes and the process goes on
		runtime.setVariable(pi.getId(), "fail", false);
		mvc.perform(post("/admin/incidents/{id}/retry", incidentId(pi)).with(page(users, "yuhu.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "已重试「生成测试文书」，流程已继续"));
		BpmnAwareTests.assertThat(pi).hasPassed("Task_FailingStep").isWaitingAt("Task_AfterStep");
		assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
		assertThat(pageOf("yuhu.admin", "/admin/incidents")).doesNotContain("PROBE-" + subject);

		var timeline = activity.timeline(FailingStepProbe.SUBJECT_TYPE, subject);
		assertThat(timeline).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("INCIDENT_RETRIED");
			assertThat(e.actor()).isEqualTo("yuhu.admin");
			assertThat(e.detail()).contains("生成测试文书");
		});
		assertThat(timeline).anySatisfy(e -> assertThat(e.action()).isEqualTo("INCIDENT_RESOLVED"));
		// the step itself ran as the system, as the job executor would have run it (not as the ADMIN who retried it)
		assertThat(timeline).filteredOn(e -> e.action().equals("PROBE_STEP")).singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo("system:job"));
	}

	@Test
	void shouldSayWhenARetryFailsAgain() throws Exception {
		long subject = SUBJECTS.incrementAndGet();
		ProcessInstance pi = failing(subject);
		mvc.perform(post("/admin/incidents/{id}/retry", incidentId(pi)).with(page(users, "yuhu.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorMessage", "重试「生成测试文书」后仍未完成：系统程序错误，后台步骤未能完成。请联系技术支持并提供技术信息；问题修复后可重试。"));
		assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
		assertThat(activity.timeline(FailingStepProbe.SUBJECT_TYPE, subject))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("INCIDENT_RETRY_FAILED"));
		assertThat(pageOf("yuhu.admin", "/admin/incidents")).contains("PROBE-" + subject);
	}

	/** An incident of a real case: the page names the case by its number and party, the step by the model's name. */
	@Test
	void shouldMapAnIncidentOfACaseToTheCaseAndItsParty() throws Exception {
		EnforcementCase c = cases.lead(cn.statenforce.shared.AppClock.today().minusDays(30));
		ProcessInstance pi = cases.pi(c);
		cases.intake.assess(cases.as("yuhu.inspector1"), c.getId(),
				new cn.statenforce.enforcementcase.CaseCommands.Assess(
						cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal.FILE, "事实清楚，建议立案"));
		Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
		// the job executor gave up on it (no failure recorded: e.g. stopped by an operator)
		management.setJobRetries(job.getId(), 0);

		String html = pageOf("yuhu.admin", "/admin/incidents");
		assertThat(html).contains(c.getLeadNumber(), c.getPartyName(), "追责时效检查", "统计执法案件办理",
				"href=\"/cases/" + c.getId() + "\"", "后台步骤已停止自动重试");
		assertThat(pageOf("yuetang.admin", "/admin/incidents")).doesNotContain(c.getLeadNumber());

		mvc.perform(post("/admin/incidents/{id}/retry", incidentId(pi)).with(page(users, "yuhu.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "已重试「追责时效检查」，流程已继续"));
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveFiling");
		assertThat(activity.timeline("ENFORCEMENT_CASE", c.getId()))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("INCIDENT_RETRIED");
				assertThat(e.actor()).isEqualTo("yuhu.admin");
			});
	}

}

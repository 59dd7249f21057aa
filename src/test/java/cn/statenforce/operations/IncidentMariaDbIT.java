package cn.statenforce.operations;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.UserService;
import cn.statenforce.workbench.TaskSubject;

/** The incident page on MariaDB: the failure (with its stored exception) is listed in Chinese and retried to completion. */
@StatEnforceMariaDbIT
class IncidentMariaDbIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UserService users;

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

	@Test
	void shouldListAndRetryAFailedStep() throws Exception {
		FailingStepProbe.deploy(repositoryService);
		var inspector = users.summary("yuhu.inspector1");
		var me = new cn.statenforce.organization.CurrentUser(inspector.id(), inspector.username(), inspector.displayName(),
				inspector.bureauId(), inspector.roles());
		String unit = enterprises.search(me, null, 1, 1).items().get(0).name();
		probe.register("PROBE-IT-1", new TaskSubject("测试文书 1", unit, null, bureaus.bureauByRegionCode("430302").id(),
				FailingStepProbe.SUBJECT_TYPE, 1L));
		ProcessInstance pi = runtime.startProcessInstanceByKey(FailingStepProbe.KEY, "PROBE-IT-1", Map.of("fail", true));
		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
			assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining(FailingStepProbe.INJECTED);
		}
		String html = mvc.perform(get("/admin/incidents").with(page(accounts, "yuhu.admin"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("PROBE-IT-1", unit, "生成测试文书", "系统程序错误", FailingStepProbe.INJECTED);
		String incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getId();
		runtime.setVariable(pi.getId(), "fail", false);
		mvc.perform(post("/admin/incidents/{id}/retry", incident).with(page(accounts, "yuhu.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "已重试「生成测试文书」，流程已继续"));
		assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
		assertThat(activity.timeline(FailingStepProbe.SUBJECT_TYPE, 1L))
			.anySatisfy(e -> assertThat(e.actor()).isEqualTo("yuhu.admin"));
	}

}

package cn.statenforce.rectification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.LeadReference;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * The approval verbs on correction-recheck.bpmn (the order to correct handed over by a case or an inspection), whose
 * only user step is 复查改正情况: no earlier step, so no 退回 or 撤回; 转办 only to an inspector of the bureau with a
 * 统计执法证 valid today (统计法 Art 38: yuhu.inspector3's expired), 委派 back to the inspector, 抄送, 催办 once a day.
 */
@StatEnforceTest
class CorrectionRecheckTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	CorrectionService corrections;

	@Autowired
	EnterpriseService enterprises;

	RectificationFixture fx;

	TaskVerbCalls verbs;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
		verbs = new TaskVerbCalls(mvc);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private Task recheck() {
		var leader = fx.user(RectificationFixture.LEADER);
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		LeadReference ref = corrections.openCorrection(new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 98L,
				"430302-XX-2026-098", enterpriseId, "未按规定设置原始记录和统计台账", "限期建立健全原始记录和统计台账",
				AppClock.today().plusDays(10), List.of("yuhu.inspector1", "yuhu.inspector2")));
		Plan plan = plans.planUnchecked(ref.id());
		return taskService.createTaskQuery().processInstanceId(plan.processInstanceId())
			.taskDefinitionKey(RectificationProcess.TASK_RECHECK).active().singleResult();
	}

	@Test
	void shouldOfferNoReturnAndTransferOnlyToACertifiedInspectorOfTheBureau() throws Exception {
		Task t = recheck();
		verbs.claim("yuhu.inspector1", t.getId()).andExpect(status().isOk());
		verbs.targets("yuhu.inspector1", t.getId()).andExpect(jsonPath("$.length()").value(0));
		verbs.returnTo("yuhu.inspector1", t.getId(), RectificationProcess.TASK_RECHECK, "退回").andExpect(status().isConflict());
		verbs.transfer("yuhu.inspector1", t.getId(), "yuhu.inspector3", "外出").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("统计执法证")));
		verbs.transfer("yuhu.inspector1", t.getId(), "yuetang.inspector1", "外出").andExpect(status().isConflict());
		verbs.transfer("yuhu.inspector1", t.getId(), "yuhu.leader", "外出").andExpect(status().isConflict());
		verbs.transfer("yuhu.inspector1", t.getId(), "yuhu.inspector2", "外出参加培训，请代为复查").andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.inspector2");
	}

	@Test
	void shouldDelegateCopyAndUrgeTheRecheckOnceADay() throws Exception {
		Task t = recheck();
		verbs.claim("yuhu.inspector1", t.getId()).andExpect(status().isOk());
		verbs.delegate("yuhu.inspector1", t.getId(), "yuhu.inspector2", "请先电话联系企业").andExpect(status().isNoContent());
		verbs.resolve("yuhu.inspector2", t.getId(), "企业称已补建台账").andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.inspector1");
		verbs.copy("yuhu.inspector1", t.getId(), "yuhu.leader", "供参阅").andExpect(status().isCreated());
		verbs.copies("yuhu.leader").andExpect(jsonPath("$.items[0].taskName").value("复查改正情况"));
		verbs.urge("yuhu.leader", t.getId(), "复查期限临近，请尽快复查").andExpect(status().isNoContent());
		verbs.urge("yuhu.director", t.getId(), "复查期限临近，请尽快复查").andExpect(status().isConflict());
		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusDays(1).atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
		verbs.urge("yuhu.director", t.getId(), "复查期限临近，请尽快复查").andExpect(status().isNoContent());
	}

}

package cn.statenforce.interference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * The approval verbs on interference-report.bpmn, whose only user step is 报送干预记录定期报告 (offered to the designated
 * recorders and the bureau's directors): nothing comes before it, so 退回 and 撤回 do not apply; 转办 only to a director
 * of the bureau (the step's group), 委派 back to the recorder, 抄送 and 催办 once a day. The 2033 first quarter, which no
 * other test reports.
 */
@StatEnforceTest
class InterferenceTaskVerbsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	InterferenceService records;

	@Autowired
	InterferenceReportService reports;

	@Autowired
	CaseFixture f;

	TaskVerbCalls verbs;

	@BeforeEach
	void setUp() {
		verbs = new TaskVerbCalls(mvc);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private Task report() {
		try {
			records.designate(f.as("yuhu.director"), "yuhu.legal");
		}
		catch (ConflictException alreadyDesignated) {
			// designated by another test of this context
		}
		InterferenceReport r = reports.reportByNumber("GY430302-2033-Q1");
		if (r == null) {
			InterferenceReportProcessTest.clock(LocalDate.of(2033, 4, 5));
			reports.openDueReports();
			ClockUtil.reset();
			r = reports.reportByNumber("GY430302-2033-Q1");
		}
		return taskService.createTaskQuery().processInstanceId(r.processInstanceId()).active().singleResult();
	}

	@Test
	void shouldOfferNoReturnButTransferToADirectorDelegateCopyAndUrge() throws Exception {
		Task t = report();
		verbs.claim("yuhu.legal", t.getId()).andExpect(status().isOk());
		verbs.targets("yuhu.legal", t.getId()).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		verbs.returnTo("yuhu.legal", t.getId(), InterferenceReportService.TASK_SUBMIT, "退回").andExpect(status().isConflict());
		verbs.transfer("yuhu.legal", t.getId(), "yuhu.leader", "外出学习").andExpect(status().isConflict());
		verbs.transfer("yuhu.legal", t.getId(), "yuetang.director", "外出学习").andExpect(status().isConflict());
		verbs.delegate("yuhu.legal", t.getId(), "yuhu.director", "请局长核对本季度记录").andExpect(status().isNoContent());
		verbs.resolve("yuhu.director", t.getId(), "已核对，无干预记录").andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.legal");
		verbs.copy("yuhu.legal", t.getId(), "yuhu.director", "供参阅").andExpect(status().isCreated());
		verbs.copies("yuhu.director").andExpect(jsonPath("$.items[0].taskName").value("报送干预记录定期报告"));
		verbs.urge("yuhu.director", t.getId(), "请按期报送干预记录定期报告").andExpect(status().isNoContent());
		verbs.urge("yuhu.director", t.getId(), "请按期报送干预记录定期报告").andExpect(status().isConflict());
		InterferenceReportProcessTest.clock(AppClock.today().plusDays(1));
		verbs.urge("yuhu.director", t.getId(), "请按期报送干预记录定期报告").andExpect(status().isNoContent());
		ClockUtil.reset();
		verbs.transfer("yuhu.legal", t.getId(), "yuhu.director", "外出学习，请局长报送").andExpect(status().isNoContent());
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("yuhu.director");
		reports.submit(f.as("yuhu.director"), reports.reportByNumber("GY430302-2033-Q1").id(), true, "本季度未发生干预统计工作的情况");
		assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult()).isNull();
	}

}

package cn.statenforce.enforcementcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * 法定要件核验 on 处罚决定审批 (issue 18): the approver sees every requirement with its state; a requirement that fails
 * says why, and the approval is refused with those very words; once the party's windows have closed every line holds
 * and the approval goes through. Which requirements fail is what the law says of the situation (《行政处罚法》第六十二条:
 * no decision while the party may still state its case; the investigator may not approve), not what the code lists.
 */
@StatEnforceTest
class CaseChecklistTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	CaseChecklist checklist;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TaskService tasks;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void shouldListTheRequirementsOfTheDecisionAndRefuseTheApprovalWithTheWordsOfTheFailingOne() throws Exception {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		// prior notice served today; the party states its case and expressly waives the rest (recorded)
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", f.pi(c)));
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveDecision");
		EnforcementCase atApproval = f.reload(c);

		// the leader, today: every requirement holds, each with what it rests on
		List<CaseChecklist.Check> leader = checklist.decisionApproval(f.as("yuhu.leader"), atApproval);
		assertThat(leader).extracting(CaseChecklist.Check::requirement).contains("审批人不是本案调查人员（调查与决定分离）",
				"陈述、申辩期限届满或当事人明确放弃（《行政处罚法》第六十二条）", "依法责令改正（《行政处罚法》第二十八条）");
		assertThat(leader).allMatch(CaseChecklist.Check::met);
		assertThat(line(leader, "陈述、申辩").detail()).contains("明确放弃");
		assertThat(line(leader, "依法责令改正").detail()).contains("建立健全统计台账");
		assertThat(line(leader, "处罚种类和罚款数额").detail()).contains("20000");
		// the investigator may not approve the decision of the case (调查与决定分离)
		assertThat(line(checklist.decisionApproval(f.as("yuhu.inspector1"), atApproval), "审批人不是").met()).isFalse();

		// a day before the investigation ended and the prior notice was served no decision may be made: that line
		// fails, the approval is refused in its words and nothing moves
		java.time.LocalDate before = atApproval.getNoticeServedOn().minusDays(1);
		ClockUtil.setCurrentTime(Date.from(before.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		List<CaseChecklist.Check> early = checklist.decisionApproval(f.as("yuhu.leader"), f.reload(c));
		CaseChecklist.Check dates = line(early, "决定日期");
		assertThat(dates.met()).isFalse();
		assertThat(dates.detail()).contains("处罚决定日期（" + before + "）不能早于");
		assertThat(early).filteredOn(k -> !k.met()).containsExactly(dates);
		assertThatThrownBy(() -> f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(),
				new CaseCommands.Approval(true, "同意")))
			.isInstanceOf(ConflictException.class).hasMessage(dates.detail());
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveDecision");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.DECIDING);

		// the task page shows the checklist with the failing line
		String taskId = tasks.createTaskQuery().processInstanceId(atApproval.getProcessInstanceId())
			.taskDefinitionKey("Task_ApproveDecision").singleResult().getId();
		tasks.claim(taskId, "yuhu.leader");
		String page = mvc.perform(get("/tasks/" + taskId).with(WebTestSupport.page(userDetails, "yuhu.leader")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("法定要件核验", "id=\"statutory-checklist\"", "data-met=\"false\"", dates.detail());

		// back to today: the leader approves
		ClockUtil.reset();
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意"));
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.DECIDED);
	}

	private static CaseChecklist.Check line(List<CaseChecklist.Check> checks, String prefix) {
		return checks.stream().filter(k -> k.requirement().startsWith(prefix)).findFirst().orElseThrow();
	}

}

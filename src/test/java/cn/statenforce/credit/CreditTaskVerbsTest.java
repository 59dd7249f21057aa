package cn.statenforce.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.workbench.TaskVerbCalls;

/**
 * The approval verbs on the credit processes. credit-identification.bpmn has one user step (审批严重失信认定): the
 * proposal is not a task, so there is nothing to return to or withdraw — only 转办 (to another leader or the
 * director, never an inspector), 委派, 抄送 and 催办 apply. credit-repair.bpmn: 审批信用修复 returns to 审核信用修复材料
 * (待审批 → 待审核) and the reviewer may withdraw the review until a leader takes the approval up (409 after).
 */
@StatEnforceTest
class CreditTaskVerbsTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService history;

	@Autowired
	CreditService credit;

	@Autowired
	CreditRepairService repairs;

	@Autowired
	CorrectionService corrections;

	@Autowired
	CaseFixture f;

	@Autowired
	cn.statenforce.document.DossierFixture dossier;

	TaskVerbCalls verbs;

	@BeforeEach
	void setUp() {
		init(processEngine);
		verbs = new TaskVerbCalls(mvc);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private Task open(String processInstanceId, String key) {
		return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).active().singleResult();
	}

	private CreditRecord proposed() {
		EnforcementCase c = closedCase();
		return credit.propose(f.as("yuhu.legal"), new CreditCommands.Proposal(c.getId(), "当事人" + c.getPartyName()
				+ "转移、毁弃原始记录，情节严重，经" + c.getDecisionNumber() + "给予警告并处罚款，认定为统计严重失信企业。"));
	}

	/** A repair application waiting for the materials' review, seven months into the publication. */
	private CreditRepair applied() {
		CreditRecord r = proposed();
		CreditRecord published = credit.approve(f.as("yuhu.leader"), r.id(), new CreditCommands.Approval(true, "同意认定"));
		CreditProcessTest.clock(AppClock.today().plusMonths(7));
		credit.registerCommitment(f.as("yuhu.inspector1"), published.enterpriseId(), new CreditCommands.Commitment("REPAIR",
				AppClock.today(), "王建华（法定代表人）", "依法如实报送统计资料，不再发生统计违法行为"), List.of(EvidenceFiles.pdf("信用修复承诺书.pdf")));
		return repairs.apply(f.as("yuhu.inspector1"), r.id(), new CreditCommands.RepairApplication("REPAIR", AppClock.today(),
				"湘潭市雨湖区某公司 张会计", "已补齐2025年度原始记录和统计台账，罚款已缴清，参加信用修复培训。"),
				List.of(EvidenceFiles.pdf("整改报告.pdf")));
	}

	@Test
	void shouldOfferTheSingleIdentificationStepNoReturnButTransferDelegateCopyAndUrge() throws Exception {
		CreditRecord r = proposed();
		Task approve = open(r.processInstanceId(), CreditService.TASK_APPROVE);
		verbs.claim("yuhu.leader", approve.getId()).andExpect(status().isOk());
		verbs.targets("yuhu.leader", approve.getId()).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		verbs.returnTo("yuhu.leader", approve.getId(), CreditService.TASK_APPROVE, "退回").andExpect(status().isConflict());
		verbs.transfer("yuhu.leader", approve.getId(), "yuhu.inspector1", "回避").andExpect(status().isConflict());
		verbs.transfer("yuhu.leader", approve.getId(), "yuetang.director", "回避").andExpect(status().isConflict());
		verbs.delegate("yuhu.leader", approve.getId(), "yuhu.director", "请局长审定").andExpect(status().isNoContent());
		verbs.resolve("yuhu.director", approve.getId(), "同意认定").andExpect(status().isNoContent());
		assertThat(open(r.processInstanceId(), CreditService.TASK_APPROVE).getAssignee()).isEqualTo("yuhu.leader");
		verbs.transfer("yuhu.leader", approve.getId(), "yuhu.director", "本人系该案审批人，申请回避").andExpect(status().isNoContent());
		assertThat(open(r.processInstanceId(), CreditService.TASK_APPROVE).getAssignee()).isEqualTo("yuhu.director");
		verbs.copy("yuhu.director", approve.getId(), "yuhu.inspector2", "供参阅").andExpect(status().isCreated());
		verbs.copies("yuhu.inspector2").andExpect(jsonPath("$.items[0].taskName").value("审批严重失信认定"));
		verbs.urge("yuhu.legal", approve.getId(), "认定材料已齐，请尽快审批").andExpect(status().isNoContent());
		verbs.urge("yuhu.inspector1", approve.getId(), "认定材料已齐，请尽快审批").andExpect(status().isConflict());
		CreditProcessTest.clock(AppClock.today().plusDays(1));
		verbs.urge("yuhu.inspector1", approve.getId(), "认定材料已齐，请尽快审批").andExpect(status().isNoContent());
	}

	@Test
	void shouldReturnTheRepairApprovalToTheReviewAndLetTheReviewerWithdrawOnlyUntilALeaderClaims() throws Exception {
		CreditRepair p = applied();
		Task review = open(p.processInstanceId(), CreditRepairService.TASK_REVIEW);
		verbs.targets("yuhu.inspector2", review.getId()).andExpect(jsonPath("$.length()").value(0));
		verbs.transfer("yuhu.inspector2", review.getId(), "yuhu.inspector3", "外出").andExpect(status().isConflict());
		repairs.review(f.as("yuhu.inspector2"), p.id(), true, "材料齐全");
		assertThat(repairs.unchecked(p.id()).status()).isEqualTo("APPROVING");

		// 退回 by the leader, with the opinion: the reviewer has the review again
		Task approve = open(p.processInstanceId(), CreditRepairService.TASK_APPROVE);
		verbs.targets("yuhu.leader", approve.getId()).andExpect(jsonPath("$[0].name").value("审核信用修复材料"));
		verbs.returnTo("yuhu.leader", approve.getId(), CreditRepairService.TASK_REVIEW, "罚款缴纳凭证为复印件，请核对原件")
			.andExpect(status().isOk());
		assertThat(repairs.unchecked(p.id()).status()).isEqualTo("REVIEWING");
		assertThat(open(p.processInstanceId(), CreditRepairService.TASK_REVIEW).getAssignee()).isEqualTo("yuhu.inspector2");
		assertThat(open(p.processInstanceId(), CreditRepairService.TASK_APPROVE)).isNull();

		// 撤回 by the reviewer while the approval is untouched, then 409 once a leader claimed it
		repairs.review(f.as("yuhu.inspector2"), p.id(), true, "已核对原件");
		String done = history.createHistoricTaskInstanceQuery().processInstanceId(p.processInstanceId())
			.taskDefinitionKey(CreditRepairService.TASK_REVIEW).finished().orderByHistoricTaskInstanceEndTime().desc().list().get(0).getId();
		verbs.withdraw("yuhu.inspector2", done, "审核意见需补充").andExpect(status().isOk());
		assertThat(repairs.unchecked(p.id()).status()).isEqualTo("REVIEWING");
		repairs.review(f.as("yuhu.inspector2"), p.id(), true, "材料齐全，原件已核对");
		String again = history.createHistoricTaskInstanceQuery().processInstanceId(p.processInstanceId())
			.taskDefinitionKey(CreditRepairService.TASK_REVIEW).finished().orderByHistoricTaskInstanceEndTime().desc().list().get(0).getId();
		verbs.claim("yuhu.director", open(p.processInstanceId(), CreditRepairService.TASK_APPROVE).getId()).andExpect(status().isOk());
		verbs.withdraw("yuhu.inspector2", again, null).andExpect(status().isConflict());
		assertThat(repairs.unchecked(p.id()).status()).isEqualTo("APPROVING");
		repairs.approve(f.as("yuhu.director"), p.id(), new CreditCommands.Approval(true, "同意信用修复"));
		assertThat(repairs.unchecked(p.id()).status()).isEqualTo("APPROVED");
	}

	/** A serious case (转移、毁弃原始记录, 情节严重, fined 150,000 yuan) driven to closure through the case capability. */
	private EnforcementCase closedCase() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		CaseCommands.Approval yes = new CaseCommands.Approval(true, "同意");
		f.report(c, "DESTROY_RECORDS", "SERIOUS", false);
		f.proposeFine(c, 150_000, "补齐原始记录");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "事实清楚，程序合法"));
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局长、分管领导、法制审核员", "同意处罚"));
		f.decisions.approveDecision(f.as("yuhu.director"), c.getId(), yes);
		execute(job("Task_IssueDecision", pi));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), CaseEnums.ServiceMethod.DIRECT, null));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Payment(AppClock.today(), BigDecimal.valueOf(150_000)));
		execute(job("Task_OpenCorrection", pi));
		corrections.recheck(f.as("yuhu.inspector2"), f.reload(c).getCorrectionId(), true, "已改正");
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes);
		return f.reload(c);
	}

}

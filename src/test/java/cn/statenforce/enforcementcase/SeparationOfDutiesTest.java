package cn.statenforce.enforcementcase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.EnumSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * Separation of duties (issue 16): a staff member who is both 执法人员 and 分管领导 (a small district bureau) neither
 * approves the filing of a lead they registered and assessed nor the decision of a case they investigate; another
 * leader does. The demo accounts hold one role each, so the rule is only visible with such an account.
 */
@StatEnforceTest
class SeparationOfDutiesTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	CaseFixture f;

	@Autowired
	UserService users;

	@BeforeEach
	void setUp() {
		init(processEngine);
	}

	private CurrentUser created;

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		// other tests count a bureau's leaders (who is notified): the account leaves the role and is disabled
		if (created != null) {
			UserSummary u = users.summary(created.username());
			users.updateUser(f.as("yuhu.admin"), u.id(), u.rowVersion(), u.displayName(), null, null, false,
					EnumSet.of(Role.INSPECTOR));
		}
	}

	/** A certified inspector of 雨湖区 who is also a leader. */
	private CurrentUser inspectorAndLeader() {
		String username = "yuhu.dual" + System.nanoTime() % 1_000_000;
		UserSummary u = users.createUser(username, "欧阳振华", "Yh-2026-enforcement", f.as("yuhu.leader").bureauId(),
				EnumSet.of(Role.INSPECTOR, Role.LEADER), null, null);
		users.addCertificate(u.id(), "43030226" + (System.nanoTime() % 1_000_000), AppClock.today().minusYears(1),
				AppClock.today().plusYears(2), "湖南省统计局", "工业");
		created = f.as(username);
		return created;
	}

	@Test
	void shouldNotLetTheLeadsOwnHandlerApproveItsFiling() {
		CurrentUser dual = inspectorAndLeader();
		EnforcementCase c = f.intake.registerLead(dual, new CaseCommands.RegisterLead(CaseSource.REPORT,
				f.organization("yuhu").id(), "涉嫌提供不真实统计资料", "举报称该单位虚报营业收入", AppClock.today().minusMonths(2),
				"李四", "13800000000"));
		ProcessInstance pi = f.pi(c);
		f.intake.assess(dual, c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", pi));
		assertThatThrownBy(() -> f.intake.approveFiling(dual, c.getId(), CaseFixture.yes()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("审批人不得");
		assertThat(pi).isWaitingAt("Task_ApproveFiling");
		f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		assertThat(pi).hasPassed("Task_ApproveFiling");
	}

	@Test
	void shouldNotLetAnInvestigatorApproveTheDecision() {
		CurrentUser dual = inspectorAndLeader();
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.team.addInspector(f.as("yuhu.inspector1"), c.getId(), dual.username());
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		assertThat(pi).isWaitingAt("Task_ApproveDecision");
		assertThatThrownBy(() -> f.decisions.approveDecision(dual, c.getId(), CaseFixture.yes()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("审批人不得为本案调查人员");
		assertThat(pi).isWaitingAt("Task_ApproveDecision");
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		assertThat(pi).hasPassed("Task_ApproveDecision");
	}

}

package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.workbench.TaskReturns;

/**
 * 退回 and 撤回 on the inspection's process (issue 12): the on-site inspection (现场检查) goes back to serving the
 * inspection notice (待送达通知书, domain.md: the notice is served before the visit); the notice served again gets a
 * new number. The first step has nothing to return to.
 */
@StatEnforceTest
class InspectionReturnTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionService inspections;

	@Autowired
	TaskReturns returns;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	NotificationService notifications;

	@Autowired
	ActivityLog activity;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	private Task task(Inspection i) {
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).active().list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	@Test
	@DisplayName("现场检查退回送达检查通知书：须写审批意见，状态回到待送达通知书，送达人收到消息，重新送达取得新文号")
	void shouldReturnTheOnSiteInspectionToTheNotice() {
		Inspection i = fixture.startedInspections(1, 301).get(0);
		Task serve = task(i);
		assertThat(returns.targets(fixture.user(i.inspector1()), serve.getId())).isEmpty();
		inspections.serveNotice(fixture.user(i.inspector1()), serve.getId(),
				new InspectionCommands.ServeNotice(AppClock.today(), "王会计"));
		String firstNumber = inspections.getUnchecked(i.id()).noticeNumber();
		Task onsite = task(i);
		var second = fixture.user(i.inspector2());
		assertThat(returns.targets(second, onsite.getId())).extracting(TaskReturns.Target::name)
			.containsExactly("送达检查通知书");
		assertThatThrownBy(() -> returns.returnTo(second, onsite.getId(), InspectionProcess.TASK_SERVE_NOTICE, null, false))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("审批意见");
		assertThatThrownBy(() -> returns.returnTo(second, onsite.getId(), InspectionProcess.TASK_SUMMARY_DECISION, "退回", false))
			.isInstanceOf(ConflictException.class);
		assertThat(inspections.getUnchecked(i.id()).status()).isEqualTo(InspectionStatus.ONSITE);

		String opinion = "送达回证签收人非法定代表人或其授权人员，请重新送达。";
		Task reopened = returns.returnTo(second, onsite.getId(), InspectionProcess.TASK_SERVE_NOTICE, opinion, false);

		assertThat(inspections.getUnchecked(i.id()).status()).isEqualTo(InspectionStatus.NOTICE);
		assertThat(reopened.getTaskDefinitionKey()).isEqualTo(InspectionProcess.TASK_SERVE_NOTICE);
		assertThat(reopened.getAssignee()).isEqualTo(i.inspector1());
		assertThat(task(i).getId()).isEqualTo(reopened.getId());
		assertThat(notifications.inbox(i.inspector1(), true, 1, 50).items())
			.anyMatch(m -> m.body() != null && m.body().contains(opinion));
		assertThat(activity.timeline(InspectionService.SUBJECT, i.id()))
			.anyMatch(a -> "退回".equals(a.action()) && opinion.equals(a.opinion()));

		inspections.serveNotice(fixture.user(i.inspector1()), reopened.getId(),
				new InspectionCommands.ServeNotice(AppClock.today(), "张法人"));
		Inspection served = inspections.getUnchecked(i.id());
		assertThat(served.status()).isEqualTo(InspectionStatus.ONSITE);
		// the same notice, with its 文号, is served again on the right person: no second number is taken
		assertThat(served.noticeNumber()).isEqualTo(firstNumber);
		assertThat(served.noticeRecipient()).isEqualTo("张法人");
	}

	@Test
	@DisplayName("撤回送达检查通知书：现场检查未签收前送达人可撤回；另一检查员签收后撤回返回409")
	void shouldLetTheServerWithdrawUntilTheColleagueClaims() {
		Inspection i = fixture.startedInspections(1, 302).get(0);
		var first = fixture.user(i.inspector1());
		inspections.serveNotice(first, task(i).getId(), new InspectionCommands.ServeNotice(AppClock.today(), "王会计"));
		HistoricTaskInstance served = history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(i.inspectionNumber()).taskDefinitionKey(InspectionProcess.TASK_SERVE_NOTICE)
			.finished().singleResult();

		Task reopened = returns.withdraw(first, served.getId(), null);
		assertThat(inspections.getUnchecked(i.id()).status()).isEqualTo(InspectionStatus.NOTICE);
		assertThat(reopened.getAssignee()).isEqualTo(i.inspector1());

		inspections.serveNotice(first, reopened.getId(), new InspectionCommands.ServeNotice(AppClock.today(), "王会计"));
		tasks.claim(task(i).getId(), i.inspector2());
		assertThatThrownBy(() -> returns.withdraw(first, reopened.getId(), null)).isInstanceOf(ConflictException.class);
		assertThat(inspections.getUnchecked(i.id()).status()).isEqualTo(InspectionStatus.ONSITE);
		assertThat(task(i).getTaskDefinitionKey()).isEqualTo(InspectionProcess.TASK_ONSITE);
	}

}

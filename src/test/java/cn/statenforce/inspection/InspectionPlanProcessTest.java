package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.inspection.process.InspectionPlanProcess;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.workbench.TaskFilter;
import cn.statenforce.workbench.TaskInbox;
import cn.statenforce.workbench.TaskRow;

/**
 * Every path through inspection-plan.bpmn with the real service and H2: every decision on a plan (审批, 修改后重新提交,
 * 抽取, 启动检查, 公开) is a user task of the plan's process, shows in 待办 of the people who take it and is refused
 * (409) when the plan's process does not wait there.
 */
@StatEnforceTest
class InspectionPlanProcessTest {

	/** 国发〔2019〕5号 practice: plan and results published within 20 working days. */
	private static final int PUBLICATION_WORKING_DAYS = 20;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	TaskInbox inbox;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser legal;

	CurrentUser leader;

	CurrentUser inspector;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		legal = fixture.user("yuhu.legal");
		leader = fixture.user("yuhu.leader");
		inspector = fixture.user("yuhu.inspector1");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private InspectionPlan submitted() {
		InspectionPlan p = plans.create(legal, fixture.command(legal, PlanType.RANDOM, 2, null));
		return plans.submit(legal, p.id());
	}

	private ProcessInstance instance(InspectionPlan p) {
		return runtime.createProcessInstanceQuery().processInstanceId(p.processInstanceId()).singleResult();
	}

	private Task task(InspectionPlan p, String key) {
		return taskService.createTaskQuery().processInstanceId(p.processInstanceId()).taskDefinitionKey(key).singleResult();
	}

	private TaskRow todoRow(CurrentUser user, InspectionPlan p) {
		return inbox.todo(user, new TaskFilter(InspectionPlanProcess.KEY, p.planNumber(), 1, 100)).items().stream()
			.filter(r -> p.planNumber().equals(r.businessKey()))
			.findFirst()
			.orElse(null);
	}

	@Test
	void shouldApproveDrawStartAndThenPublishAsUserTasks() {
		InspectionPlan p = submitted();
		assertThat(p.status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(p.processInstanceId()).isNotNull();
		ProcessInstance pi = instance(p);
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_APPROVE);
		assertThat(pi.getBusinessKey()).isEqualTo(p.planNumber());
		assertThat(task(p, InspectionPlanProcess.TASK_APPROVE)).hasCandidateGroup("LEADER_430302").hasName("审批检查计划");

		// the approval is in the leader's 待办 with the plan's title, not in the author's
		TaskRow row = todoRow(leader, p);
		assertThat(row).isNotNull();
		assertThat(row.name()).isEqualTo("审批检查计划");
		assertThat(row.subject().title()).contains("2026年度统计执法双随机抽查");
		assertThat(row.subject().link()).isEqualTo("/inspection/plans/" + p.id());
		assertThat(row.due()).as("no statutory time limit for the approval").isNull();
		assertThat(todoRow(legal, p)).isNull();
		assertThatThrownBy(() -> plans.decide(legal, p.id(), true, "同意")).isInstanceOf(ForbiddenException.class);

		plans.decide(leader, p.id(), true, "同意");
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_DRAW);
		assertThat(plans.get(leader, p.id()).status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(p.processInstanceId())
			.taskDefinitionKey(InspectionPlanProcess.TASK_APPROVE).finished().singleResult().getAssignee())
			.isEqualTo("yuhu.leader");
		assertThatThrownBy(() -> plans.decide(leader, p.id(), true, "同意")).isInstanceOf(ConflictException.class);
		assertThat(todoRow(inspector, p)).as("the draw is offered to the inspectors").isNotNull();

		plans.draw(inspector, p.id(), 20260101L);
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_START, InspectionPlanProcess.TASK_PUBLISH);
		assertThat(task(p, InspectionPlanProcess.TASK_PUBLISH)).hasCandidateGroup("LEADER_430302");
		assertThat(task(p, InspectionPlanProcess.TASK_PUBLISH).getDueDate()).as("due once the inspections start").isNull();
		assertThatThrownBy(() -> plans.draw(inspector, p.id(), 1L)).isInstanceOf(ConflictException.class);
		plans.redraw(leader, p.id(), "抽中单位与执法人员存在利害关系，经批准重新抽取", 20260102L);

		plans.start(legal, p.id());
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_PUBLISH);
		assertThatThrownBy(() -> plans.redraw(leader, p.id(), "再抽一次", 3L)).isInstanceOf(ConflictException.class);
		InspectionPlan started = plans.get(leader, p.id());
		assertThat(started.publishDue())
			.isEqualTo(calendar.addWorkingDays(AppClock.today(), PUBLICATION_WORKING_DAYS));
		assertThat(task(p, InspectionPlanProcess.TASK_PUBLISH).getDueDate())
			.isEqualTo(AppClock.endOf(started.publishDue()));
		assertThat(todoRow(leader, p).due()).isNotNull();

		assertThatThrownBy(() -> plans.publish(legal, p.id())).isInstanceOf(ForbiddenException.class);
		plans.publish(leader, p.id());
		assertThat(pi).isEnded();
		assertThat(plans.get(leader, p.id()).publishedOn()).isEqualTo(AppClock.today());
		assertThatThrownBy(() -> plans.publish(leader, p.id())).isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldSendARejectedPlanBackToItsAuthorAndPublishBeforeTheStart() {
		InspectionPlan p = submitted();
		ProcessInstance pi = instance(p);
		assertThatThrownBy(() -> plans.decide(leader, p.id(), false, "  ")).isInstanceOf(BadRequestException.class);
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_APPROVE);

		plans.decide(leader, p.id(), false, "抽取比例过低，请按年度计划调整抽取数量");
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_REVISE);
		assertThat(task(p, InspectionPlanProcess.TASK_REVISE)).isAssignedTo("yuhu.legal").hasName("修改检查计划");
		assertThat(plans.get(legal, p.id()).status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(todoRow(legal, p)).isNotNull();
		assertThatThrownBy(() -> plans.draw(legal, p.id(), 1L)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.submit(inspector, p.id())).as("the author resubmits")
			.isInstanceOf(ConflictException.class);

		InspectionPlan revised = plans.update(legal, p.id(), plans.get(legal, p.id()).rowVersion(),
				fixture.command(legal, PlanType.RANDOM, 3, null));
		plans.submit(legal, revised.id());
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_APPROVE);
		assertThat(plans.get(legal, p.id()).processInstanceId()).as("one process per plan").isEqualTo(p.processInstanceId());

		plans.decide(leader, p.id(), true, "同意");
		plans.draw(legal, p.id(), 7L);
		plans.publish(leader, p.id());
		assertThat(pi).isWaitingAtExactly(InspectionPlanProcess.TASK_START);
		plans.redraw(leader, p.id(), "名录库更新后重新抽取", 8L);
		plans.start(inspector, p.id());
		assertThat(pi).isEnded();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(p.processInstanceId())
			.activityId(InspectionPlanProcess.TASK_APPROVE).count()).isEqualTo(2);
	}

	@Test
	void shouldRefuseEveryStepWhenThePlanIsNotThere() {
		InspectionPlan draft = plans.create(legal, fixture.command(legal, PlanType.RANDOM, 2, null));
		assertThatThrownBy(() -> plans.decide(leader, draft.id(), true, "同意")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.draw(legal, draft.id(), 1L)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.start(legal, draft.id())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.publish(leader, draft.id())).isInstanceOf(ConflictException.class);
		assertThat(plans.get(legal, draft.id()).processInstanceId()).isNull();

		// a plan whose process moved on behind the row (e.g. the task was completed elsewhere) is refused, not advanced
		InspectionPlan p = submitted();
		jdbc.update("UPDATE inspection_plan SET status = 'APPROVED' WHERE id = ?", p.id());
		assertThatThrownBy(() -> plans.draw(legal, p.id(), 1L)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("随机抽取");
		assertThat(plans.get(legal, p.id()).status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plans.draws(legal, p.id())).isEmpty();
	}

	@Test
	void shouldModelEveryDecisionAsAUserTask() {
		var model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
			.processDefinitionKey(InspectionPlanProcess.KEY).latestVersion().singleResult().getId());
		for (String key : List.of(InspectionPlanProcess.TASK_APPROVE, InspectionPlanProcess.TASK_REVISE,
				InspectionPlanProcess.TASK_DRAW, InspectionPlanProcess.TASK_START, InspectionPlanProcess.TASK_PUBLISH)) {
			assertThat((Object) model.getModelElementById(key)).as(key).isInstanceOf(UserTask.class);
		}
	}

	@Test
	void shouldGiveOlderPlansTheirProcessAtTheirStep() {
		InspectionPlan submitted = older(PlanStatus.SUBMITTED, false);
		InspectionPlan approved = older(PlanStatus.APPROVED, false);
		InspectionPlan drawn = older(PlanStatus.DRAWN, false);
		InspectionPlan drawnPublished = older(PlanStatus.DRAWN, true);
		InspectionPlan startedUnpublished = older(PlanStatus.STARTED, false);
		InspectionPlan done = older(PlanStatus.STARTED, true);
		InspectionPlan draft = plans.create(legal, fixture.command(legal, PlanType.RANDOM, 2, null));

		assertThat(plans.attachProcesses()).isGreaterThanOrEqualTo(5);
		assertThat(instance(reload(submitted))).isWaitingAtExactly(InspectionPlanProcess.TASK_APPROVE);
		assertThat(instance(reload(approved))).isWaitingAtExactly(InspectionPlanProcess.TASK_DRAW);
		assertThat(instance(reload(drawn))).isWaitingAtExactly(InspectionPlanProcess.TASK_START,
				InspectionPlanProcess.TASK_PUBLISH);
		assertThat(instance(reload(drawnPublished))).isWaitingAtExactly(InspectionPlanProcess.TASK_START);
		InspectionPlan unpublished = reload(startedUnpublished);
		assertThat(instance(unpublished)).isWaitingAtExactly(InspectionPlanProcess.TASK_PUBLISH);
		assertThat(task(unpublished, InspectionPlanProcess.TASK_PUBLISH).getDueDate())
			.isEqualTo(AppClock.endOf(unpublished.publishDue()));
		assertThat(reload(done).processInstanceId()).isNull();
		assertThat(reload(draft).processInstanceId()).isNull();

		// idempotent: a second start-up changes nothing
		String pid = reload(submitted).processInstanceId();
		plans.attachProcesses();
		assertThat(reload(submitted).processInstanceId()).isEqualTo(pid);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(submitted.planNumber()).count())
			.isEqualTo(1);

		// and the plan goes on through its process
		assertThat(todoRow(leader, reload(submitted))).isNotNull();
		plans.decide(leader, submitted.id(), true, "同意");
		assertThat(instance(reload(submitted))).isWaitingAtExactly(InspectionPlanProcess.TASK_DRAW);
		plans.publish(leader, unpublished.id());
		assertThat((Object) instance(unpublished)).isNull();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(unpublished.processInstanceId())
			.finished().count()).isEqualTo(1);
	}

	/** A plan row as it stood before plans had a process: the status set directly, no instance. */
	private InspectionPlan older(PlanStatus status, boolean published) {
		InspectionPlan p = plans.create(legal, fixture.command(legal, PlanType.RANDOM, 2, null));
		jdbc.update("UPDATE inspection_plan SET status = ?, published_on = ?, publish_due = ? WHERE id = ?",
				status.name(), published ? AppClock.today().minusDays(3) : null,
				status == PlanStatus.STARTED ? calendar.addWorkingDays(AppClock.today(), PUBLICATION_WORKING_DAYS) : null,
				p.id());
		return p;
	}

	private InspectionPlan reload(InspectionPlan p) {
		return plans.get(legal, p.id());
	}

}

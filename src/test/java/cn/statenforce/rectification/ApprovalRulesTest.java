package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * Nobody approves their own request: a plan leader's deadline change goes to the director or the plan's other
 * leader; a coordinator who entered a completion for a unit does not sign it off. After a return, completion needs
 * new evidence or a note. After publication a change of unit is an approved, recorded amendment (a task in 待办).
 */
@StatEnforceTest
class ApprovalRulesTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService taskService;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AmendmentService amendments;

	@Autowired
	ResponsibleDirectory directory;

	@Autowired
	ManagementService managementService;

	RectificationFixture fx;

	CurrentUser leader;

	CurrentUser director;

	CurrentUser owner;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		fx = new RectificationFixture(users, plans, managementService);
		leader = fx.user("yuhu.leader");
		director = fx.user("yuhu.director");
		owner = fx.user("yuhu.owner");
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	/** A plan led by yuhu.leader, who is also the measure's responsible leader; coordinator yuhu.leader. */
	private Measure publishedLedByLeader(String unit) {
		Plan draft = plans.registerFeedback(leader, new FeedbackCommand("AUDIT", "区审计局", AppClock.today(), null,
				"审计发现问题整改", "yuhu.leader", null, null));
		Aspect a = plans.addAspect(leader, draft.id(), "财务管理方面");
		Problem p = plans.addProblem(leader, draft.id(), a.id(), "固定资产账实不符");
		Measure m = plans.addMeasure(leader, p.id(), new MeasureCommand("开展固定资产全面清查", unit, "yuhu.leader",
				AppClock.today().plusDays(30), "限期整改", null));
		plans.publish(leader, draft.id());
		return measures.measureUnchecked(m.id());
	}

	private Task task(Measure m, String key) {
		String pi = plans.planUnchecked(m.planId()).processInstanceId();
		return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
	}

	@Test
	void shouldSendAPlanLeadersDeadlineChangeToTheDirector() {
		Measure m = publishedLedByLeader("yuhu.owner");
		DeadlineChange c = measures.requestDeadlineChange(leader, m.id(), m.deadline().plusDays(20), "需等待上级统一部署");
		assertThat(c.approverList()).containsExactly("yuhu.director");
		assertThat(task(m, RectificationProcess.TASK_APPROVE_DEADLINE_CHANGE).getAssignee())
			.as("in the director's 待办").isEqualTo("yuhu.director");
		assertThatThrownBy(() -> measures.decideDeadlineChange(leader, c.id(), true, null))
			.isInstanceOf(ConflictException.class).hasMessage("不能审批本人提出的申请");
		assertThat(measures.actions(leader, m).decideChange()).isFalse();
		assertThat(measures.actions(director, m).decideChange()).isTrue();
		measures.decideDeadlineChange(director, c.id(), true, "同意");
		assertThat(measures.measureUnchecked(m.id()).deadline()).isEqualTo(m.deadline().plusDays(20));
	}

	@Test
	void shouldNotLetTheCoordinatorSignOffWhatTheyEnteredForAUnit() {
		Measure m = publishedLedByLeader("资产管理办公室");
		assertThat(task(m, RectificationProcess.TASK_WORK_MEASURE).getAssignee()).as("no login: the coordinator works it")
			.isEqualTo("yuhu.leader");
		measures.submitCompletion(leader, m.id(), "已完成清查", RectificationFixture.evidence("清查表.txt"), null, null);
		assertThat(measures.progress(leader, m.id())).last().extracting(ProgressEntry::onBehalfOf).isEqualTo("资产管理办公室");
		assertThat(task(m, RectificationProcess.TASK_SIGN_OFF).getAssignee()).as("not the submitter").isEqualTo("yuhu.director");
		assertThatThrownBy(() -> measures.signOff(leader, m.id(), true, null))
			.isInstanceOf(ConflictException.class).hasMessage("不能对本人提交的销号申请对账销号");
		measures.signOff(director, m.id(), true, "同意销号");
		assertThat(measures.measureUnchecked(m.id()).measureStatus()).isEqualTo(MeasureStatus.SIGNED_OFF);
	}

	@Test
	void shouldAskForNewEvidenceOrANoteAfterAReturn() {
		Plan plan = plans.publish(leader, fx.draft(AppClock.today().plusDays(30), Category.DEADLINE).id());
		Measure m = plans.measures(leader, plan.id()).get(0);
		measures.submitCompletion(owner, m.id(), "已完成", RectificationFixture.evidence("签到表.txt"), null, null);
		measures.signOff(leader, m.id(), false, "请补充培训照片");

		assertThatThrownBy(() -> measures.submitCompletion(owner, m.id(), "已补充", List.of(), null, null, null))
			.isInstanceOf(BadRequestException.class)
			.satisfies(e -> assertThat(((BadRequestException) e).field()).isEqualTo("keepEvidenceNote"));
		measures.submitCompletion(owner, m.id(), "已补充", List.of(), null, null, "照片已在签到表第二页");
		assertThat(measures.progress(owner, m.id())).last().extracting(ProgressEntry::content).asString()
			.contains("沿用原佐证材料：照片已在签到表第二页");
		measures.signOff(leader, m.id(), false, "第二页看不清");
		measures.reportProgress(owner, m.id(), "补拍照片", RectificationFixture.evidence("照片.txt"));
		measures.submitCompletion(owner, m.id(), "已补充照片", List.of(), null, null, null);
		assertThat(measures.measureUnchecked(m.id()).measureStatus()).isEqualTo(MeasureStatus.SUBMITTED);
	}

	@Test
	void shouldChangeTheUnitOnlyThroughAnApprovedAmendment() {
		Plan plan = plans.publish(leader, fx.draft(AppClock.today().plusDays(30), Category.DEADLINE).id());
		Measure m = plans.measures(leader, plan.id()).get(0);
		String pi = plan.processInstanceId();

		Amendment a = amendments.requestMeasureAmendment(leader, m.id(),
				new AmendmentCommand(null, "yuhu.owner2", null, "职能调整，改由综合统计股牵头"));
		assertThat(a.approverList()).containsExactly("yuhu.director");
		BpmnAwareTests.assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult())
			.isWaitingAt(RectificationProcess.TASK_APPROVE_AMENDMENT, RectificationProcess.TASK_WORK_MEASURE);
		Task approval = taskService.createTaskQuery().processInstanceId(pi)
			.taskDefinitionKey(RectificationProcess.TASK_APPROVE_AMENDMENT).singleResult();
		assertThat(approval.getAssignee()).as("in the plan leader's 待办").isEqualTo("yuhu.director");
		assertThat(measures.measureUnchecked(m.id()).ownerName()).as("not before approval").isEqualTo(m.ownerName());
		assertThatThrownBy(() -> amendments.decide(leader, a.id(), true, null)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> amendments.requestMeasureAmendment(leader, m.id(),
				new AmendmentCommand("另一项", null, null, "再改"))).isInstanceOf(ConflictException.class);

		amendments.decide(director, a.id(), true, "同意");
		Measure changed = measures.measureUnchecked(m.id());
		assertThat(changed.ownerName()).isEqualTo(users.summary("yuhu.owner2").displayName());
		assertThat(task(changed, RectificationProcess.TASK_WORK_MEASURE).getAssignee()).as("the new unit has the work")
			.isEqualTo("yuhu.owner2");
		assertThat(plans.amendments(leader, plan.id())).singleElement().extracting(Amendment::status).isEqualTo("APPROVED");
		assertThat(measures.progress(leader, m.id())).last().extracting(ProgressEntry::kind).isEqualTo("AMENDMENT");
		BpmnAwareTests.assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult())
			.hasPassed(RectificationProcess.EVENT_AMENDMENT_DECIDED).isWaitingAt(RectificationProcess.TASK_WORK_MEASURE);

		Amendment text = amendments.requestProblemAmendment(leader, m.problemId(), "统计执法力量薄弱，专职执法人员仅2名", "据实表述");
		amendments.decide(director, text.id(), false, "原表述与反馈意见一致，不作调整");
		assertThat(plans.problems(leader, plan.id()).get(0).description()).isEqualTo("统计执法力量较为薄弱");
	}

	@Test
	void shouldRefuseAStaleWriteOfAMeasure() {
		Plan plan = plans.publish(leader, fx.draft(AppClock.today().plusDays(30), Category.DEADLINE).id());
		Measure read = plans.measures(leader, plan.id()).get(0);
		measures.reportProgress(owner, read.id(), "已启动", List.of());
		assertThatThrownBy(() -> store.save(read, read.progressed("旧的页面提交")))
			.isInstanceOf(ConflictException.class);
		LocalDate unchanged = measures.measureUnchecked(read.id()).deadline();
		assertThat(unchanged).isEqualTo(read.deadline());
	}

	@Autowired
	RectificationStore store;

}

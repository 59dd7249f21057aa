package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * While the plan is a draft, aspects, problems and measures are edited and deleted (the numbers close up); after
 * publication they are not (only approved amendments change them); a draft can be discarded; draft and discarded
 * plans count in no figure.
 */
@StatEnforceTest
class DraftEditingTest {

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	LedgerService ledger;

	@Autowired
	ManagementService managementService;

	@Autowired
	ResponsibleDirectory directory;

	RectificationFixture fx;

	CurrentUser leader;

	LocalDate deadline;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
		leader = fx.user(RectificationFixture.LEADER);
		deadline = AppClock.today().plusDays(40);
	}

	@Test
	void shouldEditAndDeleteAspectsProblemsAndMeasuresOfADraft() {
		Plan plan = fx.draft(deadline, Category.DEADLINE, Category.IMMEDIATE);
		Aspect second = plans.addAspect(leader, plan.id(), "统计队伍和作风建设方面");
		Problem p2 = plans.addProblem(leader, plan.id(), second.id(), "执法人员持证比例偏低");
		Measure m3 = plans.addMeasure(leader, p2.id(), new MeasureCommand("组织执法证考试", "人事股", "yuhu.director", deadline, "限期整改", null));
		assertThat(m3.ownerName()).as("a new unit name becomes a directory entry").isEqualTo("人事股");

		Aspect first = plans.aspects(leader, plan.id()).get(0);
		plans.editAspect(leader, first.id(), "学习贯彻党中央关于统计工作决策部署方面");
		Problem p1 = plans.problems(leader, plan.id()).get(0);
		plans.editProblem(leader, p1.id(), null, "统计执法力量较为薄弱，专职执法人员不足");
		Measure m1 = plans.measures(leader, plan.id()).get(0);
		Measure edited = plans.editMeasure(leader, m1.id(),
				new MeasureCommand("修订执法人员培训制度并长期执行", "法规股", "yuhu.leader", deadline, "长期坚持", "制度文本"));
		assertThat(edited.content()).isEqualTo("修订执法人员培训制度并长期执行");
		assertThat(edited.ownerName()).isEqualTo("法规股");
		assertThat(edited.isLongTerm()).isTrue();
		assertThat(edited.deadline()).as("long-term: the date given is not kept").isNull();
		assertThat(edited.rowVersion()).isEqualTo(m1.rowVersion() + 1);

		// delete the middle measure: the numbers close up
		Measure m2 = plans.measures(leader, plan.id()).get(1);
		plans.deleteMeasure(leader, m2.id());
		assertThat(plans.measures(leader, plan.id())).extracting(Measure::seq, Measure::content)
			.containsExactly(org.assertj.core.api.Assertions.tuple(1, "修订执法人员培训制度并长期执行"),
					org.assertj.core.api.Assertions.tuple(2, "组织执法证考试"));

		// deleting a problem takes its measures; deleting an aspect its problems
		plans.deleteProblem(leader, p2.id());
		assertThat(plans.measures(leader, plan.id())).hasSize(1);
		plans.deleteAspect(leader, second.id());
		assertThat(plans.aspects(leader, plan.id())).extracting(Aspect::seq, Aspect::title)
			.containsExactly(org.assertj.core.api.Assertions.tuple(1, "学习贯彻党中央关于统计工作决策部署方面"));
		assertThat(plans.problems(leader, plan.id())).extracting(Problem::description)
			.containsExactly("统计执法力量较为薄弱，专职执法人员不足");

		plans.publish(leader, plan.id());
		Measure published = plans.measures(leader, plan.id()).get(0);
		assertThatThrownBy(() -> plans.editMeasure(leader, published.id(),
				new MeasureCommand("改", "法规股", "yuhu.leader", deadline, "限期整改", null)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("审批");
		assertThatThrownBy(() -> plans.deleteMeasure(leader, published.id())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.deleteProblem(leader, published.problemId())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.deleteAspect(leader, plans.aspects(leader, plan.id()).get(0).id()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldDiscardADraftWhichThenCountsNowhere() {
		int year = AppClock.today().getYear();
		List<Long> yuhu = List.of(leader.bureauId());
		RectificationAnnualFigures before = ledger.annualFigures(yuhu, year);
		int boardBefore = ledger.rows(leader, new LedgerFilter(null, null, null, null, null, null, null)).size();

		Plan draft = fx.draft(deadline, Category.DEADLINE, Category.DEADLINE);
		RectificationAnnualFigures withDraft = ledger.annualFigures(yuhu, year);
		assertThat(List.of(withDraft.plansReceived(), withDraft.problems(), withDraft.measures()))
			.as("a draft counts in no figure").containsExactly(before.plansReceived(), before.problems(), before.measures());
		assertThat(ledger.rows(leader, new LedgerFilter(null, null, null, null, null, null, null))).hasSize(boardBefore);
		assertThat(ledger.rows(leader, LedgerFilter.ofPlan(draft.id()))).as("its own page still lists it").hasSize(2);

		assertThatThrownBy(() -> plans.discard(leader, draft.id(), " ")).isInstanceOf(cn.statenforce.shared.BadRequestException.class);
		Plan discarded = plans.discard(leader, draft.id(), "导入的清单有误，重新登记");
		assertThat(discarded.planStatus()).isEqualTo(PlanStatus.DISCARDED);
		assertThat(discarded.discardReason()).isEqualTo("导入的清单有误，重新登记");
		assertThatThrownBy(() -> plans.publish(leader, draft.id())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plans.discard(leader, draft.id(), "再次作废")).isInstanceOf(ConflictException.class);
		RectificationAnnualFigures after = ledger.annualFigures(yuhu, year);
		assertThat(List.of(after.plansReceived(), after.problems(), after.measures(), after.overdueMeasures()))
			.containsExactly(before.plansReceived(), before.problems(), before.measures(), before.overdueMeasures());

		Plan published = plans.publish(leader, fx.draft(deadline, Category.DEADLINE).id());
		RectificationAnnualFigures counted = ledger.annualFigures(yuhu, year);
		assertThat(counted.plansReceived()).isEqualTo(before.plansReceived() + 1);
		assertThat(counted.measures()).isEqualTo(before.measures() + 1);
		assertThat(published.isPublished()).isTrue();
	}

	/**
	 * Optimistic locking (issue 16): every edit of a draft (aspect, problem, measure, coordinator, discard) and of the
	 * directory, made twice on the version read → the first wins, the second is 409 and changes nothing.
	 */
	@Test
	void shouldRefuseEveryDraftEditMadeOnAStaleVersion() {
		Plan plan = fx.draft(deadline, Category.DEADLINE);
		Aspect a = plans.aspects(leader, plan.id()).get(0);
		plans.editAspect(leader, a.id(), a.rowVersion(), "统计执法监督方面");
		assertThatThrownBy(() -> plans.editAspect(leader, a.id(), a.rowVersion(), "统计数据质量方面"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(plans.aspects(leader, plan.id())).extracting(Aspect::title, Aspect::rowVersion)
			.containsExactly(org.assertj.core.api.Assertions.tuple("统计执法监督方面", a.rowVersion() + 1));

		Problem p = plans.problems(leader, plan.id()).get(0);
		plans.editProblem(leader, p.id(), p.rowVersion(), null, "专职执法人员不足，持证比例偏低");
		assertThatThrownBy(() -> plans.editProblem(leader, p.id(), p.rowVersion(), null, "执法装备不足"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(plans.problems(leader, plan.id())).extracting(Problem::description)
			.containsExactly("专职执法人员不足，持证比例偏低");

		Measure m = plans.measures(leader, plan.id()).get(0);
		plans.editMeasure(leader, m.id(), m.rowVersion(), new MeasureCommand("每季度组织一次执法业务培训", "法规股", "yuhu.leader",
				deadline, "限期整改", "培训签到表"));
		assertThatThrownBy(() -> plans.editMeasure(leader, m.id(), m.rowVersion(), new MeasureCommand("组织执法证考试", "人事股",
				"yuhu.director", deadline, "限期整改", null))).isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(plans.measures(leader, plan.id())).extracting(Measure::content, Measure::ownerName, Measure::rowVersion)
			.containsExactly(org.assertj.core.api.Assertions.tuple("每季度组织一次执法业务培训", "法规股", m.rowVersion() + 1));

		Plan read = plans.plan(leader, plan.id());
		Plan coordinated = plans.assignCoordinator(leader, plan.id(), read.rowVersion(), "yuhu.inspector1");
		assertThatThrownBy(() -> plans.assignCoordinator(leader, plan.id(), read.rowVersion(), "yuhu.inspector2"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThatThrownBy(() -> plans.discard(leader, plan.id(), read.rowVersion(), "重复登记"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(plans.plan(leader, plan.id())).satisfies(now -> {
			assertThat(now.coordinator()).isEqualTo("yuhu.inspector1");
			assertThat(now.planStatus()).isEqualTo(PlanStatus.DRAFTING);
			assertThat(now.rowVersion()).isEqualTo(coordinated.rowVersion());
		});
		plans.discard(leader, plan.id(), coordinated.rowVersion(), "重复登记");

		Responsible unit = directory.create(leader, ResponsibleKind.UNIT, "综合法规股（" + plan.id() + "）", List.of());
		directory.rename(leader, unit.id(), unit.rowVersion(), "政策法规股（" + plan.id() + "）");
		assertThatThrownBy(() -> directory.rename(leader, unit.id(), unit.rowVersion(), "执法监督股（" + plan.id() + "）"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(directory.entry(unit.id()).name()).isEqualTo("政策法规股（" + plan.id() + "）");
	}

}

package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import cn.statenforce.shared.ConflictException;

/** The plan and measure aggregates refuse a step their state does not allow and say what a user may do. */
class MeasureAggregateTest {

	static final LocalDate DEADLINE = LocalDate.of(2026, 10, 8);

	static Measure measure(MeasureStatus status, Category category) {
		return new Measure(1L, 10L, 100L, 1, "建立基层统计台账月度抽查制度", "yuhu.owner", "综合统计股", "yuhu.leader", "王伟",
				category == Category.LONG_TERM ? null : DEADLINE, category.name(), "抽查记录", status.name(), null, 0, false, null,
				null, null, null, null, 3, 7L, 8L, null);
	}

	static Plan plan(PlanStatus status) {
		return new Plan(10L, 2L, "430302-ZG-2026-001", Plan.KIND_PLAN, "PATROL", "区委第五巡察组", LocalDate.of(2026, 6, 14),
				null, "区委常规巡察反馈意见整改", "yuhu.director", LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 14), status.name(),
				null, null, null, null, null, 0, null, "yuhu.leader", LocalDateTime.of(2026, 6, 14, 9, 0), 5, "yuhu.leader", null, null);
	}

	@Test
	void shouldMoveThroughTheMeasureLifecycleAndRefuseOtherSteps() {
		Measure m = measure(MeasureStatus.NOT_STARTED, Category.DEADLINE);
		assertThatThrownBy(() -> m.submitted("完成", null, null, LocalDateTime.now())).isInstanceOf(ConflictException.class)
			.hasMessageContaining("未启动");
		Measure started = m.started();
		assertThat(started.measureStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(started.rowVersion()).as("the version is the one read: the write guards on it").isEqualTo(3);
		Measure submitted = started.submitted("已建立制度", null, null, LocalDateTime.of(2026, 9, 1, 10, 0));
		assertThatThrownBy(() -> submitted.withDeadline(DEADLINE.plusDays(5))).isInstanceOf(ConflictException.class);
		assertThat(submitted.returnedToUnit().measureStatus()).isEqualTo(MeasureStatus.RETURNED);
		Measure signed = submitted.signedOff(LocalDateTime.of(2026, 9, 2, 10, 0), "yuhu.leader");
		assertThatThrownBy(() -> signed.signedOff(LocalDateTime.now(), "yuhu.leader")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> signed.amended("改", 7L, "综合统计股", 8L, "王伟")).isInstanceOf(ConflictException.class);
		Measure reopened = signed.reopened(DEADLINE.plusMonths(1));
		assertThat(reopened.measureStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(reopened.signedOffBy()).isNull();
		assertThat(reopened.deadline()).isEqualTo(DEADLINE.plusMonths(1));
		assertThat(measure(MeasureStatus.SIGNED_OFF, Category.LONG_TERM).reopened(DEADLINE).deadline())
			.as("a long-term measure keeps no deadline").isNull();
	}

	@Test
	void shouldCountOverdueByTheOneDefinition() {
		LocalDate after = DEADLINE.plusDays(1);
		assertThat(measure(MeasureStatus.IN_PROGRESS, Category.DEADLINE).isOverdueOn(after)).isTrue();
		assertThat(measure(MeasureStatus.SUBMITTED, Category.DEADLINE).isOverdueOn(after)).as("not signed off").isTrue();
		assertThat(measure(MeasureStatus.IN_PROGRESS, Category.DEADLINE).isOverdueOn(DEADLINE)).as("on the day").isFalse();
		assertThat(measure(MeasureStatus.SIGNED_OFF, Category.DEADLINE).isOverdueOn(after)).isFalse();
		assertThat(measure(MeasureStatus.NOT_STARTED, Category.DEADLINE).isOverdueOn(after)).as("a draft's").isFalse();
		assertThat(measure(MeasureStatus.IN_PROGRESS, Category.LONG_TERM).isOverdueOn(after.plusYears(3))).isFalse();
		assertThat(OverdueRule.isOverdue(false, MeasureStatus.IN_PROGRESS, DEADLINE, after)).as("unpublished plan").isFalse();
	}

	@Test
	void shouldTellWhatAUserMayDo() {
		Plan running = plan(PlanStatus.IN_PROGRESS);
		Measure working = measure(MeasureStatus.IN_PROGRESS, Category.DEADLINE);
		Measure.Role unit = new Measure.Role(true, true, false, false, false, false, false, false, false);
		Measure.Role coordinator = new Measure.Role(true, false, true, false, false, true, false, false, false);
		Measure.Role otherBureau = new Measure.Role(false, true, false, false, false, true, false, false, false);
		assertThat(working.actionsFor(running, unit).work()).isTrue();
		assertThat(working.actionsFor(running, unit).onBehalf()).isFalse();
		assertThat(working.actionsFor(running, coordinator).onBehalf()).isTrue();
		assertThat(working.actionsFor(running, coordinator).amend()).isTrue();
		assertThat(working.actionsFor(running, otherBureau).work()).isFalse();
		assertThat(measure(MeasureStatus.SUBMITTED, Category.DEADLINE).actionsFor(running, unit).work()).isFalse();
		assertThat(measure(MeasureStatus.IN_PROGRESS, Category.LONG_TERM).actionsFor(running, unit).requestChange())
			.as("no deadline to change").isFalse();

		Plan.Role editor = new Plan.Role(true, true, false, false);
		assertThat(plan(PlanStatus.DRAFTING).actionsFor(editor).edit()).isTrue();
		assertThat(plan(PlanStatus.DRAFTING).actionsFor(editor).discard()).isTrue();
		assertThat(running.actionsFor(editor).edit()).isFalse();
		assertThat(running.actionsFor(editor).amend()).isTrue();
		assertThat(plan(PlanStatus.DISCARDED).actionsFor(editor).publish()).isFalse();
		assertThatThrownBy(() -> running.discarded("误建", LocalDateTime.now())).isInstanceOf(ConflictException.class);
		assertThat(plan(PlanStatus.DRAFTING).discarded("误建", LocalDateTime.now()).isPublished()).isFalse();
	}

}

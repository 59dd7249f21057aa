package cn.statenforce.enforcementcase;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate's guarded transitions without Spring: each illegal step is refused (409) in Chinese and changes nothing. */
class EnforcementCaseAggregateTest {

	static final LocalDate D = LocalDate.of(2025, 6, 2);

	static EnforcementCase lead() {
		return EnforcementCase.lead(1L, "XS430302-2025-0001", CaseSource.REPORT, 7L, "某某公司", "ORGANIZATION",
				"91430300MA4L000000", "张三", "湘潭市雨湖区", "涉嫌虚报", "举报称虚报营业收入", D.minusMonths(2), "yuhu.inspector1",
				LocalDateTime.of(2025, 6, 2, 9, 0));
	}

	static EnforcementCase in(CaseStatus status) {
		EnforcementCase c = lead();
		try {
			Field f = EnforcementCase.class.getDeclaredField("status");
			f.setAccessible(true);
			f.set(c, status);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
		return c;
	}

	/** A case in PROPOSING with a recommendation, as after the investigation report. */
	static EnforcementCase proposing() {
		EnforcementCase c = lead();
		c.moveTo(CaseStatus.FILING_PROPOSED);
		c.file("AJ430302-2025-0001", "雨统立〔2025〕1号", D, D.plusMonths(3));
		c.report("GENERAL", false, false, false, D);
		c.recommend("WARNING_AND_FINE", BigDecimal.ZERO, BigDecimal.valueOf(100000), "R1", "统计法第四十四条", "SL2024", "一般",
				false, true);
		return c;
	}

	static Stream<Arguments> illegalMoves() {
		return Stream.of(CaseStatus.values()).flatMap(from -> EnumSet.complementOf(EnumSet.copyOf(
				from.next().isEmpty() ? EnumSet.noneOf(CaseStatus.class) : from.next())).stream()
			.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1} refused")
	@MethodSource("illegalMoves")
	void shouldRefuseEveryMoveTheLawDoesNotAllow(CaseStatus from, CaseStatus to) {
		EnforcementCase c = in(from);
		assertThatThrownBy(() -> c.moveTo(to)).isInstanceOf(ConflictException.class)
			.hasMessage("案件当前状态为「" + from.label() + "」，不能进入「" + to.label() + "」");
		assertThat(c.getStatus()).isEqualTo(from);
	}

	@Test
	@DisplayName("终结状态不再流转")
	void shouldEndAtNotFiledAndArchived() {
		assertThat(CaseStatus.NOT_FILED.next()).isEmpty();
		assertThat(CaseStatus.ARCHIVED.next()).isEmpty();
		assertThatThrownBy(() -> in(CaseStatus.ARCHIVED).archive("A-2", D)).hasMessage("案件当前状态为「已归档」，不能进入「已归档」");
	}

	@Test
	@DisplayName("线索未经立案审批不能立案，也不能直接终结调查")
	void shouldNotFileOrReportALead() {
		EnforcementCase c = lead();
		assertThatThrownBy(() -> c.file("AJ", "立1号", D, D.plusMonths(3))).isInstanceOf(ConflictException.class)
			.hasMessage("案件当前状态为「待核查」，不能进入「调查取证」");
		assertThat(c.getCaseNumber()).isNull();
		assertThatThrownBy(() -> c.report("GENERAL", true, false, false, D)).hasMessage("案件当前状态为「待核查」，不能进入「拟处理」");
		assertThat(c.getCircumstance()).isNull();
		assertThatThrownBy(() -> c.summaryDecision("WARNING", null, null, "u", D, null))
			.hasMessage("案件当前状态为「待核查」，不能进入「执行中」");
		assertThat(c.getDecisionOutcome()).isNull();
	}

	@Test
	@DisplayName("裁量建议、拟处理意见只能在拟处理阶段，且须先有裁量建议")
	void shouldGuardRecommendationAndProposal() {
		EnforcementCase c = lead();
		assertThatThrownBy(() -> c.recommend("WARNING", null, null, "R", "b", "SL2024", "e", false, true))
			.hasMessage("案件当前状态为「待核查」，不能办理「裁量建议」");
		assertThat(c.getRecOutcome()).isNull();
		EnforcementCase p = proposing();
		p.propose(Disposition.PENALTY, "WARNING", null, false, false);
		p.priorNotice(D, D, D.plusDays(5), null, D);
		assertThatThrownBy(() -> p.propose(Disposition.NO_PENALTY, null, null, false, false))
			.hasMessage("案件当前状态为「告知申辩」，不能办理「拟处理意见」");
		assertThat(p.getProposal()).isEqualTo(Disposition.PENALTY);
	}

	@Test
	@DisplayName("调查终结后不能再次终结；拟处理须有裁量建议")
	void shouldRefuseSecondReportAndProposalWithoutRecommendation() {
		EnforcementCase c = lead();
		c.moveTo(CaseStatus.FILING_PROPOSED);
		c.file("AJ", "立1号", D, D.plusMonths(3));
		c.report("GENERAL", false, false, false, D);
		assertThatThrownBy(() -> c.report("MINOR", true, true, false, D)).isInstanceOf(ConflictException.class)
			.hasMessage("案件当前状态为「拟处理」，不能进入「拟处理」");
		assertThat(c.getCircumstance()).isEqualTo("GENERAL");
		assertThatThrownBy(() -> c.propose(Disposition.PENALTY, "WARNING", null, false, false))
			.hasMessage("尚无裁量建议，不能提出拟处理意见");
		assertThat(c.getProposal()).isNull();
	}

	@Test
	@DisplayName("陈述申辩、听证通知、听证记录须按顺序")
	void shouldGuardNoticeStatementAndHearing() {
		EnforcementCase c = proposing();
		c.propose(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), true, true);
		assertThatThrownBy(() -> c.statement("WARNING_AND_FINE", BigDecimal.valueOf(60000), false, null, null, null, D))
			.hasMessage("案件当前状态为「拟处理」，不能办理「陈述申辩」");
		assertThatThrownBy(() -> c.scheduleHearing(D.plusDays(10), "yuhu.legal", D, D))
			.hasMessage("案件当前状态为「拟处理」，不能办理「听证通知」");
		c.priorNotice(D, D, D.plusDays(5), D.plusDays(7), D);
		c.statement("WARNING_AND_FINE", BigDecimal.valueOf(60000), true, D.plusDays(1), null, null, D.plusDays(1));
		assertThat(c.getStatus()).isEqualTo(CaseStatus.HEARING);
		assertThatThrownBy(() -> c.hearingRecorded(true, "WARNING", null, D.plusDays(20))).isInstanceOf(ConflictException.class)
			.hasMessage("尚未通知听证时间");
		assertThat(c.isHearingHeld()).isFalse();
		assertThat(c.getProposedFine()).isEqualByComparingTo("60000");
		// the hearing requested but not yet scheduled: the decision gates stay closed
		c.gates(false, false, true);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDING);
		assertThat(c.gatesSatisfied()).isFalse();
		assertThatThrownBy(() -> c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), "yuhu.director",
				D.plusDays(20), null, D.plusDays(29))).hasMessage("法制审核、集体讨论或听证尚未完成，不能作出决定");
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDING);
		assertThat(c.getDecisionOutcome()).isNull();
	}

	@Test
	@DisplayName("陈述申辩或听证申请期限未届满且当事人未明确放弃的，不能作出决定（行政处罚法第六十二条）")
	void shouldNotDecideWhileThePartysWindowsAreOpen() {
		EnforcementCase c = proposing();
		c.propose(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), true, true);
		LocalDate defenceDue = D.plusDays(3);
		LocalDate hearingDue = D.plusDays(7);
		c.priorNotice(D, D, defenceDue, hearingDue, D);
		// whatever path led here (a stale process, a migrated case): the aggregate itself refuses
		c.gates(false, false, false);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDING);
		assertThatThrownBy(() -> c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), "yuhu.leader",
				defenceDue, null, null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("陈述、申辩期限至 " + defenceDue).hasMessageContaining("第六十二条");
		assertThatThrownBy(() -> c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), "yuhu.leader",
				hearingDue, null, null)).isInstanceOf(ConflictException.class).hasMessageContaining("听证申请期限至 " + hearingDue);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDING);
		assertThat(c.getDecidedOn()).isNull();
		c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), "yuhu.leader", hearingDue.plusDays(1), null, null);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	@DisplayName("当事人明确放弃后，期限届满前可以作出决定；决定日期不能早于事先告知送达日期")
	void shouldDecideBeforeTheWindowsEndOnceThePartyHasWaivedAndNotBeforeTheNotice() {
		EnforcementCase c = proposing();
		c.propose(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), true, true);
		c.priorNotice(D, D.plusDays(1), D.plusDays(4), D.plusDays(8), D);
		c.statement("WARNING_AND_FINE", BigDecimal.valueOf(60000), false, null,
				new CaseParts.Waiver(D.plusDays(1), CaseEnums.WaiverMethod.WRITTEN),
				new CaseParts.Waiver(D.plusDays(1), CaseEnums.WaiverMethod.ORAL_RECORDED), D.plusDays(1));
		c.gates(false, false, false);
		assertThatThrownBy(() -> c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), "yuhu.leader", D,
				null, null)).isInstanceOf(ConflictException.class)
			.hasMessage("处罚决定日期（" + D + "）不能早于事先告知书送达日期（" + D.plusDays(1) + "）");
		c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(60000), "yuhu.leader", D.plusDays(1), null, null);
		assertThat(c.getDecidedOn()).isEqualTo(D.plusDays(1));
	}

	@Test
	@DisplayName("告知不能早于立案；送达不能晚于今天；公示不能早于决定：拒绝且不改变案件")
	void shouldRefuseDatesThatRunBackwards() {
		EnforcementCase c = proposing();
		c.propose(Disposition.PENALTY, "WARNING", null, false, false);
		assertThatThrownBy(() -> c.priorNotice(D.minusDays(1), D.minusDays(1), D.plusDays(2), null, D))
			.isInstanceOf(BadRequestException.class)
			.hasMessage("事先告知书送达日期（" + D.minusDays(1) + "）不能早于立案日期（" + D + "）");
		assertThat(c.getStatus()).isEqualTo(CaseStatus.PROPOSING);
		c.priorNotice(D, D, D.plusDays(3), null, D);
		c.statement("WARNING", null, false, null, new CaseParts.Waiver(D, CaseEnums.WaiverMethod.WRITTEN), null, D);
		c.gates(false, false, false);
		LocalDate decided = D.plusDays(1);
		c.decide(Disposition.PENALTY, "WARNING", null, "yuhu.leader", decided, null, D.plusDays(10));
		assertThatThrownBy(() -> c.served(decided.plusDays(1), decided.plusDays(1), "DIRECT", null, decided))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能晚于今天");
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
		c.served(decided, decided, "DIRECT", null, decided);
		LocalDate twentyDaysEarlier = decided.minusDays(20);
		assertThatThrownBy(() -> c.publish(twentyDaysEarlier, "公示内容", decided)).isInstanceOf(BadRequestException.class)
			.hasMessage("公示日期（" + twentyDaysEarlier + "）不能早于处罚决定日期（" + decided + "）");
		assertThat(c.getPublishedOn()).isNull();
	}

	@Test
	@DisplayName("事先告知不能早于调查终结；决定不能早于听证笔录")
	void shouldKeepTheNoticeAfterTheReportAndTheDecisionAfterTheHearingRecord() {
		EnforcementCase c = lead();
		c.moveTo(CaseStatus.FILING_PROPOSED);
		c.file("AJ430302-2025-0002", "雨统立〔2025〕2号", D, D.plusMonths(3));
		LocalDate reported = D.plusDays(14);
		c.report("SERIOUS", false, false, false, reported);
		c.recommend("WARNING_AND_FINE", BigDecimal.valueOf(100000), BigDecimal.valueOf(500000), "SL2024_A44_ORG_SERIOUS",
				"统计法第四十四条第二款", "SL2024", "严重", true, true);
		c.propose(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(150000), true, true);
		assertThatThrownBy(() -> c.priorNotice(reported.minusDays(1), reported.minusDays(1), reported.plusDays(2),
				reported.plusDays(4), reported)).isInstanceOf(BadRequestException.class)
			.hasMessage("事先告知书送达日期（" + reported.minusDays(1) + "）不能早于调查终结日期（" + reported + "）");
		c.priorNotice(reported, reported, reported.plusDays(3), reported.plusDays(7), reported);
		c.statement("WARNING_AND_FINE", BigDecimal.valueOf(150000), true, reported.plusDays(1), null, null, reported.plusDays(1));
		LocalDate hearing = reported.plusDays(20);
		c.scheduleHearing(hearing, "yuhu.legal", reported.plusDays(2), reported.plusDays(2));
		assertThatThrownBy(() -> c.hearingRecorded(true, "WARNING_AND_FINE", BigDecimal.valueOf(150000), hearing.minusDays(1)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("尚未到");
		c.hearingRecorded(true, "WARNING_AND_FINE", BigDecimal.valueOf(150000), hearing.plusDays(1));
		c.gates(true, true, true);
		c.legalReview(true);
		c.discussed();
		assertThatThrownBy(() -> c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(150000), "yuhu.director",
				hearing, null, null)).isInstanceOf(ConflictException.class)
			.hasMessage("处罚决定日期（" + hearing + "）不能早于听证笔录日期（" + hearing.plusDays(1) + "）");
		c.decide(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(150000), "yuhu.director", hearing.plusDays(1),
				null, null);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	@DisplayName("集体讨论须在法制审核通过后；法制审核、讨论只能在审核阶段")
	void shouldGuardReviewAndDiscussion() {
		EnforcementCase c = proposing();
		c.propose(Disposition.PENALTY, "WARNING_AND_FINE", BigDecimal.valueOf(80000), true, true);
		assertThatThrownBy(() -> c.legalReview(true)).hasMessage("案件当前状态为「拟处理」，不能办理「法制审核」");
		assertThatThrownBy(c::discussed).hasMessage("案件当前状态为「拟处理」，不能办理「集体讨论」");
		c.gates(true, true, true);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REVIEWING);
		assertThatThrownBy(c::discussed).isInstanceOf(ConflictException.class).hasMessage("法制审核尚未通过，不能进行集体讨论");
		assertThat(c.isDiscussionDone()).isFalse();
		c.legalReview(true);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REVIEWING);
		c.discussed();
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDING);
		assertThatThrownBy(c::discussed).hasMessage("案件当前状态为「决定审批」，不能办理「集体讨论」");
	}

	@Test
	@DisplayName("执行阶段：缴款、复查、公示各只能登记一次；未作出决定不能编文号")
	void shouldRecordExecutionStepsOnlyOnce() {
		EnforcementCase c = lead();
		assertThatThrownBy(() -> c.decisionNumbered("雨统罚决〔2025〕1号", D)).hasMessage("尚未作出决定");
		assertThatThrownBy(() -> c.paid(D, BigDecimal.TEN, BigDecimal.ZERO, D)).hasMessage("案件当前状态为「待核查」，不能办理「缴款登记」");
		assertThatThrownBy(() -> c.rechecked(true)).hasMessage("案件当前状态为「待核查」，不能办理「复查」");
		assertThatThrownBy(() -> c.publish(D, "x", D)).hasMessage("案件当前状态为「待核查」，不能办理「公示」");
		c.moveTo(CaseStatus.SUMMARY);
		c.summaryDecision("WARNING_AND_FINE", BigDecimal.valueOf(1000), null, "yuhu.inspector1", D, D.plusDays(15));
		c.paid(D, BigDecimal.valueOf(1000), BigDecimal.ZERO, D);
		assertThatThrownBy(() -> c.paid(D.plusDays(1), BigDecimal.valueOf(2000), BigDecimal.ZERO, D.plusDays(1))).hasMessage("已登记缴款");
		assertThat(c.getPaidAmount()).isEqualByComparingTo("1000");
		c.rechecked(false);
		assertThatThrownBy(() -> c.rechecked(true)).hasMessage("已登记复查结果");
		assertThat(c.getCorrectionResult()).isEqualTo("NOT_CORRECTED");
		c.publish(D, "公示内容", D);
		assertThatThrownBy(() -> c.publish(D.plusDays(1), "再次", D.plusDays(1))).hasMessage("已公示");
		assertThat(c.getPublicationText()).isEqualTo("公示内容");
	}

	@Test
	@DisplayName("结案须经结案审批，归档须在结案后；办案期限外不能延期")
	void shouldCloseAndArchiveInOrderAndExtendOnlyWhileTheClockRuns() {
		EnforcementCase c = in(CaseStatus.EXECUTING);
		assertThatThrownBy(() -> c.close(D)).hasMessage("案件当前状态为「执行中」，不能进入「已结案」");
		assertThatThrownBy(() -> c.archive("A-1", D)).hasMessage("案件当前状态为「执行中」，不能进入「已归档」");
		assertThat(c.getClosedOn()).isNull();
		assertThatThrownBy(() -> c.extend(1, D.plusMonths(4))).hasMessage("案件不在办案期限内，无需延期");
		assertThat(c.getExtensionMonths()).isZero();
		c.requestClosure();
		c.close(D);
		c.archive("A-1", D);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.ARCHIVED);
	}

	@Test
	@DisplayName("决定已作出后不能退回调查，也不能再次送达")
	void shouldNotReturnOrServeTwiceAfterTheDecision() {
		EnforcementCase c = in(CaseStatus.DECIDED);
		c.served(D, D, "DIRECT", D.plusDays(15), D);
		assertThatThrownBy(() -> c.served(D.plusDays(1), D.plusDays(1), "MAIL", null, D.plusDays(1))).hasMessage("案件当前状态为「执行中」，不能进入「执行中」");
		assertThat(c.getServiceMethod()).isEqualTo("DIRECT");
		assertThatThrownBy(c::returnToInvestigation).hasMessage("案件当前状态为「执行中」，不能进入「调查取证」");
		assertThatThrownBy(() -> c.transferred("公安机关")).hasMessage("案件当前状态为「执行中」，不能进入「已移送」");
		assertThat(c.getTransferredTo()).isNull();
	}

}

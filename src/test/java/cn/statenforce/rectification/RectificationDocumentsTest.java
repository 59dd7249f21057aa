package cn.statenforce.rectification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DocumentNumbers;
import cn.statenforce.document.RecordDocuments;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.LeadReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 整改通知书 and 整改情况报告 opened as DOCX: filled from the plan's feedback, problems, measures and (for a
 * correction) the enterprise and its re-check; the notice takes one 整通 number from the register however often it is
 * made, the report none.
 */
@StatEnforceTest
class RectificationDocumentsTest {

	@Autowired
	RectificationDocuments documents;

	@Autowired
	RectificationService plans;

	@Autowired
	CorrectionService corrections;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	UserService users;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	ManagementService managementService;

	RectificationFixture fx;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
	}

	@Test
	void shouldNumberThePlansNoticeOnceAndFillBothFromThePlan() throws IOException {
		// a Sunday deadline, as the feedback letter set it
		LocalDate deadline = LocalDate.of(2026, 12, 27);
		Plan plan = fx.draft(deadline, Category.IMMEDIATE, Category.LONG_TERM);
		CurrentUser leader = fx.user(RectificationFixture.LEADER);

		assertThatThrownBy(() -> documents.notice(leader, plan.id())).isInstanceOf(ConflictException.class)
			.hasMessageContaining("请先制作整改通知书");
		String number = documents.makeNotice(leader, plan.id());
		assertThat(number).matches("雨统整通〔" + AppClock.today().getYear() + "〕\\d+号");
		assertThat(documents.makeNotice(leader, plan.id())).isEqualTo(number);
		assertThat(numbers.register(plan.bureauId(), DocumentKind.RECTIFICATION_NOTICE, AppClock.today().getYear()).stream()
			.filter(n -> n.docNumber().equals(number))).hasSize(1);

		List<Measure> measures = plans.measures(leader, plan.id());
		String notice = text(documents.notice(leader, plan.id()));
		assertThat(notice).contains("雨湖区统计局", "整改通知书", number, "巡察反馈", "区委第五巡察组", "雨巡反〔2026〕5号",
				"区委常规巡察反馈问题整改", plan.planNumber(), "1. 统计执法力量较为薄弱", measures.get(0).ownerName() + "：",
				"加强执法队伍建设（立行立改）", "完成时限：2026年12月27日", "加强执法队伍建设（长期坚持）",
				"责任领导：" + users.summary(RectificationFixture.LEADER).displayName());
		assertThat(notice).doesNotContain("{{");

		RecordDocuments.Rendered report = documents.report(leader, plan.id());
		assertThat(report.fileName()).isEqualTo("整改情况报告（" + plan.planNumber() + "）.docx");
		assertThat(text(report)).contains("整改情况报告", plan.planNumber(), "区委常规巡察反馈问题整改",
				users.summary(RectificationFixture.PLAN_LEADER).displayName(), "方案制定中", "（整改情况报告尚未报送）",
				"统计执法力量较为薄弱（整改中）").doesNotContain(number);

		// another bureau sees neither
		assertThatThrownBy(() -> documents.report(fx.user("yuetang.inspector1"), plan.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldRefuseANoticeForADiscardedPlan() {
		Plan plan = fx.draft(LocalDate.of(2027, 1, 29), Category.IMMEDIATE);
		CurrentUser leader = fx.user(RectificationFixture.LEADER);
		plans.discard(leader, plan.id(), "重复登记");
		assertThatThrownBy(() -> documents.makeNotice(leader, plan.id())).isInstanceOf(ConflictException.class)
			.hasMessageContaining("已作废");
	}

	@Test
	void shouldAddressACorrectionsNoticeToTheEnterpriseAndReportItsRecheck() throws IOException {
		CurrentUser leader = fx.user(RectificationFixture.LEADER);
		Enterprise e = enterprises.search(leader, null, 1, 1).items().get(0);
		LeadReference ref = corrections.openCorrection(new CorrectionOrder(leader.bureauId(), "TEST_ORIGIN", 98L,
				"430302-XX-2026-098", e.id(), "未按规定报送2025年统计资料", "限期补报2025年统计资料", LocalDate.of(2027, 1, 1),
				List.of("yuhu.inspector1", "yuhu.inspector2")));
		String first = users.summary("yuhu.inspector1").displayName();
		String second = users.summary("yuhu.inspector2").displayName();

		String number = documents.makeNotice(leader, ref.id());
		String notice = text(documents.notice(leader, ref.id()));
		assertThat(notice).contains(number, e.name() + "：", "未按规定报送2025年统计资料", "限期补报2025年统计资料",
				"执法人员" + first + "、" + second + "进行复查");

		corrections.recheck(fx.user("yuhu.inspector2"), ref.id(), true, "已补报2025年统计资料");
		assertThat(text(documents.report(leader, ref.id()))).contains(e.name(), "复查，已改正：已补报2025年统计资料");
	}

	private static String text(RecordDocuments.Rendered r) throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.content())); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			return x.getText();
		}
	}

}

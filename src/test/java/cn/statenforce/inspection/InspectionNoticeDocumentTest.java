package cn.statenforce.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.document.RecordDocuments;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 统计执法检查通知书 of an inspection, opened as DOCX: the unit, the day, the plan's check items, both inspectors
 * with their 执法证 numbers (as the user directory holds them); the 文号 the register issues when the notice is made
 * (or, when it was not made here, when its service is recorded). Only users who may see the inspection get it.
 */
@StatEnforceTest
class InspectionNoticeDocumentTest {

	@Autowired
	InspectionNoticeDocument notices;

	@Autowired
	InspectionService inspections;

	@Autowired
	InspectionFixture fixture;

	@Autowired
	TaskService taskService;

	@Test
	void shouldFillTheNoticeFromTheInspectionAndCarryTheNumberOnceServed() throws IOException {
		Inspection i = fixture.startedInspections(1, 311).get(0);
		UserSummary first = fixture.users.summary(i.inspector1());
		UserSummary second = fixture.users.summary(i.inspector2());
		List<String> items = fixture.defaultItemIds(fixture.user("yuhu.legal")).stream()
			.map(id -> fixture.registers.item(id).title()).toList();
		LocalDate day = i.plannedDate();

		RecordDocuments.Rendered before = notices.notice(fixture.user(i.inspector1()), i.id());
		String text = text(before.content());
		assertThat(text).contains("统计执法检查通知书", "雨湖区统计局", i.enterpriseName() + "：",
				day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日",
				first.displayName() + "（执法证号 " + first.certNumber() + "）",
				second.displayName() + "（执法证号 " + second.certNumber() + "）", "联系人：" + first.displayName(),
				"《中华人民共和国统计法》第三十八条");
		assertThat(items).isNotEmpty();
		items.forEach(t -> assertThat(text).contains(t));
		assertThat(text).doesNotContain("{{").doesNotContain("检通〔");
		assertThat(before.templateVersion()).isEqualTo(1);
		assertThat(before.fileName()).isEqualTo("统计执法检查通知书（" + i.enterpriseName() + "）.docx");

		String taskId = taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
		Inspection served = inspections.serveNotice(fixture.user(i.inspector1()), taskId,
				new InspectionCommands.ServeNotice(AppClock.today(), "王会计"));
		assertThat(served.noticeNumber()).matches("雨统检通〔\\d{4}〕\\d+号");
		RecordDocuments.Rendered after = notices.notice(fixture.user(i.inspector2()), i.id());
		assertThat(text(after.content())).contains(served.noticeNumber());
		assertThat(after.fileName()).isEqualTo("统计执法检查通知书（" + served.noticeNumber() + "）.docx");

		// another bureau's inspector does not see the inspection, nor its notice
		assertThatThrownBy(() -> notices.notice(fixture.user("yuetang.inspector1"), i.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldNumberTheNoticeWhenItIsMadeAndServeItWithThatNumber() throws IOException {
		Inspection i = fixture.startedInspections(1, 312).get(0);
		// neither another bureau's inspector nor a colleague outside the pair, nor the leader, may number it
		assertThatThrownBy(() -> inspections.numberNotice(fixture.user("yuetang.inspector1"), i.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> inspections.numberNotice(fixture.user("yuhu.leader"), i.id()))
			.isInstanceOf(cn.statenforce.shared.ForbiddenException.class);
		assertThat(inspections.get(fixture.user(i.inspector1()), i.id()).noticeNumber()).isNull();

		Inspection numbered = inspections.numberNotice(fixture.user(i.inspector1()), i.id());
		assertThat(numbered.noticeNumber()).matches("雨统检通〔" + AppClock.today().getYear() + "〕[1-9]\\d*号");
		assertThat(numbered.noticeServedOn()).isNull();
		assertThat(numbered.status()).isEqualTo(InspectionStatus.NOTICE);
		// the printed notice carries it; asking again (the other inspector, a second click) gives the same number
		assertThat(text(notices.notice(fixture.user(i.inspector2()), i.id()).content())).contains(numbered.noticeNumber());
		assertThat(inspections.numberNotice(fixture.user(i.inspector2()), i.id()).noticeNumber())
			.isEqualTo(numbered.noticeNumber());

		String taskId = taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
		Inspection served = inspections.serveNotice(fixture.user(i.inspector1()), taskId,
				new InspectionCommands.ServeNotice(AppClock.today(), "李出纳"));
		assertThat(served.noticeNumber()).isEqualTo(numbered.noticeNumber());
		assertThat(served.noticeServedOn()).isEqualTo(AppClock.today());
		// one number per notice: nothing new is taken after the service either
		assertThat(inspections.numberNotice(fixture.user(i.inspector1()), i.id()).noticeNumber())
			.isEqualTo(numbered.noticeNumber());
	}

	static String text(byte[] docx) throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			return x.getText();
		}
	}

}

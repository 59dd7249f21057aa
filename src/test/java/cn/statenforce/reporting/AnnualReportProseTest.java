package cn.statenforce.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import cn.statenforce.complaint.ComplaintAnnualFigures;
import cn.statenforce.credit.CreditAnnualFigures;
import cn.statenforce.enforcementcase.CaseAnnualFigures;
import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.interference.InterferenceAnnualFigures;
import cn.statenforce.leadtransfer.TransferAnnualFigures;
import cn.statenforce.rectification.RectificationAnnualFigures;
import cn.statenforce.training.TrainingAnnualFigures;

/**
 * The prose of the year-end report for the year the 西青区 seed report describes (2024: 32 双随机, 15 部门联合, 6 入退库真实性,
 * 1 涉外调查项目, 1 迟报统计资料; 1 warning on the spot, which orders correction with it, and 5 orders to correct at
 * inspections; 34 problems, 39 measures, 4
 * long-term mechanisms; 16 trainings), with the sentences written out by hand as the seeds phrase them, and the DOCX
 * that carries them.
 */
class AnnualReportProseTest {

	static AnnualReport xiqing2024() {
		Map<PlanType, Long> byType = new EnumMap<>(PlanType.class);
		byType.putAll(Map.of(PlanType.RANDOM, 32L, PlanType.JOINT, 15L, PlanType.SPECIAL, 7L, PlanType.KEY, 1L));
		List<InspectionAnnualFigures.TopicUnits> topics = new ArrayList<>(List.of(
				new InspectionAnnualFigures.TopicUnits(PlanType.SPECIAL, "ENTRY_EXIT", "入退库真实性", 6),
				new InspectionAnnualFigures.TopicUnits(PlanType.SPECIAL, "FOREIGN_SURVEY", "涉外调查项目", 1),
				new InspectionAnnualFigures.TopicUnits(PlanType.KEY, "LATE_REPORTING", "迟报统计资料", 1)));
		InspectionAnnualFigures inspection = new InspectionAnnualFigures(2024, byType, topics, 55, 6, 55, 49, 5, 1, 0, 1, 0,
				BigDecimal.ZERO, 6);
		CaseAnnualFigures cases = new CaseAnnualFigures(2024, 3, 2, 0, 1, 0, 0, 0, 0, 0, 0, new BigDecimal("20000.00"), 1, 1, 2, 1,
				0);
		AnnualInputs in = new AnnualInputs(2024, inspection, cases, new RectificationAnnualFigures(2024, 1, 34, 30, 39, 35, 4, 0, 5, 4, 1),
				new SupervisionInputs(new InterferenceAnnualFigures(2024, 0, 0, 4, 4), new TransferAnnualFigures(2024, 0, 0, 0, 0, 0, 0),
						new ComplaintAnnualFigures(2024, 0, 0, 0, 0, 0), new CreditAnnualFigures(2024, 0, 0, 0, 0, 0),
						new TrainingAnnualFigures(2024, 16, 281, 20, 2500), 3));
		return new AnnualReport(2024, 7, "西青区统计局", List.of("西青区统计局"), "西青区统计局2024年度统计",
				AnnualFigureCatalogue.evaluate(in));
	}

	static AnnualReport emptyYear() {
		Map<PlanType, Long> byType = new EnumMap<>(PlanType.class);
		for (PlanType t : PlanType.values()) {
			byType.put(t, 0L);
		}
		AnnualInputs in = new AnnualInputs(2025, new InspectionAnnualFigures(2025, byType, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0,
				BigDecimal.ZERO, 0), new CaseAnnualFigures(2025, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0),
				new RectificationAnnualFigures(2025, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
				new SupervisionInputs(new InterferenceAnnualFigures(2025, 0, 0, 0, 0), new TransferAnnualFigures(2025, 0, 0, 0, 0, 0, 0),
						new ComplaintAnnualFigures(2025, 0, 0, 0, 0, 0), new CreditAnnualFigures(2025, 0, 0, 0, 0, 0),
						new TrainingAnnualFigures(2025, 0, 0, 0, 0), 2));
		return new AnnualReport(2025, 9, "岳塘区统计局", List.of("岳塘区统计局"), "岳塘区统计局2025年度统计",
				AnnualFigureCatalogue.evaluate(in));
	}

	@Test
	void shouldWriteTheInspectionsByTypeWithUnitsAsTheSeedReportDoes() {
		assertThat(AnnualReportProse.of(xiqing2024()).get(0).text()).isEqualTo(
				"2024年共开展统计执法检查55次，检查单位55家。其中，开展“双随机一公开”执法检查32家，“双随机一公开”部门联合抽查15家，"
						+ "入退库真实性专项检查6家，涉外调查项目专项检查1家，迟报统计资料重点检查1家。"
						+ "检查发现有问题的单位6家，其中当场责令改正5次，适用简易程序当场处罚1次。");
	}

	@Test
	void shouldWriteWarningsOfWhichSummaryProcedureOrdersAndFines() {
		assertThat(AnnualReportProse.of(xiqing2024()).get(1).text()).isEqualTo(
				"规范执行统计违法行为行政处罚的裁量基准，给予行政警告1件（适用简易程序），给予警告并处罚款1件，给予书面责令改正7家次。"
						+ "全年作出行政处罚决定2件，其中罚款1件，罚款金额合计20000元。"
						+ "书面责令改正中，执法检查中责令改正6家次，案件决定责令改正1家次。");
	}

	@Test
	void shouldWriteCasesRectificationAndSupervision() {
		List<AnnualReportProse.Paragraph> p = AnnualReportProse.of(xiqing2024());
		assertThat(p).extracting(AnnualReportProse.Paragraph::heading)
			.containsExactly("一、统计执法检查", "二、问题处理和行政处罚", "三、执法案件办理", "四、问题整改", "五、统计监督和法治宣传");
		assertThat(p.get(2).text()).isEqualTo("2024年登记案件线索3件，立案查处2件，结案1件；举行听证1件，开展法制审核2次。");
		assertThat(p.get(3).text()).isEqualTo("2024年收到巡察、审计、督察等反馈1次，反馈具体问题34个，研究制定整改措施39条，明确责任单位、完成时限，严格对账销号。"
				+ "全年完成整改问题30个，销号整改措施35条，修订完善长效机制4项。责令改正交由整改跟踪5家次，复查已改正4家次、未改正1家次。");
		assertThat(p.get(4).text()).isEqualTo("开展执法培训16次，培训281人次；开展统计普法宣传活动20场，覆盖2500人次。"
				+ "截至2024年底，领导干部违规干预统计工作情况记录为零。截至2024年12月31日，持有有效统计执法证的执法人员3人。");
	}

	@Test
	void shouldSayWhenAYearHadNothingToReport() {
		assertThat(AnnualReportProse.of(emptyYear())).extracting(AnnualReportProse.Paragraph::text).containsExactly(
				"2025年未开展统计执法检查。", "2025年未作出行政处罚决定，未发出书面责令改正。", "2025年未登记案件线索，未立案查处统计违法案件。",
				"2025年未收到需整改的反馈问题。",
				"截至2025年底，领导干部违规干预统计工作情况记录为零。截至2025年12月31日，持有有效统计执法证的执法人员2人。");
	}

	@Test
	void shouldUseNoNumberThatIsNotAFigureOfTheYear() {
		AnnualReport r = xiqing2024();
		Set<String> values = new HashSet<>();
		r.sections().forEach(s -> s.figures().forEach(f -> values.add(f.value() instanceof BigDecimal d
				? d.stripTrailingZeros().toPlainString() : f.value().toString())));
		Matcher m = Pattern.compile("\\d+").matcher(String.join("", AnnualReportProse.of(r).stream()
			.map(AnnualReportProse.Paragraph::text).toList()).replace("2024年", "").replace("12月31日", ""));
		List<String> numbers = new ArrayList<>();
		while (m.find()) {
			numbers.add(m.group());
		}
		assertThat(numbers).hasSizeGreaterThan(30).allSatisfy(n -> assertThat(values).contains(n));
	}

	@Test
	void shouldMergeTheProseIntoTheWordTemplate() throws Exception {
		AnnualReport r = xiqing2024();
		byte[] docx = AnnualReportDocx.write(r, LocalDateTime.of(2025, 1, 6, 10, 0));
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
			List<String> expected = new ArrayList<>();
			expected.add("西青区统计局2024年度统计执法工作情况");
			expected.add("统计范围：西青区统计局。以下数字均由本系统按各项统计口径自动生成，与年度统计页面和 Excel 一致。");
			for (AnnualReportProse.Paragraph p : AnnualReportProse.of(r)) {
				expected.add(p.heading());
				expected.add(p.text());
			}
			assertThat(texts.subList(0, expected.size())).containsExactlyElementsOf(expected);
			assertThat(texts).last().isEqualTo("2025年1月6日");
			assertThat(String.join("", texts)).doesNotContain("{{").doesNotContain("}}");
		}
		assertThat(r.docxFileName()).isEqualTo("西青区统计局2024年度统计执法工作情况.docx");
	}

}

package cn.statenforce.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.statenforce.enforcementcase.CaseAnnualFigures;
import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.inspection.PlanType;

/** The charts' values are catalogue figures: each month's inputs evaluated, and the year's figures by type. */
class AnnualChartsTest {

	@Test
	void shouldChartEachMonthsFiguresAndTheYearsByType() {
		AnnualReport year = AnnualReportProseTest.xiqing2024();
		AnnualInputs annual = new AnnualInputs(2024, null, null, null, null);
		List<AnnualInputs> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			Map<PlanType, Long> byType = new EnumMap<>(PlanType.class);
			// m inspections in month m, one of them a warning on the spot in June; cases filed only in March (2)
			InspectionAnnualFigures i = new InspectionAnnualFigures(2024, byType, List.of(), m, 0, m, 0, m == 9 ? 3 : 0, 0, 0,
					m == 6 ? 1 : 0, 0, BigDecimal.ZERO, m == 9 ? 3 : 0);
			CaseAnnualFigures c = new CaseAnnualFigures(2024, 0, m == 3 ? 2 : 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0);
			months.add(new AnnualInputs(2024, i, c, annual.rectification(), annual.supervision()));
		}
		AnnualCharts charts = AnnualCharts.of(year, months);
		assertThat(charts.months()).hasSize(12).startsWith("1月").endsWith("12月");
		assertThat(charts.monthly()).extracting(AnnualCharts.Series::name).containsExactly("检查次数", "立案（普通程序）", "行政处罚决定", "书面责令改正");
		assertThat(charts.monthly().get(0).values()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
		assertThat(charts.monthly().get(1).values()).containsExactly(0L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
		assertThat(charts.monthly().get(2).values()).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
		assertThat(charts.monthly().get(3).values()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L, 0L, 0L, 0L);
		assertThat(charts.byType().get(0).bars()).extracting(b -> b.name() + "=" + b.value())
			.containsExactly("双随机抽查=32", "部门联合抽查=15", "专项检查=7", "重点检查=1");
		assertThat(charts.byType().get(1).bars()).extracting(b -> b.name() + "=" + b.value())
			.containsExactly("警告=1", "警告并处罚款=1", "通报批评=0", "书面责令改正=7", "不予行政处罚=0", "移送司法机关=0");
		assertThat(charts.byType().get(2).bars()).extracting(b -> b.name() + "=" + b.value())
			.containsExactly("反馈问题=34", "完成整改问题=30", "整改措施=39", "已销号措施=35", "长效机制=4", "逾期未销号措施=0");
	}

}

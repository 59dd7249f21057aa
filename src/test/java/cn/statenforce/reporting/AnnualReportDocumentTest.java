package cn.statenforce.reporting;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.training.ActivityCommand;
import cn.statenforce.training.TrainingService;

/**
 * The 年度统计 page's charts and Word report from the records: a year no other test writes to (four years ahead) gets
 * two trainings and one publicity event in 岳塘区, and the DOCX says exactly those figures; ECharts is served from the
 * application itself.
 */
@StatEnforceTest
class AnnualReportDocumentTest {

	static final int YEAR = LocalDate.now().getYear() + 4;

	@Autowired MockMvc mvc;
	@Autowired CaseFixture f;
	@Autowired TrainingService trainings;
	@Autowired AnnualReportService reports;
	@Autowired UserDetailsService users;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldWriteTheYearsFiguresIntoTheWordReport() throws Exception {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(YEAR, 11, 20).atTime(15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		var recorder = f.as("yuetang.leader");
		trainings.register(recorder, new ActivityCommand("NEW_LAW", LocalDate.of(YEAR, 3, 14), "新修订《统计法》解读", "岳塘区统计局", 16,
				"区统计局三楼会议室", null), List.of());
		trainings.register(recorder, new ActivityCommand("NEW_LAW", LocalDate.of(YEAR, 9, 26), "统计执法程序与文书制作", "岳塘区统计局", 25,
				"区委党校", null), List.of());
		trainings.register(recorder, new ActivityCommand("OPEN_DAY", LocalDate.of(YEAR, 9, 22), "中国统计开放日宣传", "岳塘区统计局", 300,
				"步步高广场", null), List.of());

		byte[] docx = mvc.perform(get("/api/reports/annual/docx").param("year", Integer.toString(YEAR)).with(api("yuetang.leader")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", Matchers.containsString(".docx")))
			.andReturn().getResponse().getContentAsByteArray();
		List<String> texts;
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			texts = d.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
		}
		assertThat(texts.get(0)).isEqualTo("岳塘区统计局" + YEAR + "年度统计执法工作情况");
		assertThat(texts).contains("一、统计执法检查", YEAR + "年未开展统计执法检查。", YEAR + "年未收到需整改的反馈问题。");
		String supervision = texts.get(texts.indexOf("五、统计监督和法治宣传") + 1);
		assertThat(supervision).startsWith("开展执法培训2次，培训41人次；开展统计普法宣传活动1场，覆盖300人次。截至" + YEAR
				+ "年底，领导干部违规干预统计工作情况记录为零。");
		// the same figures as the page and the JSON
		AnnualReport report = reports.report(recorder, YEAR, null);
		assertThat(texts).containsAll(AnnualReportProse.of(report).stream().map(AnnualReportProse.Paragraph::text).toList());
		mvc.perform(get("/api/reports/annual/charts").param("year", Integer.toString(YEAR)).with(api("yuetang.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.monthly[0].values.length()").value(12))
			.andExpect(jsonPath("$.byType[0].bars[0].name").value("双随机抽查"));
	}

	@Test
	void shouldDrawTheChartsWithTheBundledECharts() throws Exception {
		mvc.perform(get("/reports/annual").with(page(users, "yuhu.leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")))
			.andExpect(content().string(Matchers.containsString("id=\"chart-monthly\"")))
			// the figures are a JSON data block, not an inline script (the pages' Content-Security-Policy refuses those)
			.andExpect(content().string(Matchers.containsString("<script type=\"application/json\" id=\"annual-charts-data\">{\"year\":")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("window.annualCharts"))))
			.andExpect(content().string(Matchers.containsString("生成 Word 报告")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("cdn"))));
		mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("echarts")));
		mvc.perform(get("/js/reporting/annual-charts.js")).andExpect(status().isOk());
	}

	@Test
	void shouldKeepTheWordReportToThoseWhoReadTheFigures() throws Exception {
		mvc.perform(get("/api/reports/annual/docx").param("year", "2026").with(api("yuhu.inspector1"))).andExpect(status().isForbidden());
		long yuhu = f.as("yuhu.leader").bureauId();
		mvc.perform(get("/api/reports/annual/docx").param("year", "2026").param("bureauId", Long.toString(yuhu))
			.with(api("yuetang.leader"))).andExpect(status().isNotFound());
	}

}

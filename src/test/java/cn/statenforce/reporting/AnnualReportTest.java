package cn.statenforce.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionCommands;
import cn.statenforce.inspection.InspectionItem;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.InspectionResult;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;

/**
 * Year-end figures from records created through the capabilities' own services in a year no other test
 * writes to (three years ahead: the demo certificates run four years, so the inspectors may still act).
 */
@StatEnforceTest
class AnnualReportTest {

	static final String PW = "demo123456";

	static final int YEAR = LocalDate.now().getYear() + 3;

	/** The supervision registers' section (counted in {@code SupervisionAnnualFiguresTest}). */
	static final String SUPERVISION = "统计监督与法治宣传";

	@Autowired ProcessEngine engine;
	@Autowired RuntimeService runtime;
	@Autowired TaskService taskService;
	@Autowired ManagementService managementService;
	@Autowired MockMvc mvc;
	@Autowired AnnualReportService reports;
	@Autowired BureauService bureaus;
	@Autowired UserService users;
	@Autowired CaseFixture cases;
	@Autowired InspectionPlanService inspectionPlans;
	@Autowired InspectionRegisters registers;
	@Autowired InspectionService inspections;
	@Autowired CorrectionService corrections;
	@Autowired RectificationService rectification;
	@Autowired MeasureService measures;
	@Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldCountTheYearsRecordsByTheirDefiningDates() throws Exception {
		clock(LocalDate.of(YEAR, 3, 5));
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		// nothing in the year yet, in this bureau or any other
		assertThat(reports.report(cases.as("city.leader"), YEAR, null).sections())
			.filteredOn(s -> !s.title().equals(SUPERVISION))
			.allSatisfy(s -> assertThat(s.figures()).allSatisfy(f -> assertThat(f.value().doubleValue()).isZero()));
		// the year before (another test's year) as it stands before this year's records
		AnnualReport yearBefore = reports.report(cases.as("yuhu.leader"), YEAR - 1, null);

		inspectTwoUnits();
		EnforcementCase filed = recordCases();
		recordRectification(LocalDate.of(YEAR, 4, 10));

		AnnualReport r = reports.report(cases.as("yuhu.leader"), YEAR, null);
		assertThat(r.bureauNames()).containsExactly("雨湖区统计局");
		Map<String, Number> expected = new HashMap<>();
		expected.putAll(Map.of("inspection.units", 2L, "inspection.random", 2L, "inspection.joint", 0L,
				"inspection.special", 0L, "inspection.key", 0L, "inspection.count", 2L, "inspection.noProblem", 1L,
				"inspection.ordersToCorrect", 1L, "inspection.summary", 0L, "inspection.handedOver", 0L));
		expected.putAll(Map.of("case.leads", 3L, "case.filed", 1L, "penalty.warning", 1L, "penalty.warningAndFine", 0L,
				"case.noPenalty", 0L, "case.notEstablished", 0L, "case.transfer", 0L, "penalty.warningSummary", 1L,
				"order.cases", 1L, "case.hearings", 0L));
		expected.putAll(Map.of("case.legalReviews", 0L, "case.closed", 0L, "case.overdueOpen", 0L, "penalty.circulate", 0L,
				"rect.plans", 1L, "rect.problems", 1L, "rect.problemsClosed", 0L, "rect.measures", 2L,
				"rect.measuresSignedOff", 1L, "rect.mechanisms", 1L));
		expected.putAll(Map.of("rect.overdueMeasures", 0L, "rect.corrections", 1L, "rect.corrected", 1L,
				"rect.notCorrected", 0L, "inspection.unitsWithProblems", 1L, "order.inspections", 1L, "order.total", 2L,
				"penalty.decisions", 1L, "penalty.fined", 0L, "penalty.fineSummary", 0L));
		assertFigures(r, expected);
		assertThat(r.figure("penalty.finesTotal").value()).isEqualTo(BigDecimal.ZERO);
		assertThat(r.sections()).flatMap(AnnualReport.Section::figures).extracting(AnnualReport.Figure::key)
			.containsExactlyElementsOf(AnnualFigureCatalogue.fixedDefinitions().stream().map(FigureDefinition::key).toList());
		assertThat(r.sections()).flatMap(AnnualReport.Section::figures)
			.allSatisfy(f -> assertThat(f.definition()).isNotBlank().endsWith("。"));
		// the year before counts none of it
		assertThat(reports.report(cases.as("yuhu.leader"), YEAR - 1, null).sections()).isEqualTo(yearBefore.sections());

		// past the measure deadline and past the case deadline: both overdue, still in the year
		assertThat(filed.getCaseDeadline()).isAfter(LocalDate.of(YEAR, 4, 10)).isBefore(LocalDate.of(YEAR, 12, 1));
		clock(filed.getCaseDeadline().plusDays(1));
		r = reports.report(cases.as("yuhu.director"), YEAR, null);
		assertThat(r.figure("rect.overdueMeasures").value()).isEqualTo(1L);
		assertThat(r.figure("case.overdueOpen").value()).isEqualTo(1L);
		assertThat(r.figure("case.filed").value()).isEqualTo(1L);

		// the city bureau reads its whole subtree, or one district; the sibling district has none of it
		long yuetang = bureaus.bureauByRegionCode("430304").id();
		mvc.perform(get("/api/reports/annual").param("year", "" + YEAR).with(httpBasic("city.leader", PW)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bureauNames.length()").value(3))
			.andExpect(jsonPath("$.sections[0].figures[0].key").value("inspection.units"))
			.andExpect(jsonPath("$.sections[0].figures[0].value").value(2))
			.andExpect(jsonPath("$.sections[2].figures[0].key").value("case.leads"))
			.andExpect(jsonPath("$.sections[2].figures[0].value").value(3));
		assertThat(reports.report(cases.as("city.leader"), YEAR, yuhu).figure("case.leads").value()).isEqualTo(3L);
		assertThat(reports.report(cases.as("city.leader"), YEAR, yuetang).figure("case.leads").value()).isEqualTo(0L);
		assertThat(reports.report(cases.as("city.legal"), YEAR, null).figure("rect.mechanisms").value()).isEqualTo(1L);

		// the export holds the same figures
		byte[] xlsx = mvc.perform(get("/reports/annual/export").param("year", "" + YEAR).with(httpBasicPage("yuhu.admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("雨湖区统计局" + YEAR + "年度统计");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("数值");
			Map<String, Double> values = new HashMap<>();
			String section = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 2) {
					String s = row.getCell(0).getStringCellValue();
					section = s.isEmpty() ? section : s;
					values.put(section + "/" + row.getCell(1).getStringCellValue(), row.getCell(2).getNumericCellValue());
				}
			}
			assertThat(values).containsEntry("执法检查/其中：双随机抽查（家）", 2.0).containsEntry("行政处罚与责令改正/其中：警告（件）", 1.0)
				.containsEntry("整改/已销号措施（条）", 1.0).containsEntry("整改/复查已改正（家次）", 1.0)
				.containsEntry("执法案件/逾期未决（件）", 1.0);
		}
		// the page shows the figures with their definitions
		mvc.perform(get("/reports/annual").param("year", "" + YEAR).with(httpBasicPage("yuhu.leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("现场检查日期在本年内的被检查单位数")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("年度统计")));
	}

	@Test
	void shouldHideASiblingBureauAndRefuseOtherRoles() throws Exception {
		int year = AppClock.today().getYear();
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		mvc.perform(get("/api/reports/annual").param("year", "" + year).param("bureauId", "" + yuhu)
			.with(httpBasic("yuetang.leader", PW))).andExpect(status().isNotFound());
		mvc.perform(get("/api/reports/annual").param("year", "" + year).with(httpBasic("yuhu.inspector1", PW)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/annual").param("year", "1999").with(httpBasic("yuhu.leader", PW)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/reports/annual").param("year", "" + year).with(httpBasic("yuhu.leader", PW)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.bureauNames[0]").value("雨湖区统计局"));
		// an upper bureau may not be chosen from below
		long city = bureaus.bureauByRegionCode("430300").id();
		assertThatThrownBy(() -> reports.report(cases.as("yuhu.legal"), year, city))
			.isInstanceOf(cn.statenforce.shared.NotFoundException.class);
		assertThatThrownBy(() -> reports.report(cases.as("yuhu.owner"), year, null)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> reports.report(cases.as("yuhu.leader"), year + 1, null)).isInstanceOf(BadRequestException.class);
	}

	// --- records, each through its capability's own service

	/** A random-inspection plan of two units: one without problem, one ordered to correct and found corrected. */
	private void inspectTwoUnits() {
		CurrentUser legal = cases.as("yuhu.legal");
		List<Long> items = registers.items(legal.bureauId(), true).stream().filter(InspectionItem::isDefault)
			.map(InspectionItem::id).toList();
		InspectionPlan p = inspectionPlans.create(legal, new PlanCommand("年度统计测试抽查", PlanType.RANDOM, YEAR, null,
				"《统计法》第三十八条", null, null, null, false, false, 2, null, 1, null, AppClock.today(), items));
		inspectionPlans.submit(legal, p.id());
		inspectionPlans.decide(cases.as("yuhu.leader"), p.id(), true, "同意");
		inspectionPlans.draw(legal, p.id(), 4242L);
		List<Inspection> started = inspectionPlans.start(legal, p.id());
		assertThat(started).hasSize(2);
		record(started.get(0), InspectionResult.NO_PROBLEM);
		execute(job(InspectionProcess.TASK_CLOSE, instance(started.get(0))));
		Inspection minor = started.get(1);
		record(minor, InspectionResult.MINOR);
		execute(job(InspectionProcess.TASK_ORDER_CORRECTION, instance(minor)));
		long correctionId = inspections.getUnchecked(minor.id()).correctionRefId();
		corrections.recheck(cases.as(minor.inspector2()), correctionId, true, "已建立统计台账");
		execute(job(InspectionProcess.TASK_CLOSE, instance(minor)));
	}

	private void record(Inspection i, InspectionResult result) {
		CurrentUser inspector = cases.as(i.inspector1());
		inspections.serveNotice(inspector, task(i), new InspectionCommands.ServeNotice(AppClock.today(), "王会计"));
		List<InspectionItem> items = inspectionPlans.items(i.planId());
		boolean problem = result != InspectionResult.NO_PROBLEM;
		List<InspectionCommands.CheckRecord> checks = items.stream()
			.map(item -> new InspectionCommands.CheckRecord(item.id(), !(problem && item.equals(items.get(0))),
					problem && item.equals(items.get(0)) ? "未设置统计台账" : null, "现场检查笔录"))
			.toList();
		inspections.recordInspection(inspector, task(i), new InspectionCommands.RecordInspection(AppClock.today(), checks,
				result, "检查情况", problem ? "15个工作日内建立统计台账" : null, null));
	}

	/** Three leads: one warned on the spot, one filed, one still being assessed. */
	private EnforcementCase recordCases() {
		EnforcementCase warned = cases.lead(AppClock.today().minusDays(5));
		cases.intake.assess(cases.as("yuhu.inspector1"), warned.getId(),
				new CaseCommands.Assess(AssessmentProposal.SUMMARY, "事实清楚"));
		cases.summary.summaryDecision(cases.as("yuhu.inspector1"), warned.getId(), new CaseCommands.SummaryDecision(
				List.of("yuhu.inspector1", "yuhu.inspector2"), "FALSE_OR_INCOMPLETE_DATA", "WARNING", null, "如实报送从业人员数",
				LocalDate.of(YEAR, 4, 30), "少报从业人员"));
		execute(job("Task_FileSummaryDecision", cases.pi(warned)));
		cases.lead(AppClock.today().minusDays(3));
		return cases.filed();
	}

	/** Feedback with one problem and two measures; the long-term one is signed off with its mechanism. */
	private void recordRectification(LocalDate deadline) {
		RectificationFixture fx = new RectificationFixture(users, rectification, managementService);
		Plan draft = fx.draft(deadline, Category.DEADLINE, Category.LONG_TERM);
		Plan plan = rectification.publish(fx.user(RectificationFixture.LEADER), draft.id());
		Measure longTerm = rectification.measures(fx.user(RectificationFixture.LEADER), plan.id()).stream()
			.filter(Measure::isLongTerm).findFirst().orElseThrow();
		measures.submitCompletion(fx.user(RectificationFixture.OWNER), longTerm.id(), "已完成",
				RectificationFixture.evidence("培训记录.txt"), "执法人员年度培训制度", null);
		measures.signOff(fx.user(RectificationFixture.LEADER), longTerm.id(), true, "同意销号");
	}

	// --- helpers

	private static void assertFigures(AnnualReport r, Map<String, Number> expected) {
		Map<String, Number> actual = new HashMap<>();
		expected.keySet().forEach(k -> {
			assertThat(r.figure(k)).as(k).isNotNull();
			actual.put(k, r.figure(k).value());
		});
		assertThat(actual).isEqualTo(expected);
	}

	private static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicPage(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(userDetails.loadUserByUsername(username));
	}

	private ProcessInstance instance(Inspection i) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

	private String task(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
	}

}

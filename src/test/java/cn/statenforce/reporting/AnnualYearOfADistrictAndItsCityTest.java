package cn.statenforce.reporting;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums;
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
import cn.statenforce.shared.AppClock;

/**
 * A whole year of a district (雨湖区) and its city (湘潭市) driven through the services, the way the Xiqing seed
 * reports it: 双随机 and 部门联合 checks, 入退库真实性 and 涉外调查项目 专项 checks, a 迟报统计资料 重点检查 of a named unit,
 * warnings and fines on the spot, orders to correct, a suspected violation handed over, and cases (a warning on the
 * spot with an order to correct, a fine in the ordinary procedure, a lead still open). Every figure of the district's
 * report and of the city's (its whole subtree) is checked against a count this test keeps of what it created, never
 * against the code under test; the JSON and the XLSX (both with HTTP Basic) must say the same.
 * <p>
 * The year is two years ahead (no other test writes to it; the demo certificates run four years). Inspections fall on
 * a Saturday, on 元旦 of the year (counted) and on the last day of the year before (not counted).
 */
@StatEnforceTest
class AnnualYearOfADistrictAndItsCityTest {

	static final int YEAR = LocalDate.now().getYear() + 2;

	static final Set<String> DISTRICT = Set.of("430302");

	static final Set<String> CITY_SUBTREE = Set.of("430300", "430302", "430304");

	@Autowired ProcessEngine engine;
	@Autowired RuntimeService runtime;
	@Autowired TaskService taskService;
	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired JdbcTemplate jdbc;
	@Autowired AnnualReportService reports;
	@Autowired BureauService bureaus;
	@Autowired EnterpriseService enterprises;
	@Autowired CaseFixture cases;
	@Autowired InspectionPlanService plans;
	@Autowired InspectionRegisters registers;
	@Autowired InspectionService inspections;
	@Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;

	/** What this test did at an inspection, as it did it. */
	record Done(String bureau, PlanType type, String topic, long enterpriseId, InspectionResult result, LocalDate on,
			String penalty, BigDecimal fine) {
	}

	/** What this test did with a case: registered, filed, decided (outcome, summary procedure, fine, correction). */
	record CaseDone(String bureau, LocalDate registered, LocalDate filed, LocalDate decided, String outcome, boolean summary,
			BigDecimal fine, boolean correction) {
	}

	final List<Done> done = new ArrayList<>();

	final List<CaseDone> caseLedger = new ArrayList<>();

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldReportTheYearOfADistrictAndItsCityAsCountedFromTheRecords() throws Exception {
		// --- the district's year
		LocalDate newYearsEve = LocalDate.of(YEAR - 1, 12, 31);
		clock(newYearsEve.minusDays(3));
		List<Inspection> yearEnd = startRandom("430302", PlanType.RANDOM, null, 2, newYearsEve.minusDays(2), 801L, YEAR - 1);
		clock(newYearsEve);
		work(yearEnd.get(0), "430302", PlanType.RANDOM, null, InspectionResult.SUMMARY, newYearsEve, "WARNING", null);
		LocalDate newYear = LocalDate.of(YEAR, 1, 1);
		clock(newYear);
		work(yearEnd.get(1), "430302", PlanType.RANDOM, null, InspectionResult.MINOR, newYear, null, null);

		clock(LocalDate.of(YEAR, 3, 1));
		LocalDate saturday = LocalDate.of(YEAR, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		String late = freeUnit("430302");
		List<Inspection> key = startKey("430302", "LATE_REPORTING", late, "连续两个月迟报规模以上工业企业产销月报，经催报仍未报送",
				saturday, 811L);
		List<Inspection> random = startRandom("430302", PlanType.RANDOM, null, 5, saturday, 812L, YEAR);
		List<Inspection> joint = startRandom("430302", PlanType.JOINT, null, 2, saturday, 813L, YEAR);
		List<Inspection> entryExit = startRandom("430302", PlanType.SPECIAL, "ENTRY_EXIT", 3, saturday, 814L, YEAR);
		List<Inspection> foreign = startRandom("430302", PlanType.SPECIAL, "FOREIGN_SURVEY", 1, saturday, 815L, YEAR);
		assertThat(key).extracting(Inspection::creditCode).containsExactly(late);
		clock(saturday);

		work(key.get(0), "430302", PlanType.KEY, "LATE_REPORTING", InspectionResult.MINOR, saturday, null, null);
		work(random.get(0), "430302", PlanType.RANDOM, null, InspectionResult.NO_PROBLEM, saturday, null, null);
		work(random.get(1), "430302", PlanType.RANDOM, null, InspectionResult.NO_PROBLEM, saturday, null, null);
		work(random.get(2), "430302", PlanType.RANDOM, null, InspectionResult.MINOR, saturday, null, null);
		work(random.get(3), "430302", PlanType.RANDOM, null, InspectionResult.SUMMARY, saturday, "WARNING", null);
		work(random.get(4), "430302", PlanType.RANDOM, null, InspectionResult.SUSPECTED, saturday, null, null);
		work(joint.get(0), "430302", PlanType.JOINT, null, InspectionResult.NO_PROBLEM, saturday, null, null);
		work(joint.get(1), "430302", PlanType.JOINT, null, InspectionResult.SUMMARY, saturday, "FINE", fineFor(joint.get(1)));
		work(entryExit.get(0), "430302", PlanType.SPECIAL, "ENTRY_EXIT", InspectionResult.MINOR, saturday, null, null);
		work(entryExit.get(1), "430302", PlanType.SPECIAL, "ENTRY_EXIT", InspectionResult.NO_PROBLEM, saturday, null, null);
		LocalDate monday = saturday.plusDays(2);
		clock(monday);
		work(entryExit.get(2), "430302", PlanType.SPECIAL, "ENTRY_EXIT", InspectionResult.MINOR, monday, null, null);
		work(foreign.get(0), "430302", PlanType.SPECIAL, "FOREIGN_SURVEY", InspectionResult.NO_PROBLEM, monday, null, null);

		warnOnTheSpotWithAnOrderToCorrect(LocalDate.of(YEAR, 4, 10));
		fineInTheOrdinaryProcedure(LocalDate.of(YEAR, 5, 8), LocalDate.of(YEAR, 5, 22));
		clock(LocalDate.of(YEAR, 9, 1));
		cases.lead(AppClock.today().minusDays(20));
		caseLedger.add(new CaseDone("430302", AppClock.today(), null, null, null, false, null, false));

		LocalDate lastDay = LocalDate.of(YEAR, 12, 31);
		clock(lastDay.minusDays(4));
		List<Inspection> december = startRandom("430302", PlanType.RANDOM, null, 1, lastDay.minusDays(3), 816L, YEAR);
		clock(lastDay);
		work(december.get(0), "430302", PlanType.RANDOM, null, InspectionResult.NO_PROBLEM, lastDay, null, null);

		// --- the city's own inspections (a 数据质量 key check of a named unit and a two-stage random check)
		LocalDate june = LocalDate.of(YEAR, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		clock(LocalDate.of(YEAR, 5, 30));
		String quality = freeUnit("430304");
		List<Inspection> cityKey = startKey("430300", "DATA_QUALITY", quality, "统计数据质量核查中发现主要指标与税务、电力数据差异较大", june, 821L);
		List<Inspection> cityRandom = startRandom("430300", PlanType.RANDOM, null, 2, june, 822L, YEAR);
		clock(june);
		work(cityKey.get(0), "430300", PlanType.KEY, "DATA_QUALITY", InspectionResult.SUMMARY, june, "FINE", fineFor(cityKey.get(0)));
		work(cityRandom.get(0), "430300", PlanType.RANDOM, null, InspectionResult.SUMMARY, june, "WARNING", null);
		// a unit of a district's directory, inspected by the city: the order to correct and the lead are the city's
		work(cityRandom.get(1), "430300", PlanType.RANDOM, null, InspectionResult.SUSPECTED, june, null, null);

		// --- read the year in the next January
		clock(LocalDate.of(YEAR + 1, 1, 3));
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long yuetang = bureaus.bureauByRegionCode("430304").id();
		AnnualReport district = reports.report(cases.as("yuhu.leader"), YEAR, null);
		assertThat(district.title()).isEqualTo("雨湖区统计局" + YEAR + "年度统计");
		assertReport(district, expected(DISTRICT));
		AnnualReport city = reports.report(cases.as("city.director"), YEAR, null);
		assertThat(city.title()).isEqualTo("湘潭市统计局（全辖）" + YEAR + "年度统计");
		assertThat(city.bureauNames()).containsExactly("湘潭市统计局", "雨湖区统计局", "岳塘区统计局");
		assertReport(city, expected(CITY_SUBTREE));
		assertThat(reports.report(cases.as("city.leader"), YEAR, yuhu).sections()).isEqualTo(district.sections());
		// the city's key check of a 岳塘区 unit is the city's, not 岳塘区's
		assertReport(reports.report(cases.as("city.leader"), YEAR, yuetang), expected(Set.of("430304")));
		// the seed's phrasing: 入退库真实性专项检查3家，涉外调查项目1家，迟报统计资料重点检查1家
		assertThat(district.figure("inspection.special.topic.ENTRY_EXIT").label()).isEqualTo("入退库真实性专项检查（家）");
		assertThat(district.figure("inspection.key.topic.LATE_REPORTING").label()).isEqualTo("迟报统计资料重点检查（家）");
		assertThat(district.figure("inspection.key.topic.LATE_REPORTING").parentKey()).isEqualTo("inspection.key");

		// --- the JSON and the XLSX answer the API's HTTP Basic and hold the same figures
		for (String who : List.of("yuhu.leader", "city.director")) {
			AnnualReport r = who.startsWith("city") ? city : district;
			JsonNode body = json.readTree(mvc.perform(get("/api/reports/annual").param("year", "" + YEAR).with(api(who)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(body.get("title").asText()).isEqualTo(r.title());
			Map<String, BigDecimal> fromJson = new HashMap<>();
			body.get("sections").forEach(s -> s.get("figures").forEach(f -> fromJson.put(f.get("key").asText(), f.get("value").decimalValue())));
			assertThat(fromJson).hasSize(keys(r).size());
			keys(r).forEach(k -> assertThat(fromJson.get(k)).as(k).isEqualByComparingTo(decimal(r.figure(k).value())));

			MockHttpServletResponse x = mvc.perform(get("/api/reports/annual/export").param("year", "" + YEAR).with(api(who)))
				.andExpect(status().isOk()).andReturn().getResponse();
			assertThat(URLDecoder.decode(x.getHeader("Content-Disposition"), StandardCharsets.UTF_8)).contains(r.title() + ".xlsx");
			try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
				Sheet sheet = wb.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(r.title());
				assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(String.join("、", r.bureauNames()));
				List<String> rows = new ArrayList<>();
				String section = null;
				for (Row row : sheet) {
					if (row.getRowNum() > 2) {
						String s = row.getCell(0).getStringCellValue();
						section = s.isEmpty() ? section : s;
						rows.add(section + "/" + row.getCell(1).getStringCellValue() + "=" + row.getCell(2).getNumericCellValue()
								+ row.getCell(3).getStringCellValue() + "/" + row.getCell(4).getStringCellValue());
					}
				}
				List<String> figures = new ArrayList<>();
				r.sections().forEach(s -> s.figures().forEach(f -> figures.add(s.title() + "/" + f.label() + "="
						+ f.value().doubleValue() + f.unit() + "/" + f.definition())));
				assertThat(rows).containsExactlyElementsOf(figures);
			}
		}
		mvc.perform(get("/reports/annual").param("year", "" + YEAR)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
					userDetails.loadUserByUsername("city.director"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(city.title())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(city.figure("inspection.unitsWithProblems").definition())));
		// the page's export stays a page (form login); the API serves the same file to HTTP Basic
		mvc.perform(get("/reports/annual/export").param("year", "" + YEAR).with(api("yuhu.leader")))
			.andExpect(status().is3xxRedirection());
	}

	// --- the independent count

	/** Every figure of the report for the bureaus, counted from this test's own ledger. */
	private Map<String, Number> expected(Set<String> scope) {
		Predicate<LocalDate> inYear = d -> d != null && d.getYear() == YEAR;
		List<Done> y = done.stream().filter(d -> scope.contains(d.bureau()) && inYear.test(d.on())).toList();
		List<CaseDone> c = caseLedger.stream().filter(d -> scope.contains(d.bureau())).toList();
		Map<String, Number> e = new HashMap<>();
		e.put("inspection.units", units(y, d -> true));
		for (PlanType t : PlanType.values()) {
			e.put("inspection." + t.name().toLowerCase(), units(y, d -> d.type() == t));
		}
		for (PlanType t : List.of(PlanType.SPECIAL, PlanType.KEY)) {
			y.stream().filter(d -> d.type() == t).map(Done::topic).distinct().forEach(topic -> e.put(
					"inspection." + t.name().toLowerCase() + ".topic." + topic, units(y, d -> d.type() == t && d.topic().equals(topic))));
		}
		e.put("inspection.count", (long) y.size());
		e.put("inspection.unitsWithProblems", units(y, d -> d.result() != InspectionResult.NO_PROBLEM));
		e.put("inspection.noProblem", count(y, d -> d.result() == InspectionResult.NO_PROBLEM));
		e.put("inspection.ordersToCorrect", count(y, d -> d.result() == InspectionResult.MINOR));
		e.put("inspection.summary", count(y, d -> d.result() == InspectionResult.SUMMARY));
		e.put("inspection.handedOver", count(y, d -> d.result() == InspectionResult.SUSPECTED));
		long spotWarnings = count(y, d -> "WARNING".equals(d.penalty()));
		long spotFines = count(y, d -> "FINE".equals(d.penalty()));
		BigDecimal spotYuan = y.stream().filter(d -> d.fine() != null).map(Done::fine).reduce(BigDecimal.ZERO, BigDecimal::add);
		long caseWarnings = c.stream().filter(d -> inYear.test(d.decided()) && "WARNING".equals(d.outcome())).count();
		long caseSummaryWarnings = c.stream().filter(d -> inYear.test(d.decided()) && "WARNING".equals(d.outcome()) && d.summary()).count();
		long caseFines = c.stream().filter(d -> inYear.test(d.decided()) && "WARNING_AND_FINE".equals(d.outcome())).count();
		long caseSummaryFines = c.stream().filter(d -> inYear.test(d.decided()) && "WARNING_AND_FINE".equals(d.outcome()) && d.summary())
			.count();
		BigDecimal caseYuan = c.stream().filter(d -> inYear.test(d.decided()) && d.fine() != null).map(CaseDone::fine)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		long caseOrders = c.stream().filter(d -> inYear.test(d.decided()) && d.correction()).count();
		e.put("penalty.decisions", caseWarnings + caseFines + spotWarnings + spotFines);
		e.put("penalty.warning", caseWarnings + spotWarnings);
		e.put("penalty.warningSummary", caseSummaryWarnings + spotWarnings);
		e.put("penalty.warningAndFine", caseFines);
		e.put("penalty.circulate", 0L);
		e.put("penalty.fined", caseFines + spotFines);
		e.put("penalty.fineSummary", caseSummaryFines + spotFines);
		e.put("penalty.finesTotal", caseYuan.add(spotYuan));
		// written orders from inspections: every 责令改正 and every penalty on the spot, which orders correction with it
		// (行政处罚法 Art 28)
		long inspectionOrders = count(y, d -> d.result() == InspectionResult.MINOR || d.result() == InspectionResult.SUMMARY);
		e.put("order.total", inspectionOrders + caseOrders);
		e.put("order.inspections", inspectionOrders);
		e.put("order.cases", caseOrders);
		e.put("case.leads", c.stream().filter(d -> inYear.test(d.registered())).count()
				+ count(y, d -> d.result() == InspectionResult.SUSPECTED));
		e.put("case.filed", c.stream().filter(d -> inYear.test(d.filed())).count());
		for (String none : List.of("case.noPenalty", "case.notEstablished", "case.transfer", "case.hearings", "case.legalReviews",
				"case.closed", "case.overdueOpen", "rect.plans", "rect.problems", "rect.problemsClosed", "rect.measures",
				"rect.measuresSignedOff", "rect.mechanisms", "rect.overdueMeasures", "rect.corrected", "rect.notCorrected")) {
			e.put(none, 0L);
		}
		// every order to correct given at an inspection in the year was handed to the rectification capability that day
		e.put("rect.corrections", inspectionOrders);
		// the year has no supervision-register entries (those figures are counted in SupervisionAnnualFiguresTest); the
		// certified inspectors on 31 December depend on every test's users, so that one figure is left to that test
		// (CERTIFIED_INSPECTORS)
		for (String none : List.of("supervision.interference", "supervision.interferenceLate", "supervision.interferenceReports",
				"supervision.interferenceZeroReports", "supervision.transfers", "supervision.transfersDiscipline",
				"supervision.transfersJudicial", "supervision.transferReplies", "supervision.transfersSanctioned",
				"supervision.transfersOverdue", "supervision.complaints", "supervision.complaintsOnline",
				"supervision.complaintsAccepted", "supervision.complaintsClosed", "supervision.complaintLeads",
				"supervision.creditIdentified", "supervision.creditRepaired", "supervision.creditRevoked",
				"supervision.creditExpired", "supervision.creditCommitments", "supervision.trainings", "supervision.trainees",
				"supervision.publicity", "supervision.reached")) {
			e.put(none, 0L);
		}
		return e;
	}

	private static long units(List<Done> y, Predicate<Done> which) {
		return y.stream().filter(which).map(Done::enterpriseId).collect(Collectors.toSet()).size();
	}

	private static long count(List<Done> y, Predicate<Done> which) {
		return y.stream().filter(which).count();
	}

	private static void assertReport(AnnualReport r, Map<String, Number> expected) {
		Set<String> wantedKeys = new HashSet<>(expected.keySet());
		wantedKeys.add(CERTIFIED_INSPECTORS);
		assertThat(keys(r)).containsExactlyInAnyOrderElementsOf(wantedKeys);
		Map<String, BigDecimal> actual = new HashMap<>();
		Map<String, BigDecimal> wanted = new HashMap<>();
		expected.forEach((k, v) -> {
			actual.put(k, decimal(r.figure(k).value()).stripTrailingZeros());
			wanted.put(k, decimal(v).stripTrailingZeros());
		});
		assertThat(actual).as(r.title()).isEqualTo(wanted);
		assertThat(r.sections()).flatMap(AnnualReport.Section::figures)
			.allSatisfy(f -> assertThat(f.definition()).as(f.key()).isNotBlank().endsWith("。"));
	}

	/** Depends on every test's users; counted in {@code SupervisionAnnualFiguresTest}, only present here. */
	private static final String CERTIFIED_INSPECTORS = "supervision.certifiedInspectors";

	private static Set<String> keys(AnnualReport r) {
		Set<String> keys = new HashSet<>();
		r.sections().forEach(s -> s.figures().forEach(f -> keys.add(f.key())));
		return keys;
	}

	private static BigDecimal decimal(Number n) {
		return n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue());
	}

	// --- the year, through the services

	private List<Inspection> startRandom(String region, PlanType type, String topic, int units, LocalDate planned, long seed,
			int planYear) {
		CurrentUser legal = legal(region);
		boolean city = region.equals("430300");
		InspectionPlan p = plans.create(legal, new PlanCommand(planYear + "年度" + (topic == null ? type.label() : type.label() + "（专题）"),
				type, planYear, type == PlanType.JOINT ? "市场监督管理局、税务局" : null, "《统计法》第三十八条；年度执法检查计划", null, null, null,
				false, false, units, null, 1, city ? 1 : null, planned, items(legal), topic, null));
		return approveDrawStart(p, region, seed, units);
	}

	private List<Inspection> startKey(String region, String topic, String creditCode, String reason, LocalDate planned, long seed) {
		CurrentUser legal = legal(region);
		InspectionPlan p = plans.create(legal, new PlanCommand(YEAR + "年度重点检查", PlanType.KEY, YEAR, null, "《统计法》第三十八条；线索移交",
				null, null, null, false, false, null, null, 1, null, planned, items(legal), topic,
				List.of(new PlanCommand.Target(creditCode, reason))));
		return approveDrawStart(p, region, seed, 1);
	}

	private List<Inspection> approveDrawStart(InspectionPlan p, String region, long seed, int units) {
		CurrentUser legal = legal(region);
		plans.submit(legal, p.id());
		plans.decide(cases.as(prefix(region) + ".leader"), p.id(), true, "同意");
		plans.draw(legal, p.id(), seed);
		List<Inspection> started = plans.start(legal, p.id());
		assertThat(started).hasSize(units);
		return started;
	}

	/** Notice and on-site record on {@code on} (the clock is there), then the result's follow-up. */
	private void work(Inspection i, String region, PlanType type, String topic, InspectionResult result, LocalDate on,
			String penalty, BigDecimal fine) {
		CurrentUser inspector = cases.as(i.inspector1());
		inspections.serveNotice(inspector, task(i), new InspectionCommands.ServeNotice(on, "单位统计负责人"));
		List<InspectionItem> items = plans.items(i.planId());
		boolean problem = result != InspectionResult.NO_PROBLEM;
		List<InspectionCommands.CheckRecord> checks = items.stream()
			.map(item -> new InspectionCommands.CheckRecord(item.id(), !(problem && item.equals(items.get(0))),
					problem && item.equals(items.get(0)) ? "原始记录和统计台账缺失，报表数据无据可查" : null, "现场检查笔录、询问笔录"))
			.toList();
		inspections.recordInspection(inspector, task(i), new InspectionCommands.RecordInspection(on, checks, result,
				"检查情况已记入现场检查笔录",
				result == InspectionResult.MINOR || result == InspectionResult.SUMMARY ? "十五个工作日内建立健全统计台账" : null, null));
		ProcessInstance pi = instance(i);
		switch (result) {
			case NO_PROBLEM -> execute(job(InspectionProcess.TASK_CLOSE, pi));
			case MINOR -> execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));
			case SUMMARY -> {
				inspections.recordSummaryDecision(inspector, task(i), new InspectionCommands.SummaryDecision(
						prefix(region).equals("city") ? "潭统简罚〔" + on.getYear() + "〕" + i.id() + "号" : "雨统简罚〔" + on.getYear() + "〕" + i.id() + "号",
						penalty, fine));
				// the penalty on the spot orders correction with it (行政处罚法 Art 28): tracked and re-checked like 责令改正
				execute(job(InspectionProcess.TASK_ORDER_CORRECTION, pi));
			}
			case SUSPECTED -> {
				execute(job(InspectionProcess.TASK_HAND_OVER, pi));
				execute(job(InspectionProcess.TASK_CLOSE, pi));
			}
		}
		done.add(new Done(region, type, topic, i.enterpriseId(), result, on, penalty, fine));
	}

	/** A case: warned on the spot (简易程序) with an order to correct. */
	private void warnOnTheSpotWithAnOrderToCorrect(LocalDate day) {
		clock(day);
		EnforcementCase c = cases.lead(day.minusDays(3));
		cases.intake.assess(cases.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.SUMMARY, "事实清楚，情节轻微"));
		cases.summary.summaryDecision(cases.as("yuhu.inspector1"), c.getId(), new CaseCommands.SummaryDecision(
				List.of("yuhu.inspector1", "yuhu.inspector2"), "FALSE_OR_INCOMPLETE_DATA", "WARNING", null,
				"三十日内更正2027年从业人员年报", day.plusDays(30), "少报从业人员12人"));
		execute(job("Task_FileSummaryDecision", cases.pi(c)));
		caseLedger.add(new CaseDone("430302", day, null, day, "WARNING", true, null, true));
	}

	/** A case: filed, investigated, told, then (once the party's windows have run) a fine with an order to correct. */
	private void fineInTheOrdinaryProcedure(LocalDate filing, LocalDate decision) {
		clock(filing);
		EnforcementCase c = cases.lead(filing.minusDays(40));
		ProcessInstance pi = cases.pi(c);
		cases.intake.assess(cases.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", pi));
		cases.intake.approveFiling(cases.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意立案"));
		execute(job("Task_FileCase", pi));
		cases.team.addInspector(cases.as("yuhu.inspector1"), c.getId(), "yuhu.inspector2");
		cases.investigation.addEvidence(cases.as("yuhu.inspector1"), c.getId(), new CaseCommands.AddEvidence(
				CaseEnums.EvidenceKind.INSPECTION_RECORD, "现场检查笔录", "拒绝提供原始记录", filing));
		cases.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		cases.proposeFine(c, 20_000, "建立健全原始记录和统计台账");
		cases.noticeAndStatement(c, false);
		clock(decision);
		execute(job("Task_DetermineGates", pi));
		cases.decisions.approveDecision(cases.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意"));
		execute(job("Task_IssueDecision", pi));
		assertThat(cases.reload(c).getDecidedOn()).isEqualTo(decision);
		caseLedger.add(new CaseDone("430302", filing, filing, decision, "WARNING_AND_FINE", false, new BigDecimal("20000"), true));
	}

	// --- helpers

	/** A fine within the summary limit of the unit's party type. */
	private BigDecimal fineFor(Inspection i) {
		return "ORGANIZATION".equals(enterprises.getUnchecked(i.enterpriseId()).partyType()) ? new BigDecimal("2000")
				: new BigDecimal("150");
	}

	/** A unit of the district that no inspection, case or recusal holds (so a key check of it can be staffed). */
	private String freeUnit(String region) {
		return jdbc.queryForList("SELECT e.credit_code FROM enterprise e WHERE e.bureau_id = ?"
				+ " AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.enterprise_id = e.id AND i.status <> 'CLOSED')"
				+ " AND NOT EXISTS (SELECT 1 FROM enforcement_case c WHERE c.enterprise_id = e.id"
				+ " AND c.status NOT IN ('NOT_FILED', 'CLOSED', 'ARCHIVED'))"
				+ " AND NOT EXISTS (SELECT 1 FROM inspector_recusal r WHERE r.enterprise_id = e.id) ORDER BY e.id",
				String.class, bureaus.bureauByRegionCode(region).id()).get(5);
	}

	private List<Long> items(CurrentUser legal) {
		return registers.items(legal.bureauId(), true).stream().filter(InspectionItem::isDefault).map(InspectionItem::id).toList();
	}

	private CurrentUser legal(String region) {
		return cases.as(prefix(region) + ".legal");
	}

	private static String prefix(String region) {
		return switch (region) {
			case "430300" -> "city";
			case "430302" -> "yuhu";
			default -> "yuetang";
		};
	}

	private ProcessInstance instance(Inspection i) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult();
	}

	private String task(Inspection i) {
		return taskService.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
	}

	private static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(AppClock.ZONE).toInstant()));
	}

}

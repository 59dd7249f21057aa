package cn.statenforce.calendar;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.Xlsx;

/**
 * The ADMIN enters a year's holiday arrangement — the list of the State Council's notice, imported from a sheet
 * with a title row or a CSV saved by Excel, or day by day and then confirmed — and is asked for next year's from
 * October until it is entered. The years used here (2031–2033) are far from every other test's dates, and are
 * removed again after each test.
 */
@StatEnforceTest
class CalendarAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheTestYears() {
		ClockUtil.reset();
		jdbc.update("DELETE FROM work_calendar_day WHERE calendar_date >= '2031-01-01' AND calendar_date <= '2033-12-31'");
		jdbc.update("DELETE FROM work_calendar_year WHERE calendar_year BETWEEN 2031 AND 2033");
		calendar.invalidate();
	}

	/** 2031 as a notice would give it: 元旦 Wed 1/1; 劳动节 Thu 5/1–Mon 5/5, Sun 4/27 and Sat 5/10 worked; 国庆节 Wed 10/1–Tue 10/7, Sun 9/28 and Sat 10/11 worked. */
	private static final String[][] Y2031 = { { "2031-01-01", "放假", "元旦" }, { "2031-04-27", "调休上班", "劳动节调休上班" },
			{ "2031-05-01", "放假", "劳动节" }, { "2031-05-02", "放假", "劳动节" }, { "2031-05-03", "放假", "劳动节" },
			{ "2031-05-04", "放假", "劳动节" }, { "2031-05-05", "放假", "劳动节" }, { "2031-05-10", "调休上班", "劳动节调休上班" },
			{ "2031-09-28", "调休上班", "国庆节调休上班" }, { "2031-10-01", "放假", "国庆节" }, { "2031-10-02", "放假", "国庆节" },
			{ "2031-10-03", "放假", "国庆节" }, { "2031-10-04", "放假", "国庆节" }, { "2031-10-05", "放假", "国庆节" },
			{ "2031-10-06", "放假", "国庆节" }, { "2031-10-07", "放假", "国庆节" }, { "2031-10-11", "调休上班", "国庆节调休上班" } };

	/** An Excel sheet: merged title row, an empty row, the header, real date cells. */
	private static byte[] xlsx(String title, String[][] rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("节假日安排");
			sheet.createRow(0).createCell(0).setCellValue(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
			Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("日期");
			header.createCell(1).setCellValue("类型");
			header.createCell(2).setCellValue("说明");
			CellStyle dates = wb.createCellStyle();
			dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			for (int i = 0; i < rows.length; i++) {
				Row r = sheet.createRow(3 + i);
				r.createCell(0).setCellValue(LocalDate.parse(rows[i][0]));
				r.getCell(0).setCellStyle(dates);
				r.createCell(1).setCellValue(rows[i][1]);
				r.createCell(2).setCellValue(rows[i][2]);
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private static MockMultipartFile file(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("file", name, contentType, bytes);
	}

	private org.springframework.test.web.servlet.ResultActions importAs(String username, int year, MockMultipartFile file)
			throws Exception {
		return mvc.perform(multipart("/admin/calendar/import").file(file).param("year", String.valueOf(year))
			.param("sourceNote", "国务院办公厅关于" + year + "年部分节假日安排的通知").with(page(users, username)).with(csrf().asHeader()));
	}

	private String pageOf(String username, String path) throws Exception {
		return mvc.perform(get(path).with(page(users, username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static void clockAt(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(AppClock.ZONE).toInstant()));
	}

	@Test
	void shouldImportAYearFromAnExcelSheetWithATitleRowAndConfirmIt() throws Exception {
		assertThat(calendar.isConfirmed(2031)).isFalse();
		// unconfirmed: only weekends and the fixed statutory holidays count
		assertThat(calendar.isWorkingDay(LocalDate.parse("2031-05-05"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2031-05-02"))).isFalse();

		importAs("city.admin", 2031, file("2031年节假日安排.xlsx", Xlsx.CONTENT_TYPE, xlsx("2031年部分节假日安排", Y2031)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已导入2031年节假日安排 17 天并确认")));

		assertThat(calendar.isConfirmed(2031)).isTrue();
		assertThat(calendar.exceptions(2031)).hasSize(17);
		assertThat(calendar.isWorkingDay(LocalDate.parse("2031-05-05"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2031-04-27"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2031-10-11"))).isTrue();
		assertThat(pageOf("city.admin", "/admin/calendar?year=2031")).contains("id=\"year-confirmed\"", "国务院办公厅关于2031年部分节假日安排的通知");
		// the REST view of the year
		mvc.perform(get("/api/calendar/years/2031").with(api("yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmed").value(true)).andExpect(jsonPath("$.confirmedBy").value("city.admin"));
	}

	@Test
	void shouldRefuseAListWithErrorsNamingTheRowsAndChangeNothing() throws Exception {
		Charset gb18030 = Charset.forName("GB18030");
		String bad = """
				2032年部分节假日安排,,
				,,
				日期,类型,说明
				2032-01-01,放假,元旦
				2032/1/2,放假,元旦
				2032-01-33,放假,元旦
				2032-05-01,休假,劳动节
				2031-12-31,放假,元旦
				2032-01-02,放假,元旦
				2032-04-26,调休上班,劳动节调休上班
				2032-05-02,放假,劳动节
				2032年10月1日,放假,国庆节
				2032-10-02,放假,
				""";
		importAs("city.admin", 2032, file("2032年节假日安排.csv", "text/csv", bad.getBytes(gb18030)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorMessage", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("导入未进行"),
					org.hamcrest.Matchers.containsString("第6行：日期“2032-01-33”无法识别"),
					org.hamcrest.Matchers.containsString("第7行：类型“休假”无法识别"),
					org.hamcrest.Matchers.containsString("第8行：日期 2031-12-31 不在2032年"),
					org.hamcrest.Matchers.containsString("第9行：日期 2032-01-02 重复"),
					org.hamcrest.Matchers.containsString("第10行：2032-04-26 是周一至周五"),
					org.hamcrest.Matchers.containsString("第13行：说明（节日名称）不能为空"),
					org.hamcrest.Matchers.containsString("缺少法定节假日：5月1日（劳动节）、10月2日（国庆节）、10月3日（国庆节）"))));
		assertThat(calendar.isConfirmed(2032)).isFalse();
		assertThat(calendar.exceptions(2032)).isEmpty();

		String good = """
				2032年部分节假日安排,,
				日期,类型,说明
				2032-01-01,放假,元旦
				2032/1/2,放假,元旦
				2032-01-03,放假,元旦
				2032-04-25,调休上班,劳动节调休上班
				2032-05-01,放假,劳动节
				2032-05-02,放假,劳动节
				2032-05-03,放假,劳动节
				2032-05-04,放假,劳动节
				2032-05-05,放假,劳动节
				2032-09-26,调休上班,国庆节调休上班
				2032年10月1日,放假,国庆节
				2032-10-02,放假,国庆节
				2032-10-03,放假,国庆节
				2032-10-04,放假,国庆节
				2032-10-05,放假,国庆节
				2032-10-06,放假,国庆节
				2032-10-07,放假,国庆节
				2032-10-09,调休上班,国庆节调休上班
				""";
		importAs("city.admin", 2032, file("2032年节假日安排.csv", "text/csv", good.getBytes(gb18030)))
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已导入2032年节假日安排 18 天并确认")));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2032-10-09"))).isTrue();
		assertThat(calendar.exceptions(2032)).filteredOn(d -> d.calendarDate().equals(LocalDate.parse("2032-01-02")))
			.singleElement().satisfies(d -> assertThat(d.holidayName()).isEqualTo("元旦"));
	}

	@Test
	void shouldConfirmADayByDayEntryOnlyWithTheStatutoryHolidays() throws Exception {
		mvc.perform(put("/api/calendar/years/2033/confirmation").with(api("city.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceNote\":\"国务院办公厅关于2033年部分节假日安排的通知\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("缺少法定节假日：1月1日（元旦）")));
		mvc.perform(put("/api/calendar/years/2033/confirmation").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		for (String d : new String[] { "2033-01-01", "2033-05-01", "2033-05-02", "2033-10-01", "2033-10-02", "2033-10-03" }) {
			mvc.perform(put("/api/calendar/days/" + d).with(api("city.admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"dayType\":\"HOLIDAY\",\"holidayName\":\"法定节假日\"}")).andExpect(status().isOk());
		}
		assertThat(calendar.isConfirmed(2033)).isFalse();
		mvc.perform(put("/api/calendar/years/2033/confirmation").with(api("city.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk()).andExpect(jsonPath("$.confirmed").value(true));
		assertThat(calendar.isConfirmed(2033)).isTrue();
	}

	@Test
	void shouldAskTheAdminForNextYearsArrangementFromOctoberUntilItIsEntered() throws Exception {
		importAs("city.admin", 2031, file("2031.xlsx", Xlsx.CONTENT_TYPE, xlsx("2031年部分节假日安排", Y2031)));
		clockAt(LocalDate.parse("2031-09-30"));
		assertThat(pageOf("city.admin", "/")).doesNotContain("calendar-banner");
		clockAt(LocalDate.parse("2031-10-01"));
		assertThat(pageOf("city.admin", "/")).contains("id=\"calendar-banner\"", "2032年节假日安排尚未录入", "/admin/calendar?year=2032");
		assertThat(pageOf("city.admin", "/tasks")).contains("calendar-banner");
		assertThat(pageOf("yuhu.inspector1", "/")).doesNotContain("calendar-banner");
		String[][] y2032 = { { "2032-01-01", "放假", "元旦" }, { "2032-05-01", "放假", "劳动节" }, { "2032-05-02", "放假", "劳动节" },
				{ "2032-10-01", "放假", "国庆节" }, { "2032-10-02", "放假", "国庆节" }, { "2032-10-03", "放假", "国庆节" } };
		importAs("city.admin", 2032, file("2032.xlsx", Xlsx.CONTENT_TYPE, xlsx("2032年部分节假日安排", y2032)))
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已导入2032年节假日安排 6 天并确认")));
		assertThat(pageOf("city.admin", "/")).doesNotContain("calendar-banner");
	}

	/** Today (the demo ships 2024–2026): from October 2026 the ADMIN is asked for 2027. */
	@Test
	void shouldAskForTheFirstYearNotShipped() throws Exception {
		clockAt(LocalDate.parse("2026-10-08"));
		assertThat(pageOf("city.admin", "/")).contains("2027年节假日安排尚未录入");
		clockAt(LocalDate.parse("2026-09-30"));
		assertThat(pageOf("city.admin", "/")).doesNotContain("calendar-banner");
	}

}

package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.shared.AppClock;

/**
 * Hostile values that used to be answered 500 (issue 16), each now a 400 problem naming the field in Chinese, with
 * nothing written: a key given twice, a {@code null} in a list, a control character in text, a query or form value,
 * an enum code padded with NUL, a date outside 1949–2100; and text accepted at its maximum and then copied with a
 * prefix into the timeline no longer fails the step (the copy is shortened, the record keeps it whole).
 */
@StatEnforceTest
class HostileInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseFixture cases;

	@Autowired
	UserDetailsService users;

	@Autowired
	NotificationService notifications;

	private long enterprise() {
		return cases.queries.getUnchecked(cases.lead(AppClock.today().minusDays(20)).getId()).getEnterpriseId();
	}

	/** A lead as 执法人员 register it, the JSON text given as is (so it can hold what a client really sends). */
	private String lead(long enterprise, String sourceJson, String causeJson, String findingsJson, String conductDate) {
		return """
				{"source":%s,"enterpriseId":%d,"cause":%s,"findings":%s,"conductDate":"%s"}
				""".formatted(sourceJson, enterprise, causeJson, findingsJson, conductDate);
	}

	private MockHttpServletRequestBuilder postJson(String url, String user, String body) {
		return post(url).with(api(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private JsonNode problem(RequestBuilder request, String label) throws Exception {
		MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(r.getStatus()).as(body).isEqualTo(400);
		JsonNode p = json.readTree(body);
		assertThat(p.get("detail").asText()).contains(label);
		return p;
	}

	private int leads() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case", Integer.class);
	}

	@Test
	void shouldRefuseAKeyGivenTwiceAndWriteNothing() throws Exception {
		long enterprise = enterprise();
		int before = leads();
		String body = lead(enterprise, "\"REPORT\"", "\"涉嫌虚报营业收入\"", "\"举报称该单位2025年营业收入虚报约三成\"", "2026-06-15")
			.replace("\"cause\":", "\"cause\":\"涉嫌瞒报\",\"cause\":");
		JsonNode p = problem(postJson("/api/cases", "yuhu.inspector1", body), "案由");
		assertThat(p.at("/errors/0/field").asText()).isEqualTo("cause");
		assertThat(p.get("detail").asText()).contains("两次");
		assertThat(leads()).isEqualTo(before);
	}

	@Test
	void shouldRefuseANullItemOfAListAndWriteNothing() throws Exception {
		int plans = jdbc.queryForObject("SELECT COUNT(*) FROM inspection_plan", Integer.class);
		JsonNode p = problem(postJson("/api/inspection/plans", "yuhu.legal", """
				{"title":"2026年第四季度统计执法双随机抽查","planType":"RANDOM","planYear":2026,"riskWeight":1,"sampleSize":2,
				 "plannedDate":"2026-12-14","itemIds":[1,null]}
				"""), "检查事项");
		assertThat(p.at("/errors/0/field").asText()).isEqualTo("itemIds[1]");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_plan", Integer.class)).isEqualTo(plans);

		EnforcementCase c = cases.filed();
		JsonNode report = problem(postJson("/api/cases/" + c.getId() + "/investigation-report", "yuhu.inspector2", """
				{"violations":[null],"circumstance":"GENERAL","firstOffence":false,"correctedInTime":false,"complex":false,
				 "opinion":"调查终结"}
				"""), "违法行为");
		assertThat(report.at("/errors/0/field").asText()).isEqualTo("violations[0]");
		assertThat(cases.reload(c).getStatus().name()).isEqualTo("INVESTIGATING");
	}

	@Test
	void shouldRefuseControlCharactersAndKeepLineBreaksAsNewlines() throws Exception {
		long enterprise = enterprise();
		int before = leads();
		problem(postJson("/api/cases", "yuhu.inspector1",
				lead(enterprise, "\"REPORT\"", "\"涉嫌\\u0000虚报\"", "\"举报称虚报\"", "2026-06-15")), "案由");
		problem(postJson("/api/cases", "yuhu.inspector1",
				lead(enterprise, "\"REPORT\"", "\"涉嫌虚报\"", "\"举报称\\u001b[2J虚报\"", "2026-06-15")), "线索内容");
		assertThat(leads()).isEqualTo(before);

		// a browser's CRLF (and a lone CR) reach the record as LF: no carriage return is ever stored
		String created = mvc.perform(postJson("/api/cases", "yuhu.inspector1",
				lead(enterprise, "\"REPORT\"", "\"涉嫌虚报营业收入\"", "\"举报人称：\\r\\n一、营业收入虚报；\\r二、台账不全\"", "2026-06-15")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = json.readTree(created).get("id").asLong();
		assertThat(jdbc.queryForObject("SELECT findings FROM enforcement_case WHERE id = ?", String.class, id))
			.isEqualTo("举报人称：\n一、营业收入虚报；\n二、台账不全");

		// query and form parameters: a NUL or an escape character is refused before any controller
		problem(get("/api/users").param("q", "张\u0000").with(api("yuhu.leader")), "关键词");
		MockHttpServletResponse form = mvc.perform(post("/admin/calendar").param("date", "2031-05-06").param("dayType", "HOLIDAY")
			.param("holidayName", "劳动节\u0007").with(page(users, "city.admin")).with(csrf())).andReturn().getResponse();
		assertThat(form.getStatus()).isEqualTo(400);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_calendar_day WHERE calendar_date = '2031-05-06'", Integer.class))
			.isZero();
	}

	@Test
	void shouldRefuseAnEnumCodePaddedWithNulAndReadOnePaddedWithSpaces() throws Exception {
		long enterprise = enterprise();
		int before = leads();
		problem(postJson("/api/cases", "yuhu.inspector1",
				lead(enterprise, "\"REPORT\\u0000\"", "\"涉嫌虚报\"", "\"举报称虚报\"", "2026-06-15")), "来源");
		problem(get("/api/cases").param("status", "INVESTIGATING\u0000").with(api("yuhu.leader")), "状态");
		assertThat(leads()).isEqualTo(before);
		// spaces around a code are no mistake of substance: the code is read without them
		assertThat(mvc.perform(postJson("/api/cases", "yuhu.inspector1",
				lead(enterprise, "\" REPORT \"", "\"涉嫌虚报\"", "\"举报称虚报\"", "2026-06-15"))).andReturn().getResponse().getStatus())
			.isEqualTo(201);
		assertThat(mvc.perform(get("/api/cases").param("status", " INVESTIGATING ").with(api("yuhu.leader"))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void shouldKeepBusinessDatesBetween1949And2100() throws Exception {
		long enterprise = enterprise();
		int before = leads();
		for (String date : List.of("+300000-01-01", "1948-12-31", "0202-06-15")) {
			JsonNode p = problem(postJson("/api/cases", "yuhu.inspector1",
					lead(enterprise, "\"REPORT\"", "\"涉嫌虚报\"", "\"举报称虚报\"", date)), "违法行为发生日期");
			assertThat(p.get("detail").asText()).contains("1949-01-01", "2100-12-31");
		}
		assertThat(leads()).isEqualTo(before);
		problem(get("/api/calendar/add-working-days").param("from", "+300000-01-01").param("days", "400")
			.with(api("yuhu.inspector1")), "起始日期");
		problem(get("/api/calendar/add-working-days").param("from", "2101-01-01").param("days", "1")
			.with(api("yuhu.inspector1")), "起始日期");
		// the bounds themselves: Sat 1949-01-01 is 元旦 of a year without an entered arrangement → Mon 1949-01-03
		mvc.perform(get("/api/calendar/add-working-days").param("from", "1949-01-01").param("days", "1").with(api("yuhu.inspector1")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.deadline").value("1949-01-03"));
		mvc.perform(get("/api/calendar/add-working-days").param("from", "2100-12-31").param("days", "0").with(api("yuhu.inspector1")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.deadline").value("2100-12-31"));
	}

	/**
	 * 核查意见 at its maximum (2000 characters) is recorded whole as the case's opinion, "立案：" + the text; the timeline
	 * copy is shortened to its column with "…" instead of failing the step.
	 */
	@Test
	void shouldRecordAnOpinionAtItsMaximumAndShortenOnlyTheTimelineCopy() throws Exception {
		EnforcementCase c = cases.lead(AppClock.today().minusMonths(1));
		String sentence = "经核查，该单位报送的2025年统计报表中营业收入与财务账簿记载不一致，差额较大，涉嫌提供不真实统计资料。";
		String opinion = sentence.repeat(2000 / sentence.length() + 1).substring(0, 2000);
		assertThat(opinion.codePointCount(0, opinion.length())).isEqualTo(2000);
		var r = mvc.perform(postJson("/api/cases/" + c.getId() + "/assessment", "yuhu.inspector1",
				json.writeValueAsString(java.util.Map.of("proposal", "FILE", "opinion", opinion)))).andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isLessThan(300);
		String recorded = jdbc.queryForObject("SELECT opinion FROM case_opinion WHERE case_id = ? AND kind = 'ASSESSMENT'",
				String.class, c.getId());
		assertThat(recorded).endsWith("：" + opinion);
		String timeline = jdbc.queryForObject(
				"SELECT opinion FROM activity_log WHERE subject_type = 'ENFORCEMENT_CASE' AND subject_id = ? AND action = 'ASSESSMENT'",
				String.class, c.getId());
		assertThat(timeline).hasSize(2000).endsWith("…").startsWith(recorded.substring(0, 1999));
	}

	/** A message quoting a plan title of 200 characters ("整改任务已下达：" + title) is shortened to its column. */
	@Test
	void shouldShortenAMessageTitleToItsColumn() {
		String title = "整改任务已下达：" + "关于县统计局落实巡察反馈意见整改工作方案".repeat(10).substring(0, 200);
		new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s -> notifications
			.send(2L, List.of("yuhu.leader"), new NotificationService.Message("TASK", title, "正文", null, "TEST_SUBJECT", 99L)));
		String stored = jdbc.queryForObject("SELECT title FROM notification WHERE subject_type = 'TEST_SUBJECT' AND subject_id = 99",
				String.class);
		assertThat(stored).hasSize(200).isEqualTo(title.substring(0, 199) + "…");
		jdbc.update("DELETE FROM notification WHERE subject_type = 'TEST_SUBJECT'");
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager txManager;

}

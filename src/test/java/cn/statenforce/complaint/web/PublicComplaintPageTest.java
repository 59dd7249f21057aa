package cn.statenforce.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.complaint.ComplaintProperties;
import cn.statenforce.organization.BureauService;

/**
 * The public report page without login: a report is taken and answered with a number and a query code; a form sent back
 * too soon, too late or without having been shown, a filled honeypot, oversized or incomplete fields and too many reports
 * from one address or altogether are refused (or, for the honeypot, silently dropped), writing nothing. Each test runs
 * in its own hour of a year no other test submits in, so the hourly limits count only its own reports.
 */
@StatEnforceTest
class PublicComplaintPageTest {

	static final String CONTENT = "该公司2025年统计年报中从业人员期末人数填报为326人，实际仅有190余人，营业收入也明显虚高，请予查处。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BureauService bureaus;

	@Autowired
	ComplaintProperties properties;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldTakeAReportWithoutLoginAndAnswerTheStatusWithTheQueryCode() throws Exception {
		LocalDateTime t = LocalDateTime.of(2033, 3, 7, 14, 0);
		MockHttpSession session = show(t);
		String html = submit(session, t.plusSeconds(12), "203.0.113.10", Map.of()).andExpect(status().isOk())
			.andExpect(content().string(containsString("举报已提交"))).andReturn().getResponse().getContentAsString();
		String number = find(html, "id=\"complaint-number\">([A-Z0-9-]+)<");
		String code = find(html, "id=\"query-code\">([A-Z0-9]+)<");
		assertThat(number).matches("JB430302-2033-\\d{4}");
		assertThat(code).hasSize(10);
		Map<String, Object> row = jdbc.queryForMap("SELECT channel, reporter_name, anonymous, client_hash, query_code_hash FROM complaint WHERE complaint_number = ?", number);
		assertThat(row.get("channel")).isEqualTo("WEB");
		assertThat(row.get("reporter_name")).isEqualTo("刘晓东");
		assertThat((String) row.get("client_hash")).hasSize(64).doesNotContain("203.0.113.10");
		assertThat((String) row.get("query_code_hash")).hasSize(64).isNotEqualTo(code);

		mvc.perform(post("/public/complaints/status").param("number", number).param("code", code).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("已收到，正在分办")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("刘晓东"))));
		mvc.perform(post("/public/complaints/status").param("number", number).param("code", "AAAAAAAAAA").with(csrf()))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("查询码不正确")));
	}

	@Test
	void shouldRefuseFormsSentTooSoonTooLateOrNeverShown() throws Exception {
		LocalDateTime t = LocalDateTime.of(2033, 3, 8, 9, 0);
		int before = count();
		MockHttpSession session = show(t);
		submit(session, t.plusSeconds(2), "203.0.113.11", Map.of()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("提交过快")));
		submit(new MockHttpSession(), t.plusSeconds(30), "203.0.113.11", Map.of()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已过期")));
		MockHttpSession stale = show(t);
		submit(stale, t.plusMinutes(properties.maxFormAgeMinutes() + 1), "203.0.113.11", Map.of()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已过期")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldDropAReportWhoseHoneypotIsFilled() throws Exception {
		LocalDateTime t = LocalDateTime.of(2033, 3, 9, 9, 0);
		int before = count();
		submit(show(t), t.plusSeconds(20), "203.0.113.12", Map.of("website", "http://spam.example"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("感谢您的举报")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("complaint-number"))));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldRefuseOversizedAndIncompleteFieldsNamingThem() throws Exception {
		LocalDateTime t = LocalDateTime.of(2033, 3, 10, 9, 0);
		int before = count();
		submit(show(t), t.plusSeconds(20), "203.0.113.13", Map.of("content", "举".repeat(2001))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("举报事项不超过2000字")));
		submit(show(t), t.plusSeconds(20), "203.0.113.13", Map.of("content", "数据造假请查处")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不少于10字")));
		submit(show(t), t.plusSeconds(20), "203.0.113.13", Map.of("reporterName", "名".repeat(65))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("举报人姓名不超过64字")));
		submit(show(t), t.plusSeconds(20), "203.0.113.13", Map.of("reporterPhone", "", "reporterEmail", "")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("联系电话或电子邮箱")));
		submit(show(t), t.plusSeconds(20), "203.0.113.13", Map.of("bureauId", "999999")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择受理举报的统计局")));
		assertThat(count()).isEqualTo(before);
		// at the maximum length the report is taken
		submit(show(t), t.plusSeconds(20), "203.0.113.13", Map.of("content", "举".repeat(2000))).andExpect(status().isOk())
			.andExpect(content().string(containsString("complaint-number")));
	}

	@Test
	void shouldLimitReportsPerAddressAndAltogetherPerHour() throws Exception {
		LocalDateTime t = LocalDateTime.of(2033, 3, 11, 10, 0);
		for (int i = 0; i < properties.perAddressPerHour(); i++) {
			LocalDateTime shown = t.plusMinutes(i * 5L);
			submit(show(shown), shown.plusSeconds(30), "192.0.2.50", Map.of()).andExpect(status().isOk());
		}
		LocalDateTime next = t.plusMinutes(40);
		submit(show(next), next.plusSeconds(30), "192.0.2.50", Map.of()).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("过于频繁")));
		// another address is still served; an hour after the first report the address is served again
		submit(show(next), next.plusSeconds(31), "192.0.2.51", Map.of()).andExpect(status().isOk());
		LocalDateTime later = t.plusMinutes(61);
		submit(show(later), later.plusSeconds(30), "192.0.2.50", Map.of()).andExpect(status().isOk());

		// altogether: fill the hour up to the limit with reports of other addresses
		LocalDateTime u = LocalDateTime.of(2033, 3, 12, 15, 0);
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		try {
			for (int i = 0; i < properties.globalPerHour(); i++) {
				jdbc.update("INSERT INTO complaint (bureau_id, complaint_number, channel, received_at, reported_unit, content, anonymous,"
						+ " client_hash, status, ack_due) VALUES (?, ?, 'WEB', ?, '某企业', '批量提交的举报内容，用于填满本小时的总量', TRUE, ?, 'RECEIVED', ?)",
						yuhu, "LIMIT-2033-" + i, u.plusSeconds(i), String.format("%064d", i), u.toLocalDate().plusDays(15));
			}
			LocalDateTime shown = u.plusMinutes(30);
			submit(show(shown), shown.plusSeconds(30), "192.0.2.99", Map.of()).andExpect(status().isTooManyRequests())
				.andExpect(content().string(containsString("提交量过大")));
		}
		finally {
			jdbc.update("DELETE FROM complaint WHERE complaint_number LIKE 'LIMIT-2033-%'");
		}
	}

	private MockHttpSession show(LocalDateTime at) throws Exception {
		clock(at);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/public/complaints").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("统计违法行为举报")));
		return session;
	}

	private ResultActions submit(MockHttpSession session, LocalDateTime at, String address, Map<String, String> overrides) throws Exception {
		clock(at);
		Map<String, String> p = new java.util.HashMap<>(Map.of("bureauId", "" + bureaus.bureauByRegionCode("430302").id(),
				"reportedUnit", "湘潭市雨湖区恒达机械制造有限公司", "reportedPlace", "湘潭市雨湖区长城乡", "content", CONTENT,
				"reporterName", "刘晓东", "reporterPhone", "0731-58886666", "reporterEmail", "", "website", ""));
		p.putAll(overrides);
		MockHttpServletRequestBuilder req = post("/public/complaints").session(session).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		p.forEach(req::param);
		return mvc.perform(req);
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
	}

	private static String find(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	private static void clock(LocalDateTime t) {
		ClockUtil.setCurrentTime(Date.from(t.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}

package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.shared.AppClock;

/**
 * Unknown enum and id values, unreadable dates and numbers, missing and out-of-range parameters, in JSON bodies,
 * query parameters and form posts across the case, inspection, rectification and workbench APIs: a 400 whose
 * {@code detail} names the field by its Chinese label and carries no identifier and no Spring or Jackson English.
 */
@StatEnforceTest
class RequestErrorsTest {

	/** An identifier-like or English run of letters other than the value the user sent. */
	private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseFixture cases;

	private JsonNode problem(RequestBuilder request) throws Exception {
		var r = mvc.perform(request).andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(400);
		assertThat(r.getContentType()).contains("application/problem+json");
		return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The detail names the field in Chinese and, apart from the value sent, holds no English. */
	private static void assertNames(JsonNode problem, String label, String sentValue) {
		String detail = problem.get("detail").asText();
		assertThat(detail).contains(label);
		String rest = sentValue == null ? detail : detail.replace(sentValue, "");
		assertThat(ENGLISH.matcher(rest).find()).as(detail).isFalse();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJson(String url,
			String user, String body) {
		return post(url).with(api(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void shouldNameAnUnknownViolationTypeInTheInvestigationReport() throws Exception {
		EnforcementCase c = cases.filed();
		JsonNode p = problem(postJson("/api/cases/" + c.getId() + "/investigation-report", "yuhu.inspector2", """
				{"violations":[{"violationType":"MADE_UP_TYPE","description":"虚报营业收入"}],
				 "circumstance":"GENERAL","firstOffence":false,"correctedInTime":false,"complex":false,"opinion":"调查终结"}
				"""));
		assertNames(p, "违法行为类型", "MADE_UP_TYPE");
		assertThat(p.at("/errors/0/label").asText()).isEqualTo("违法行为类型");
		assertThat(p.at("/errors/0/field").asText()).isEqualTo("violations[0].violationType");
		assertThat(cases.reload(c).getStatus().name()).isEqualTo("INVESTIGATING");
	}

	@Test
	void shouldNameUnknownEnumsUnknownIdsAndUnreadableDatesOfTheLeadForm() throws Exception {
		long enterprise = cases.queries.getUnchecked(cases.filed().getId()).getEnterpriseId();
		String valid = """
				{"source":"REPORT","enterpriseId":%d,"cause":"涉嫌虚报","findings":"举报称虚报营业收入","conductDate":"%s"}
				""".formatted(enterprise, AppClock.today().minusDays(10));
		assertNames(problem(postJson("/api/cases", "yuhu.inspector1", valid.replace("\"REPORT\"", "\"NEWSPAPER\""))), "来源",
				"NEWSPAPER");
		assertNames(problem(postJson("/api/cases", "yuhu.inspector1", valid.replace(":" + enterprise + ",", ":987654321,"))),
				"当事人单位", null);
		assertNames(problem(postJson("/api/cases", "yuhu.inspector1",
				valid.replaceAll("\"conductDate\":\"[0-9-]+\"", "\"conductDate\":\"2025-13-01\""))), "违法行为发生日期", null);
		assertNames(problem(postJson("/api/cases", "yuhu.inspector1", valid.replace(":" + enterprise + ",", ":\"abc\","))),
				"当事人单位", "abc");
		assertNames(problem(postJson("/api/cases", "yuhu.inspector1", valid.replace("\"涉嫌虚报\"", "\"\""))), "案由", null);
	}

	@Test
	void shouldNameUnknownFilterValuesAndPagingParametersOfTheLists() throws Exception {
		assertNames(problem(get("/api/cases").param("status", "CLOSED_FOREVER").with(api("yuhu.leader"))), "状态",
				"CLOSED_FOREVER");
		assertNames(problem(get("/api/cases").param("violationType", "NOPE").with(api("yuhu.leader"))), "违法行为类型", "NOPE");
		assertNames(problem(get("/api/cases").param("size", "0").with(api("yuhu.leader"))), "每页条数", null);
		// the workbench inbox: method-parameter constraints are named by the parameter's label, never "todo.size"
		JsonNode inbox = problem(get("/api/tasks").param("size", "0").with(api("yuhu.inspector1")));
		assertNames(inbox, "每页条数", null);
		assertThat(inbox.at("/errors/0/label").asText()).isEqualTo("每页条数");
		assertNames(problem(get("/api/tasks/done").param("size", "1000").with(api("yuhu.inspector1"))), "每页条数", null);
		assertNames(problem(get("/api/tasks").param("page", "x").with(api("yuhu.inspector1"))), "页码", "x");
	}

	@Test
	void shouldNameFieldsOfTheInspectionApi() throws Exception {
		String plan = """
				{"title":"2026年统计执法双随机抽查","planType":"EVERYTHING","planYear":2026,"riskWeight":1,"sampleSize":2,
				 "plannedDate":"2026-06-01","itemIds":[1]}
				""";
		assertNames(problem(postJson("/api/inspection/plans", "yuhu.legal", plan)), "检查类型", "EVERYTHING");
		assertNames(problem(postJson("/api/inspection/plans", "yuhu.legal",
				plan.replace("\"EVERYTHING\"", "\"RANDOM\"").replace("\"planYear\":2026", "\"planYear\":\"二〇二六\""))), "年度", null);
		assertNames(problem(get("/api/inspection/plans").param("size", "0").with(api("yuhu.legal"))), "每页条数", null);
		assertNames(problem(put("/api/inspection/plans/1").with(api("yuhu.legal")).contentType(MediaType.APPLICATION_JSON)
			.content(plan.replace("\"EVERYTHING\"", "\"RANDOM\""))), "版本号", null);
		assertNames(problem(post("/api/inspection/plans/1/draws").param("seed", "lucky").with(api("yuhu.leader"))),
				"抽取随机种子", "lucky");
	}

	@Test
	void shouldNameFieldsOfTheRectificationApi() throws Exception {
		assertNames(problem(get("/api/rectification/ledger").param("planId", "first").with(api("yuhu.leader"))), "整改方案",
				"first");
		assertNames(problem(get("/api/rectification/ledger").param("status", "HALF_DONE").with(api("yuhu.leader"))), "状态",
				"HALF_DONE");
		assertNames(problem(get("/api/rectification/ledger").param("overdue", "perhaps").with(api("yuhu.leader"))),
				"是否逾期", "perhaps");
	}

	@Test
	void shouldNameAnUnknownOptionOfAPageFormAndOfAPageQuery() throws Exception {
		EnforcementCase c = cases.filed();
		var r = mvc.perform(post("/cases/" + c.getId() + "/steps/Task_Investigate").with(page(users, "yuhu.inspector2"))
			.with(csrf()).param("violationType", "MADE_UP_TYPE").param("description", "虚报").param("circumstance", "GENERAL")
			.param("opinion", "调查终结")).andReturn();
		assertThat(String.valueOf(r.getFlashMap().get("errorMessage"))).contains("违法行为类型").contains("MADE_UP_TYPE");
		var listing = mvc.perform(get("/cases").param("status", "CLOSED_FOREVER").with(page(users, "yuhu.leader"))).andReturn()
			.getResponse();
		assertThat(listing.getStatus()).isEqualTo(400);
		assertThat(listing.getContentAsString(StandardCharsets.UTF_8)).contains("状态").contains("取值无效");
	}

}

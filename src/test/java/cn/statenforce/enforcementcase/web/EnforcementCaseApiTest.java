package cn.statenforce.enforcementcase.web;

import java.time.LocalDate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.AppUser;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One case from lead to archive through the REST API as the different demo users, plus scoping. */
@StatEnforceTest
class EnforcementCaseApiTest {

	static final String PW = "demo123456";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ManagementService management;

	@Autowired
	UserService users;

	@Autowired
	EnterpriseService enterprises;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	ResultActions post(String user, String url, String body) throws Exception {
		return mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(httpBasic(user, PW))
					.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	JsonNode read(String user, long id) throws Exception {
		String s = mvc.perform(get("/api/cases/" + id).with(httpBasic(user, PW))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(s);
	}

	void runJobs(long id) throws Exception {
		String pid = read("yuhu.leader", id).at("/details/enforcementCase/processInstanceId").asText();
		// async continuations only (the daily case-clock timer is not due)
		for (Job j : management.createJobQuery().processInstanceId(pid).messages().list()) {
			management.executeJob(j.getId());
		}
	}

	long enterprise() {
		AppUser u = users.findByUsername("yuhu.inspector1");
		CurrentUser cu = new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), users.roles(u.id()));
		return enterprises.search(cu, null, 1, 100).items().stream().filter(e -> "ORGANIZATION".equals(e.partyType()))
			.findFirst().orElseThrow().id();
	}

	long register() throws Exception {
		String body = """
				{"source":"REPORT","enterpriseId":%d,"cause":"涉嫌虚报统计数据","findings":"举报称虚报营业收入",
				 "conductDate":"%s","reporterName":"王五","reporterContact":"13900000000"}
				""".formatted(enterprise(), AppClock.today().minusMonths(1));
		String s = post("yuhu.inspector1", "/api/cases", body).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return json.readTree(s).get("id").asLong();
	}

	/** Makes each missing document of the dossier through the documents API and records its service with the scan. */
	void completeDossier(long id, boolean archiving) throws Exception {
		JsonNode items = json.readTree(mvc.perform(get("/api/cases/" + id + "/dossier").with(httpBasic("yuhu.inspector1", PW)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		for (JsonNode i : items) {
			boolean blocking = i.get("required").asBoolean() && !i.get("present").asBoolean()
					&& (archiving || !i.get("forArchive").asBoolean());
			if (!blocking || i.get("kind").isNull()) {
				continue;
			}
			long doc = i.get("documentId").isNull()
					? json.readTree(post("yuhu.inspector1", "/api/cases/" + id + "/documents", "{\"kind\":\"" + i.get("kind").asText() + "\"}")
						.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong()
					: i.get("documentId").asLong();
			if (i.get("title").asText().endsWith("及送达回证")) {
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/documents/" + doc + "/service")
					.file(new org.springframework.mock.web.MockMultipartFile("files", "送达回证.png", "image/png",
							cn.statenforce.attachment.EvidenceFiles.png("送达回证.png").bytes()))
					.param("method", "DIRECT").param("servedOn", AppClock.today().toString()).param("recipient", "单位负责人")
					.with(httpBasic("yuhu.inspector1", PW)))
					.andExpect(status().isCreated());
			}
		}
	}

	@Test
	void shouldDriveCaseFromLeadToArchiveThroughTheApi() throws Exception {
		long id = register();
		String today = AppClock.today().toString();
		// bad input → 400; wrong user → 409; out of order → 409
		post("yuhu.inspector1", "/api/cases/" + id + "/assessment", "{\"opinion\":\"x\"}").andExpect(status().isBadRequest());
		post("yuhu.legal", "/api/cases/" + id + "/assessment", "{\"proposal\":\"FILE\",\"opinion\":\"x\"}").andExpect(status().isConflict());
		post("yuhu.leader", "/api/cases/" + id + "/filing-approval", "{\"approved\":true,\"opinion\":\"同意\"}").andExpect(status().isConflict());
		// inspector3's certificate has expired
		post("yuhu.inspector3", "/api/cases/" + id + "/assessment", "{\"proposal\":\"FILE\",\"opinion\":\"建议立案\"}").andExpect(status().isConflict());
		post("yuhu.inspector1", "/api/cases/" + id + "/assessment", "{\"proposal\":\"FILE\",\"opinion\":\"建议立案\"}").andExpect(status().isOk());
		post("yuhu.inspector1", "/api/cases/" + id + "/assessment", "{\"proposal\":\"FILE\",\"opinion\":\"建议立案\"}").andExpect(status().isConflict());
		runJobs(id);
		post("yuhu.leader", "/api/cases/" + id + "/filing-approval", "{\"approved\":true,\"opinion\":\"同意立案\"}").andExpect(status().isOk());
		runJobs(id);
		assertThat(read("yuhu.inspector1", id).get("caseNumber").asText()).startsWith("雨统立〔");
		post("yuhu.inspector1", "/api/cases/" + id + "/inspectors", "{\"username\":\"yuhu.inspector3\"}").andExpect(status().isBadRequest());
		post("yuhu.inspector1", "/api/cases/" + id + "/inspectors", "{\"username\":\"yuhu.inspector2\"}").andExpect(status().isOk());
		post("yuhu.inspector2", "/api/cases/" + id + "/evidence",
				"{\"kind\":\"INTERVIEW_RECORD\",\"title\":\"询问笔录\",\"collectedOn\":\"" + today + "\"}").andExpect(status().isOk());
		post("yuhu.inspector2", "/api/cases/" + id + "/investigation-report", """
				{"violations":[{"violationType":"OBSTRUCT_INSPECTION","description":"拒绝提供台账"},
				               {"violationType":"LATE_REPORTING","description":"迟报月报"}],
				 "circumstance":"GENERAL","firstOffence":true,"correctedInTime":false,"complex":false,"opinion":"调查终结"}
				""").andExpect(status().isOk());
		runJobs(id);
		JsonNode c = read("yuhu.leader", id);
		assertThat(c.at("/details/enforcementCase/recRuleId").asText()).isNotBlank();
		// 分别裁量: each violation carries its own rule and basis; the case's range is their sum
		assertThat(c.at("/details/violations").size()).isEqualTo(2);
		assertThat(c.at("/details/violations/0/recRuleId").asText()).isNotBlank();
		assertThat(c.at("/details/violations/1/recLegalBasis").asText()).isNotBlank();
		assertThat(c.at("/details/enforcementCase/recFineMax").decimalValue()).isEqualByComparingTo(
				c.at("/details/violations/0/recFineMax").decimalValue().add(c.at("/details/violations/1/recFineMax").decimalValue()));
		// every penalty orders the party to correct (行政处罚法第二十八条)
		post("yuhu.inspector1", "/api/cases/" + id + "/handling-proposal", """
				{"disposition":"PENALTY","penaltyOutcome":"WARNING_AND_FINE","fine":8000,"opinion":"建议警告并罚款8000元"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].label").value("责令改正内容"));
		post("yuhu.inspector1", "/api/cases/" + id + "/handling-proposal", """
				{"disposition":"PENALTY","penaltyOutcome":"WARNING_AND_FINE","fine":8000,"opinion":"建议警告并罚款8000元",
				 "correctionMeasure":"建立健全统计台账，按时报送月报","correctionDeadline":"%s"}
				""".formatted(AppClock.today().plusDays(30))).andExpect(status().isOk());
		post("yuhu.inspector1", "/api/cases/" + id + "/prior-notice", "{\"servedOn\":\"" + today + "\",\"method\":\"DIRECT\"}").andExpect(status().isOk());
		// the defence window is open: a statement alone does not close it, the party's express waiver does
		post("yuhu.inspector1", "/api/cases/" + id + "/statement", """
				{"statementMade":true,"statement":"请求从轻","hearingRequested":false,"opinion":"不予采纳"}
				""").andExpect(status().isConflict());
		post("yuhu.inspector1", "/api/cases/" + id + "/statement", """
				{"statementMade":true,"statement":"请求从轻，无其他意见","hearingRequested":false,"opinion":"不予采纳",
				 "statementWaivedOn":"%s","statementWaiverMethod":"ORAL_RECORDED"}
				""".formatted(today)).andExpect(status().isOk());
		assertThat(read("yuhu.leader", id).at("/details/enforcementCase/statementWaiverMethod").asText()).isEqualTo("ORAL_RECORDED");
		runJobs(id);
		post("yuhu.inspector1", "/api/cases/" + id + "/decision-approval", "{\"approved\":true,\"opinion\":\"同意\"}").andExpect(status().isConflict());
		post("yuhu.leader", "/api/cases/" + id + "/decision-approval", "{\"approved\":true,\"opinion\":\"同意处罚\"}").andExpect(status().isOk());
		runJobs(id);
		post("yuhu.inspector2", "/api/cases/" + id + "/service", "{\"servedOn\":\"" + today + "\",\"method\":\"DIRECT\"}").andExpect(status().isOk());
		post("yuhu.inspector2", "/api/cases/" + id + "/publication", "{\"publishedOn\":\"" + today + "\"}").andExpect(status().isOk());
		post("yuhu.inspector2", "/api/cases/" + id + "/payment", "{\"paidOn\":\"" + today + "\",\"amount\":8000}").andExpect(status().isOk());
		runJobs(id);
		long correction = read("yuhu.leader", id).at("/details/enforcementCase/correctionId").asLong();
		post("yuhu.inspector2", "/api/rectification/corrections/" + correction + "/recheck",
				"{\"corrected\":true,\"opinion\":\"已建立统计台账\"}").andExpect(status().isOk());
		// the dossier is not complete yet: 409 naming what is missing, and nothing changes
		post("yuhu.leader", "/api/cases/" + id + "/closure-approval", "{\"approved\":true,\"opinion\":\"同意结案\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("统计行政处罚决定书及送达回证（尚未制作）")));
		completeDossier(id, false);
		post("yuhu.leader", "/api/cases/" + id + "/closure-approval", "{\"approved\":true,\"opinion\":\"同意结案\"}").andExpect(status().isOk());
		post("yuhu.inspector1", "/api/cases/" + id + "/archive", "{\"archiveNumber\":\"2025-YH-01\"}").andExpect(status().isConflict());
		completeDossier(id, true);
		post("yuhu.inspector1", "/api/cases/" + id + "/archive", "{\"archiveNumber\":\"2025-YH-01\"}").andExpect(status().isOk());
		JsonNode done = read("yuhu.inspector1", id);
		assertThat(done.get("status").asText()).isEqualTo("ARCHIVED");
		assertThat(done.at("/details/timeline").size()).isGreaterThan(10);
		// the reporter is visible to the handler and leaders only
		assertThat(done.at("/details/reporterName").asText()).isEqualTo("王五");
		assertThat(read("yuhu.inspector2", id).at("/details/reporterName").isNull()).isTrue();
		mvc.perform(get("/api/cases").param("status", "ARCHIVED").with(httpBasic("yuhu.leader", PW)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void shouldHideCasesFromSiblingsAndLetUpperBureauReadOnly() throws Exception {
		long id = register();
		mvc.perform(get("/api/cases/" + id).with(httpBasic("yuetang.leader", PW))).andExpect(status().isNotFound());
		post("yuetang.inspector1", "/api/cases/" + id + "/assessment", "{\"proposal\":\"FILE\",\"opinion\":\"x\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/" + id).with(httpBasic("city.leader", PW))).andExpect(status().isOk());
		post("city.inspector1", "/api/cases/" + id + "/assessment", "{\"proposal\":\"FILE\",\"opinion\":\"x\"}").andExpect(status().isForbidden());
		String list = mvc.perform(get("/api/cases").with(httpBasic("yuetang.leader", PW))).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("\"id\":" + id + ",");
	}

}
